/**
 * The gateway's issued-packets table (<dataDir>/<gatewayId>/issued.db): every
 * packet a gateway handed to a phone. The gateway logic writes it
 * (gateway/logic/show/issued-store.ts) before the packet reaches the phone; the
 * agent reads it (agent/issued/issued-reader.ts) to learn which fed packets were
 * issued. Both sides take the table from here.
 */

export const ISSUED_SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS issued (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  packet_id TEXT NOT NULL UNIQUE,
  user_id TEXT NOT NULL,
  sponsor_id TEXT NOT NULL,
  round_id TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  shares INTEGER NOT NULL,
  share_amount_cents INTEGER NOT NULL,
  issued_at_ms INTEGER NOT NULL,
  req_key TEXT,
  token_expires_at_ms INTEGER NOT NULL DEFAULT 0,
  conn_key INTEGER
);
CREATE INDEX IF NOT EXISTS issued_by_user ON issued(user_id);
CREATE INDEX IF NOT EXISTS issued_by_req ON issued(req_key);`;

/** A row as the gateway writes it (seq is assigned by the table). */
export interface IssuedRow {
  packet_id: string;
  user_id: string;
  sponsor_id: string;
  round_id: string;
  amount_cents: number;
  shares: number;
  share_amount_cents: number;
  issued_at_ms: number;
  req_key: string | null;
  /**
   * When the packet's token stops verifying (0 in rows written before the column): the money
   * side expires an issued-never-opened packet only after every journal is forwarded past it.
   */
  token_expires_at_ms: number;
  /**
   * The connection the reply went to (gateway only; meaningful within the process of req_key): a
   * logic generation taking over does not hand the packet again on that same connection.
   */
  conn_key?: number | null;
}

/** The columns the agent reads: which packet, when, and in what order. */
export type IssuedSummary = Pick<IssuedRow, 'packet_id' | 'issued_at_ms'> & { seq: number };

/** The agent's query columns, in IssuedSummary's shape. */
export const ISSUED_SUMMARY_COLUMNS = 'packet_id, issued_at_ms, seq';
