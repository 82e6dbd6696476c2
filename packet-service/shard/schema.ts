/**
 * Tables of one shard (one SET): by-day tables t_<kind>_<dd> (dd = UTC day of
 * month, seed 004 "db_xx.t_y_dd"), plus a few small tables that are not by day.
 * A packet's rows all live in the tables of the day it was first seen.
 */
import type Database from 'better-sqlite3';

export const DAY_KINDS = ['seed', 'group', 'grab', 'ledger', 'op'] as const;
export type DayKind = (typeof DAY_KINDS)[number];

export function tableName(kind: DayKind, slot: string): string {
  return `t_${kind}_${slot}`;
}

export const FIXED_DDL = `
CREATE TABLE IF NOT EXISTS t_meta_day (slot TEXT PRIMARY KEY, day INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS t_balance (account TEXT PRIMARY KEY, balance INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS t_cap (
  packet_id TEXT PRIMARY KEY, user_id TEXT NOT NULL, sponsor_id TEXT NOT NULL,
  decision TEXT NOT NULL, at_ms INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS t_cap_user ON t_cap (user_id, decision);
CREATE TABLE IF NOT EXISTS t_recycled (
  seq INTEGER PRIMARY KEY AUTOINCREMENT, packet_id TEXT NOT NULL UNIQUE,
  sponsor_id TEXT NOT NULL, user_id TEXT NOT NULL, amount_cents INTEGER NOT NULL, shares INTEGER NOT NULL,
  reason TEXT NOT NULL, at_ms INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS t_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS t_sponsor (idx INTEGER PRIMARY KEY, sponsor_id TEXT NOT NULL UNIQUE);
-- The packet book: every packet this shard will ever pay (imported seeds, packets the money
-- side minted for recycled money), by numeric id. Not by day: a packet's owner and state are
-- known for the whole show, whatever the lookup window. user_id: the one user it may pay.
CREATE TABLE IF NOT EXISTS t_packet (
  id INTEGER PRIMARY KEY, sponsor_idx INTEGER NOT NULL, amount_cents INTEGER NOT NULL,
  share_amount_cents INTEGER NOT NULL, shares INTEGER NOT NULL, state TEXT NOT NULL,
  user_id TEXT, recycled_from TEXT, at_ms INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS t_packet_from ON t_packet (recycled_from) WHERE recycled_from IS NOT NULL;
-- Packets minted here for recycled money that another SET pays (its id carries that SET): written with
-- the recycled record, then published to that SET as a MINT entry (published_at_ms set once the queue
-- stored it); the recycled record is exported to the agents only after that.
CREATE TABLE IF NOT EXISTS t_mint_out (
  packet_id INTEGER PRIMARY KEY, target_set INTEGER NOT NULL, recycled_from TEXT NOT NULL UNIQUE, recycled_seq INTEGER NOT NULL,
  sponsor_id TEXT NOT NULL, amount_cents INTEGER NOT NULL, share_amount_cents INTEGER NOT NULL, shares INTEGER NOT NULL,
  at_ms INTEGER NOT NULL, published_at_ms INTEGER);
CREATE INDEX IF NOT EXISTS t_mint_out_pending ON t_mint_out (recycled_seq) WHERE published_at_ms IS NULL;
-- Operations that paid nothing because the book does not hold them as they say.
CREATE TABLE IF NOT EXISTS t_rejected (
  op_id TEXT PRIMARY KEY, packet_id TEXT NOT NULL, kind TEXT NOT NULL, user_id TEXT NOT NULL, sponsor_id TEXT NOT NULL,
  amount_cents INTEGER NOT NULL, share_amount_cents INTEGER NOT NULL, shares INTEGER NOT NULL,
  reason TEXT NOT NULL, at_ms INTEGER NOT NULL) WITHOUT ROWID;
`;

/**
 * Columns of the packet book added after its first version: the gateway that issued the
 * packet and when its token stops verifying (set by ISSUE entries; expiry reads them).
 */
