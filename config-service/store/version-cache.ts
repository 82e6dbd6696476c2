/**
 * In-memory cache of known versions shared by the store implementations:
 * keeps every version, tracks the newest, and notifies listeners of new
 * versions in increasing order (older arrivals are kept for history only).
 */
import type { ShowConfig } from '../../contracts/show/types.ts';

export class VersionCache {
  private readonly byVersion = new Map<number, ShowConfig>();
  private newest: ShowConfig | null = null;
  private readonly listeners = new Set<(doc: ShowConfig) => void>();

  add(doc: ShowConfig): void {
    if (this.byVersion.has(doc.version)) return;
    this.byVersion.set(doc.version, doc);
    if (this.newest === null || doc.version > this.newest.version) {
      this.newest = doc;
      for (const l of this.listeners) l(doc);
    }
  }

  has(version: number): boolean { return this.byVersion.has(version); }
  get(version: number): ShowConfig | null { return this.byVersion.get(version) ?? null; }
  latest(): ShowConfig | null { return this.newest; }
  all(): ShowConfig[] { return [...this.byVersion.values()].sort((a, b) => a.version - b.version); }

  onVersion(listener: (doc: ShowConfig) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
