/**
 * Schema of the embedded SQLite queue: one file (WAL) shared by publisher and
 * consumer processes.
 *
 * - queue_messages: every message ever published, seq = publish order; id UNIQUE
 *   is the dedupe (forever, not windowed).
 * - queue_consumers: per durable consumer name, the next seq it has not yet
 *   taken into its pending set.
 * - queue_pending: per consumer, messages taken but not acked; a row is leased
 *   to one consumer process while its handler runs (lease_until_ms), and a
 *   message is deliverable only when no earlier pending row has the same key
 *   (per-key order).
 */
import Database from 'better-sqlite3';

export type Db = Database.Database;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS queue_messages (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  key TEXT NOT NULL,
  data BLOB NOT NULL,
  published_at_ms INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS queue_consumers (
  name TEXT PRIMARY KEY,
  next_seq INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS queue_pending (
  consumer TEXT NOT NULL,
  seq INTEGER NOT NULL,
  key TEXT NOT NULL,
  deliveries INTEGER NOT NULL DEFAULT 0,
  lease_until_ms INTEGER NOT NULL DEFAULT 0,
  not_before_ms INTEGER NOT NULL DEFAULT 0,
  owner TEXT,
  owner_pid INTEGER,
  PRIMARY KEY (consumer, seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS queue_pending_by_key ON queue_pending (consumer, key, seq);
`;

/**
 * Opens (creating if needed) the queue file. Publishers use synchronous=FULL: a
 * commit is fsynced before publish() resolves, so "accepted" survives power
 * loss. Consumers use NORMAL (WAL: safe against process crashes; a power loss
 * may forget the latest acks, which only means redelivery).
 */
export function openQueueDb(path: string, sync: 'FULL' | 'NORMAL' = 'FULL', busyTimeoutMs = 10_000): Db {
  const db = new Database(path);
  db.pragma(`busy_timeout = ${busyTimeoutMs}`);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${sync}`);
  // Schema creation races between processes are fine: IF NOT EXISTS under the write lock.
  db.exec(SCHEMA);
  return db;
}
