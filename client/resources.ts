/**
 * Resource pre-download: fetches every item of a resource manifest, checks its
 * size and SHA-256 against the manifest, keeps what matches in a store, and
 * refuses what does not (RESOURCE_CORRUPT; never stored). `heldVersion` is the
 * newest manifest version held completely: the SDK reports it to the gateway
 * (`resources { have_version }`), which counts coverage. Browser-safe: uses
 * `fetch` and WebCrypto (`crypto.subtle`), both in Node 20 and browsers.
 */
import type { ResourceItem, ResourceManifest } from './results.ts';

export interface StoredResource { id: string; sha256: string; bytes: Uint8Array }

/** Where verified resources are kept (a browser app may back this with IndexedDB or the Cache API). */
export interface ResourceStore {
  get(id: string): Promise<StoredResource | undefined>;
  put(r: StoredResource): Promise<void>;
}

export class MemoryResourceStore implements ResourceStore {
  private readonly items = new Map<string, StoredResource>();
  async get(id: string): Promise<StoredResource | undefined> { return this.items.get(id); }
  async put(r: StoredResource): Promise<void> { this.items.set(r.id, r); }
}

export interface ResourceProblem { id: string; code: 'RESOURCE_CORRUPT' | 'RESOURCE_FETCH_FAILED'; message: string }

export interface PrefetchReport {
  version: number;
  /** Every item is held and verified. */
  complete: boolean;
  /** Items downloaded and verified now. */
  downloaded: string[];
  /** Items already held (same id and sha256). */
  cached: string[];
  problems: ResourceProblem[];
}

export interface ResourcePrefetcherOptions {
  store?: ResourceStore;
  /** Base for relative item URLs (a browser page: its own origin). */
  baseUrl?: string;
  fetchFn?: typeof fetch;
  /** Downloads at a time. Default 4. */
  concurrency?: number;
}

export class ResourcePrefetcher {
  /** The newest manifest version held completely (0 = none). */
  heldVersion = 0;
  readonly store: ResourceStore;

  constructor(private readonly o: ResourcePrefetcherOptions = {}) {
    this.store = o.store ?? new MemoryResourceStore();
  }

  async prefetch(manifest: ResourceManifest): Promise<PrefetchReport> {
    const report: PrefetchReport = { version: manifest.version, complete: false, downloaded: [], cached: [], problems: [] };
    const queue = [...manifest.items];
    const worker = async (): Promise<void> => {
      for (let item = queue.shift(); item; item = queue.shift()) await this.one(item, report);
    };
    await Promise.all(Array.from({ length: Math.max(1, this.o.concurrency ?? 4) }, worker));
    report.complete = report.problems.length === 0;
    if (report.complete) this.heldVersion = manifest.version;
    return report;
  }

  private async one(item: ResourceItem, report: PrefetchReport): Promise<void> {
    const held = await this.store.get(item.id);
    if (held && held.sha256 === item.sha256) { report.cached.push(item.id); return; }
    let bytes: Uint8Array;
    try {
      const res = await (this.o.fetchFn ?? fetch)(new URL(item.url, this.o.baseUrl ?? globalThis.location?.href));
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      bytes = new Uint8Array(await res.arrayBuffer());
    } catch (e) {
      report.problems.push({ id: item.id, code: 'RESOURCE_FETCH_FAILED', message: `${item.url}: ${(e as Error).message}` });
      return;
    }
    if (item.sizeBytes > 0 && bytes.length !== item.sizeBytes) {
      report.problems.push({ id: item.id, code: 'RESOURCE_CORRUPT', message: `${item.url}: ${bytes.length} bytes, manifest says ${item.sizeBytes}` });
      return;
    }
    const sha = await sha256Hex(bytes);
    if (sha !== item.sha256) {
      report.problems.push({ id: item.id, code: 'RESOURCE_CORRUPT', message: `${item.url}: sha256 ${sha} does not match the manifest's ${item.sha256}` });
      return;
    }
    await this.store.put({ id: item.id, sha256: sha, bytes });
    report.downloaded.push(item.id);
  }
}

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const d = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  let hex = '';
  for (const b of d) hex += b.toString(16).padStart(2, '0');
  return hex;
}