export function migrateBook(db: Database.Database): void {
  const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('t_packet') as string[];
  if (!columns.includes('gateway_id')) db.exec('ALTER TABLE t_packet ADD COLUMN gateway_id TEXT');
  if (!columns.includes('token_expires_at_ms')) db.exec('ALTER TABLE t_packet ADD COLUMN token_expires_at_ms INTEGER NOT NULL DEFAULT 0');
  db.exec(`CREATE INDEX IF NOT EXISTS t_packet_issued ON t_packet (token_expires_at_ms) WHERE state = 'issued'`);
  // The first book called a packet refused at a cap 'refused'; its money is recycled, which is now its state.
  if (!db.prepare(`SELECT 1 FROM t_meta WHERE key = 'book_states'`).get()) {
    db.transaction(() => {
      db.exec(`UPDATE t_packet SET state = 'recycled' WHERE state = 'refused'`);
      db.exec(`INSERT INTO t_meta (key, value) VALUES ('book_states', '2')`);
    })();
  }
}

/** DDL of the by-day tables for one slot; `prefix` lets the archive reuse it with a date instead of a slot. */
export function dayDdl(slot: string, schema = 'main'): string {
  const t = (k: DayKind) => `${schema}.${tableName(k, slot)}`;
  return `
CREATE TABLE IF NOT EXISTS ${t('seed')} (
  packet_id TEXT PRIMARY KEY, sponsor_id TEXT NOT NULL, user_id TEXT NOT NULL,
  amount_cents INTEGER NOT NULL, shares INTEGER NOT NULL, share_amount_cents INTEGER NOT NULL,
  round_id TEXT NOT NULL, state TEXT NOT NULL, share_state TEXT NOT NULL,
  first_op_id TEXT NOT NULL, admitted_at INTEGER NOT NULL, share_deadline_at INTEGER NOT NULL, day INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ${schema}.${tableName('seed', slot)}_share ON ${tableName('seed', slot)} (share_state, share_deadline_at);
CREATE TABLE IF NOT EXISTS ${t('group')} (
  group_id TEXT PRIMARY KEY, sender_id TEXT NOT NULL, sponsor_id TEXT NOT NULL,
  total_cents INTEGER NOT NULL, shares INTEGER NOT NULL,
  remaining_cents INTEGER NOT NULL, remaining_count INTEGER NOT NULL,
  created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, state TEXT NOT NULL, refunded_cents INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS ${schema}.${tableName('group', slot)}_exp ON ${tableName('group', slot)} (state, expires_at);
CREATE TABLE IF NOT EXISTS ${t('grab')} (
  group_id TEXT NOT NULL, user_id TEXT NOT NULL, seq INTEGER NOT NULL, amount_cents INTEGER NOT NULL, at_ms INTEGER NOT NULL,
  PRIMARY KEY (group_id, user_id)) WITHOUT ROWID;
CREATE UNIQUE INDEX IF NOT EXISTS ${schema}.${tableName('grab', slot)}_seq ON ${tableName('grab', slot)} (group_id, seq);
CREATE TABLE IF NOT EXISTS ${t('ledger')} (
  entry_id TEXT PRIMARY KEY, debit TEXT NOT NULL, credit TEXT NOT NULL, amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
  kind TEXT NOT NULL, packet_id TEXT NOT NULL, sponsor_id TEXT NOT NULL, at_ms INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS ${t('op')} (
  op_id TEXT PRIMARY KEY, packet_id TEXT NOT NULL, kind TEXT NOT NULL, outcome TEXT NOT NULL, entry_id TEXT NOT NULL, at_ms INTEGER NOT NULL) WITHOUT ROWID;
`;
}

export function dropDayTables(db: Database.Database, slot: string): void {
  for (const k of DAY_KINDS) db.exec(`DROP TABLE IF EXISTS ${tableName(k, slot)}`);
}
