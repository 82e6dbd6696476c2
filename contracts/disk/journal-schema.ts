/**
 * The gateway's local durable journal (one SQLite file, WAL). The gateway
 * writes it (an "ok" reaches a phone only after the entry is committed); the
 * forwarder reads it in seq order. Both sides import this one schema.
 *
 * No index on operation_id: with random packet ids every insert would dirty a
 * random index page, which more than doubled the bytes written per commit and
 * the ack latency. The writer (gateway/journal/journal-writer.ts) keeps the
 * operations whose packet token can still verify in memory instead, rebuilt
 * from token_expires_at_ms at start. Journals created before this keep their
 * UNIQUE constraint, which stays correct.
 *
 * `data` is an encoded shake.internal.v1.JournalEntry; entry_id is its
 * entry_id (unique forever: gateway id + journal seq) and is the queue's
 * dedupe id; packet_id is the ordering key downstream.
 */
import Database from 'better-sqlite3';

export type JournalDb = Database.Database;

export const JOURNAL_SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS journal (
  seq INTEGER PRIMARY KEY,
  entry_id TEXT NOT NULL, -- gatewayId:seq, unique by construction (seq is the key); no second index on the hot path
  operation_id TEXT NOT NULL, -- one entry per operation: kept by the writer's dedupe window, not by an index
  packet_id TEXT NOT NULL,
  data BLOB NOT NULL,
  accepted_at_ms INTEGER NOT NULL,
  token_expires_at_ms INTEGER NOT NULL DEFAULT 0 -- 0: unknown (entries written before the column existed)
);`;

export interface JournalRow {
  seq: number;
  entry_id: string;
  operation_id: string;
  packet_id: string;
  data: Buffer;
  accepted_at_ms: number;
  token_expires_at_ms: number;
}

/** Creates the table if missing and adds columns newer than the file (idempotent). */
export function ensureJournalSchema(db: JournalDb): void {
  db.exec(JOURNAL_SCHEMA_SQL);
  const columns = db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('journal') as string[];
  if (!columns.includes('token_expires_at_ms')) db.exec('ALTER TABLE journal ADD COLUMN token_expires_at_ms INTEGER NOT NULL DEFAULT 0');
}

/**
 * Writer side (the gateway): WAL, synchronous=FULL so that a committed entry
 * survives a power loss before the gateway answers "ok".
 */
export function openJournalForWriting(path: string): JournalDb {
  const db = new Database(path);
  db.pragma('busy_timeout = 10000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  ensureJournalSchema(db);
  return db;
}

/**
 * Reader side (the forwarder), while the gateway writes concurrently. The file
 * must exist. The connection is opened read-write only because a WAL reader
 * needs the shared-memory index; query_only forbids any change to the journal.
 */
export function openJournalForReading(path: string): JournalDb {
  const db = new Database(path, { fileMustExist: true });
  db.pragma('busy_timeout = 10000');
  db.pragma('query_only = ON');
  return db;
}
