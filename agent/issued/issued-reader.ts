/**
 * Read-only view of the gateway's issued-packets table (contracts/disk/issued-table.ts)
 * (<dataDir>/<gatewayId>/issued.db, written by the gateway logic before a
 * packet reaches a phone). The agent asks it which fed packets were issued.
 * Opened lazily: a missing file is reported as unavailable (null), never as
 * "nothing issued" — callers decide what a missing table means.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { ISSUED_SUMMARY_COLUMNS, type IssuedSummary } from '../../contracts/disk/issued-table.ts';

/** The agent's view of an issued row (the table is defined in contracts/disk/issued-table.ts). */
export type IssuedRow = IssuedSummary;

export class IssuedReader {
  private db: Database.Database | null = null;
  private readonly stmts = new Map<number, Database.Statement>();
  lastError: string | null = null;

  constructor(readonly path: string) {}

  private open(): Database.Database | null {
    if (this.db) return this.db;
    if (!existsSync(this.path)) {
      this.lastError = `issued table ${this.path} does not exist`;
      return null;
    }
    try {
      const db = new Database(this.path, { fileMustExist: true });
      db.pragma('busy_timeout = 5000');
      db.pragma('query_only = ON');
      db.prepare(`SELECT ${ISSUED_SUMMARY_COLUMNS} FROM issued LIMIT 1`).all();
      this.db = db;
      this.lastError = null;
      return db;
    } catch (e) {
      this.lastError = `issued table ${this.path} unusable: ${(e as Error).message}`;
      return null;
    }
  }

  /** Is the table readable now? */
  available(): boolean {
    return this.open() !== null;
  }

  /** The issued rows among ids; null when the table is unavailable. */
  find(ids: readonly string[]): Map<string, IssuedRow> | null {
    const db = this.open();
    if (!db) return null;
    const out = new Map<string, IssuedRow>();
    try {
      for (let i = 0; i < ids.length; i += 500) {
        const chunk = ids.slice(i, i + 500);
        let st = this.stmts.get(chunk.length);
        if (!st) {
          st = db.prepare(`SELECT ${ISSUED_SUMMARY_COLUMNS} FROM issued WHERE packet_id IN (${chunk.map(() => '?').join(',')})`);
          if (this.stmts.size < 64) this.stmts.set(chunk.length, st);
        }
        const rows = st.all(...chunk) as IssuedRow[];
        for (const r of rows) out.set(r.packet_id, r);
      }
    } catch (e) {
      this.lastError = (e as Error).message;
      this.close();
      return null;
    }
    return out;
  }

  /** Every issued row (accounting). */
  all(): IssuedRow[] | null {
    const db = this.open();
    if (!db) return null;
    return db.prepare(`SELECT ${ISSUED_SUMMARY_COLUMNS} FROM issued ORDER BY seq`).all() as IssuedRow[];
  }

  close(): void {
    this.stmts.clear();
    try { this.db?.close(); } catch { /* ignore */ }
    this.db = null;
  }
}
