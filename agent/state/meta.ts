/** Small key/value facts of the agent state (part identity, counters, cursors of external sources). */
import type { StateDb } from './schema.ts';

export class Meta {
  private readonly getS;
  private readonly setS;
  constructor(db: StateDb) {
    this.getS = db.prepare<[string], { value: string }>('SELECT value FROM meta WHERE key = ?');
    this.setS = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
  }
  get(key: string): string | null {
    return this.getS.get(key)?.value ?? null;
  }
  getNumber(key: string, dflt: number): number {
    const v = this.get(key);
    return v === null ? dflt : Number(v);
  }
  set(key: string, value: string | number): void {
    this.setS.run(key, String(value));
  }
}
