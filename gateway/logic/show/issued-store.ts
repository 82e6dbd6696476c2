/**
 * Cap layer (b) and the issuance record: every packet this gateway handed to a
 * phone, in SQLite (WAL, synchronous=NORMAL: a committed row survives a crash
 * of the gateway process; the agent tails it to learn what was issued).
 * Rows are staged during a batch and committed before any reply of that batch
 * leaves, so no phone ever holds a packet this record does not know.
 */
import Database from 'better-sqlite3';
import type { WinsIndex } from './cap-verdict.ts';
import { ISSUED_SCHEMA_SQL, type IssuedRow } from '../../../contracts/disk/issued-table.ts';

export type { IssuedRow };

export class IssuedStore {
  private readonly db: Database.Database;
  private readonly insert: Database.Statement;
  private readonly byPacket: Database.Statement;
  private readonly staged: IssuedRow[] = [];
  private readonly commitStaged: () => void;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(ISSUED_SCHEMA_SQL);
    const columns = this.db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('issued') as string[];
    if (!columns.includes('token_expires_at_ms')) this.db.exec('ALTER TABLE issued ADD COLUMN token_expires_at_ms INTEGER NOT NULL DEFAULT 0');
    if (!columns.includes('conn_key')) this.db.exec('ALTER TABLE issued ADD COLUMN conn_key INTEGER');
    this.insert = this.db.prepare(
      'INSERT INTO issued (packet_id, user_id, sponsor_id, round_id, amount_cents, shares, share_amount_cents, issued_at_ms, req_key, token_expires_at_ms, conn_key) VALUES (@packet_id, @user_id, @sponsor_id, @round_id, @amount_cents, @shares, @share_amount_cents, @issued_at_ms, @req_key, @token_expires_at_ms, @conn_key)',
    );
    this.byPacket = this.db.prepare('SELECT 1 FROM issued WHERE packet_id = ?').pluck();
    this.commitStaged = this.db.transaction(() => {
      for (const row of this.staged) this.insert.run({ ...row, conn_key: row.conn_key ?? null });
    });
  }

  /**
   * Adds to the wins index everything this gateway issued after row `afterSeq`
   * (0: ever). Returns the last row read, for a later call to continue from.
   */
  loadWins(into: WinsIndex, afterSeq = 0): number {
    let last = afterSeq;
    const rows = this.db.prepare('SELECT seq, user_id, packet_id, sponsor_id FROM issued WHERE seq > ? ORDER BY seq').iterate(afterSeq);
    for (const r of rows as Iterable<{ seq: number; user_id: string; packet_id: string; sponsor_id: string }>) {
      into.add(r.user_id, { packetId: r.packet_id, sponsorId: r.sponsor_id });
      last = r.seq;
    }
    return last;
  }

  /**
   * Rows issued for requests of this gateway process (req_key prefix) after
   * row `afterSeq`, added to `into`: a logic generation replays them for the
   * requests it reads again after a crash.
   */
  rowsForProcess(processKey: string, into: Map<string, IssuedRow>, afterSeq = 0): void {
    const rows = this.db.prepare('SELECT * FROM issued WHERE req_key >= ? AND req_key < ? AND seq > ?').all(`${processKey}:`, `${processKey};`, afterSeq) as IssuedRow[];
    for (const r of rows) into.set(r.req_key!, r);
  }

  /** Rows with seq in (afterSeq, upToSeq] whose token still verifies at nowMs (candidates for re-delivery). */
  liveRows(afterSeq: number, upToSeq: number, nowMs: number): IssuedRow[] {
    return this.db.prepare('SELECT * FROM issued WHERE seq > ? AND seq <= ? AND token_expires_at_ms > ?').all(afterSeq, upToSeq, nowMs) as IssuedRow[];
  }

  isIssued(packetId: string): boolean {
    return this.staged.some((r) => r.packet_id === packetId) || this.byPacket.get(packetId) !== undefined;
  }

  stage(row: IssuedRow): void {
    this.staged.push(row);
  }

  commit(): void {
    if (this.staged.length === 0) return;
    this.commitStaged();
    this.staged.length = 0;
  }

  close(): void {
    this.db.close();
  }
}
