/**
 * The forwarder's own small state DB: "journal J forwarded up to seq N" (every
 * entry ≤ N was acked by the queue). On restart forwarding resumes after N;
 * entries after N that were already acked are published again and dropped by
 * the queue's dedupe.
 */
import Database from 'better-sqlite3';

export class ProgressStore {
  private readonly db: Database.Database;
  private readonly getStmt;
  private readonly setStmt;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('busy_timeout = 10000');
    this.db.pragma('journal_mode = WAL');
    // NORMAL: survives a process crash; a power loss may lose the last updates, which only
    // means republishing a few entries (deduped by id).
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(`CREATE TABLE IF NOT EXISTS forwarder_progress (
      journal TEXT PRIMARY KEY, forwarded_seq INTEGER NOT NULL, updated_at_ms INTEGER NOT NULL)`);
    this.getStmt = this.db.prepare('SELECT forwarded_seq FROM forwarder_progress WHERE journal = ?').pluck();
    this.setStmt = this.db.prepare(`INSERT INTO forwarder_progress (journal, forwarded_seq, updated_at_ms) VALUES (?, ?, ?)
      ON CONFLICT (journal) DO UPDATE SET forwarded_seq = excluded.forwarded_seq, updated_at_ms = excluded.updated_at_ms`);
  }

  get(journal: string): number {
    return (this.getStmt.get(journal) as number | undefined) ?? 0;
  }

  set(journal: string, seq: number): void {
    this.setStmt.run(journal, seq, Date.now());
  }

  close(): void {
    this.db.close();
  }
}
