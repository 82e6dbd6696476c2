/**
 * The agent's own durable state (SQLite, WAL): which part it owns, how far it
 * fed each sponsor's records (cursor), every packet it fed and to which
 * gateway process (feed_log), packets waiting to be fed before the part
 * (queue: returned, re-feeds, recycled), recycled packets it minted, and meta
 * counters. synchronous=NORMAL: a process crash (SIGKILL) loses nothing
 * committed; minting switches to FULL (see minted-store.ts). Why NORMAL is
 * enough elsewhere: agent/README.md "Crash safety".
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export type StateDb = Database.Database;

/** feed_log.status values. */
export const FeedStatus = {
  /** Sent to the gateway; its FeedAck not yet seen. */
  SENT: 0,
  /** In the pool of gateway process gw_started_at_ms. */
  ACCEPTED: 1,
  /** Not taken by the gateway (pool full); back in the queue. */
  REJECTED: 2,
  /** Its gateway process died before issuing it; back in the queue to be fed again. */
  LOST: 3,
  /** Found in the issued table when about to be fed (state lost in a power cut); never sent. */
  FOUND_ISSUED: 4,
  /** Its gateway process died after issuing it (confirmed in the issued table). */
  ISSUED: 5,
} as const;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS cursor (sponsor_index INTEGER PRIMARY KEY, position INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS feed_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  batch_id INTEGER NOT NULL,
  packet_id TEXT NOT NULL,
  gw_started_at_ms INTEGER NOT NULL,
  fed_at_ms INTEGER NOT NULL,
  status INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS feed_log_packet ON feed_log(packet_id);
CREATE INDEX IF NOT EXISTS feed_log_batch ON feed_log(batch_id);
CREATE INDEX IF NOT EXISTS feed_log_status ON feed_log(status, gw_started_at_ms);
CREATE TABLE IF NOT EXISTS queue (
  packet_id TEXT PRIMARY KEY,
  qseq INTEGER NOT NULL,
  sponsor_id TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  shares INTEGER NOT NULL,
  share_amount_cents INTEGER NOT NULL,
  recycled_from TEXT NOT NULL,
  reason TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS minted (
  packet_id TEXT PRIMARY KEY,
  source_packet_id TEXT NOT NULL,
  reason TEXT NOT NULL,
  sponsor_id TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  shares INTEGER NOT NULL,
  share_amount_cents INTEGER NOT NULL,
  minted_at_ms INTEGER NOT NULL,
  UNIQUE (source_packet_id, reason)
);`;

export function openStateDb(stateDir: string, opts: { readonly?: boolean } = {}): StateDb {
  const file = path.join(stateDir, 'agent.db');
  if (opts.readonly) {
    const db = new Database(file, { fileMustExist: true });
    db.pragma('busy_timeout = 10000');
    db.pragma('query_only = ON');
    return db;
  }
  mkdirSync(stateDir, { recursive: true });
  const db = new Database(file);
  db.pragma('busy_timeout = 10000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(SCHEMA);
  return db;
}
