/**
 * The embedded single-instance store: SQLite (WAL, synchronous=FULL) so an
 * accepted version survives a crash of the process or the machine.
 */
import Database from 'better-sqlite3';
import { ShakeError } from '../../common/errors.ts';
import type { ShowConfig } from '../../contracts/show/types.ts';
import type { ConfigStore, Draft, GatewayReport } from './types.ts';
import { VersionCache } from './version-cache.ts';

export class SqliteConfigStore implements ConfigStore {
  private db: Database.Database | null = null;
  private readonly cache = new VersionCache();
  private readonly reports = new Map<string, GatewayReport>();
  private readonly draftsById = new Map<string, Draft>();

  constructor(private readonly path: string) {}

  async start(): Promise<void> {
    const db = new Database(this.path);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec(`CREATE TABLE IF NOT EXISTS versions (version INTEGER PRIMARY KEY, doc TEXT NOT NULL);
             CREATE TABLE IF NOT EXISTS gateways (gateway_id TEXT PRIMARY KEY, report TEXT NOT NULL);
             CREATE TABLE IF NOT EXISTS drafts (id TEXT PRIMARY KEY, draft TEXT NOT NULL);`);
    for (const row of db.prepare('SELECT draft FROM drafts').all() as { draft: string }[]) {
      const d = JSON.parse(row.draft) as Draft;
      this.draftsById.set(d.id, d);
    }
    for (const row of db.prepare('SELECT doc FROM versions ORDER BY version').all() as { doc: string }[]) {
      this.cache.add(JSON.parse(row.doc) as ShowConfig);
    }
    for (const row of db.prepare('SELECT report FROM gateways').all() as { report: string }[]) {
      const r = JSON.parse(row.report) as GatewayReport;
      this.reports.set(r.gatewayId, r);
    }
    this.db = db;
  }

  private open(): Database.Database {
    if (!this.db) throw new ShakeError('STORE_UNAVAILABLE', 'sqlite store not started');
    return this.db;
  }

  latest(): ShowConfig | null { return this.cache.latest(); }
  versions(): ShowConfig[] { return this.cache.all(); }
  async get(version: number): Promise<ShowConfig | null> { return this.cache.get(version); }
  onVersion(listener: (doc: ShowConfig) => void): () => void { return this.cache.onVersion(listener); }
  healthy(): boolean { return this.db !== null; }

  async create(doc: ShowConfig): Promise<void> {
    const res = this.open().prepare('INSERT OR IGNORE INTO versions (version, doc) VALUES (?, ?)').run(doc.version, JSON.stringify(doc));
    if (res.changes === 0) throw new ShakeError('VERSION_TAKEN', `version ${doc.version} already exists`);
    this.cache.add(doc);
  }

  async putGatewayReport(report: GatewayReport): Promise<void> {
    this.reports.set(report.gatewayId, report);
    this.open().prepare('INSERT OR REPLACE INTO gateways (gateway_id, report) VALUES (?, ?)').run(report.gatewayId, JSON.stringify(report));
  }

  gatewayReports(): GatewayReport[] { return [...this.reports.values()]; }

  async putDraft(draft: Draft): Promise<void> {
    this.open().prepare('INSERT OR REPLACE INTO drafts (id, draft) VALUES (?, ?)').run(draft.id, JSON.stringify(draft));
    this.draftsById.set(draft.id, draft);
  }

  async deleteDraft(id: string): Promise<void> {
    this.open().prepare('DELETE FROM drafts WHERE id = ?').run(id);
    this.draftsById.delete(id);
  }

  drafts(): Draft[] { return [...this.draftsById.values()]; }

  async close(): Promise<void> {
    this.db?.close();
    this.db = null;
  }
}
