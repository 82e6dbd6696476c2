/**
 * The deployed store: NATS JetStream key-value, replicas 3. Every version is
 * its own key `v.<n>` written with create() (expected-last-sequence 0), so a
 * version number is taken exactly once cluster-wide and an accepted write is
 * on a quorum (2 of 3) of the replicas. Each instance watches the bucket
 * (and probes `v.<latest+1>` once a second as a safety net) to learn of
 * versions accepted by any other instance. Gateway reports live in a second
 * bucket (one key per gateway, last value only), and so do operators' drafts
 * (`draft.<id>`, deleted on publish).
 */
import type { KV, NatsConnection } from 'nats';
import { ShakeError } from '../../common/errors.ts';
import type { Logger } from '../../common/logger.ts';
import { connectNats, natsClientOptions } from '../../queue/jetstream-connect.ts';
import type { ShowConfig } from '../../contracts/show/types.ts';
import type { ConfigStore, Draft, GatewayReport } from './types.ts';
import { VersionCache } from './version-cache.ts';

export interface NatsKvStoreOptions {
  servers: string[];
  bucket: string;
  gatewayBucket: string;
  replicas: number;
  /** Name shown in NATS monitoring. */
  clientName: string;
  /** The deployment's service token: the NATS credential derives from it (a wrong one: SERVICE_UNAUTHORIZED at start). */
  serviceToken: string;
  /** JetStream request timeout (ms). */
  timeoutMs: number;
  logger: Logger;
}

const enc = new TextEncoder();
const dec = new TextDecoder();
const versionKey = (v: number) => `v.${v}`;

export class NatsKvConfigStore implements ConfigStore {
  private nc: NatsConnection | null = null;
  private kv: KV | null = null;
  private gwKv: KV | null = null;
  private readonly cache = new VersionCache();
  private readonly reports = new Map<string, GatewayReport>();
  private readonly draftsById = new Map<string, Draft>();
  private connected = false;
  private closed = false;
  private probeTimer: NodeJS.Timeout | null = null;

  constructor(private readonly opts: NatsKvStoreOptions) {}

  async start(): Promise<void> {
    const { opts } = this;
    this.nc = await connectNats(natsClientOptions(opts.servers, opts, {
      name: opts.clientName, noRandomize: true,
      maxReconnectAttempts: -1, reconnectTimeWait: 250, pingInterval: 2000, maxPingOut: 2, timeout: 3000,
    }));
    this.connected = true;
    void this.watchStatus(this.nc);
    const js = this.nc.jetstream({ timeout: opts.timeoutMs });
    const deadline = Date.now() + 30_000;
    for (;;) {
      try {
        this.kv = await js.views.kv(opts.bucket, { replicas: opts.replicas, history: 1 });
        this.gwKv = await js.views.kv(opts.gatewayBucket, { replicas: opts.replicas, history: 1 });
        break;
      } catch (e) {
        if (Date.now() > deadline) throw new ShakeError('STORE_UNAVAILABLE', `cannot open KV buckets: ${String(e)}`);
        opts.logger.warn({ err: String(e) }, 'KV bucket not ready, retrying');
        await new Promise((r) => setTimeout(r, 300));
      }
    }
    await this.watchLoop(this.kv, 'v.>', (key, value) => {
      if (value) this.cache.add(JSON.parse(dec.decode(value)) as ShowConfig);
    });
    await this.watchLoop(this.gwKv, 'gw.>', (key, value) => {
      if (!value) return;
      const r = JSON.parse(dec.decode(value)) as GatewayReport;
      this.reports.set(r.gatewayId, r);
    });
    await this.watchLoop(this.gwKv, 'draft.>', (key, value) => {
      const id = key.slice('draft.'.length);
      if (value) this.draftsById.set(id, JSON.parse(dec.decode(value)) as Draft);
      else this.draftsById.delete(id);
    });
    this.probeTimer = setInterval(() => { void this.probeNext(); }, 1000);
  }

  private async watchStatus(nc: NatsConnection): Promise<void> {
    for await (const s of nc.status()) {
      if (s.type === 'disconnect') this.connected = false;
      if (s.type === 'reconnect') this.connected = true;
      this.opts.logger.info({ natsStatus: s.type, data: String(s.data) }, 'nats connection status');
    }
  }

  /** Watches keys; resolves once the initial values are loaded; restarts the watch if it ever ends. */
  private async watchLoop(kv: KV, key: string, onEntry: (key: string, value: Uint8Array | null) => void): Promise<void> {
    let initialised!: () => void;
    const ready = new Promise<void>((r) => { initialised = r; });
    const run = async () => {
      while (!this.closed) {
        try {
          const it = await kv.watch({ key, initializedFn: () => initialised() });
          for await (const e of it) onEntry(e.key, e.operation === 'PUT' ? e.value : null);
        } catch (e) {
          if (!this.closed) this.opts.logger.warn({ err: String(e), key }, 'KV watch ended, restarting');
        }
        if (!this.closed) await new Promise((r) => setTimeout(r, 250));
      }
    };
    void run();
    await ready;
  }

  /** Safety net beside the watch: fetch versions after the newest known until none is found. */
  private async probeNext(): Promise<void> {
    if (!this.kv || !this.connected) return;
    try {
      for (let i = 0; i < 100; i++) {
        const next = (this.cache.latest()?.version ?? 0) + 1;
        const e = await this.kv.get(versionKey(next));
        if (!e || e.operation !== 'PUT') return;
        this.cache.add(JSON.parse(dec.decode(e.value)) as ShowConfig);
      }
    } catch { /* store unreachable; the next probe retries */ }
  }

  latest(): ShowConfig | null { return this.cache.latest(); }
  versions(): ShowConfig[] { return this.cache.all(); }
  onVersion(listener: (doc: ShowConfig) => void): () => void { return this.cache.onVersion(listener); }
  healthy(): boolean { return this.connected && this.kv !== null; }

  async get(version: number): Promise<ShowConfig | null> {
    const cached = this.cache.get(version);
    if (cached || !this.kv) return cached;
    const e = await this.kv.get(versionKey(version)).catch(() => null);
    return e && e.operation === 'PUT' ? (JSON.parse(dec.decode(e.value)) as ShowConfig) : null;
  }

  async create(doc: ShowConfig): Promise<void> {
    if (!this.kv) throw new ShakeError('STORE_UNAVAILABLE', 'NATS KV store not started');
    try {
      await this.kv.create(versionKey(doc.version), enc.encode(JSON.stringify(doc)));
    } catch (e) {
      const code = (e as { api_error?: { err_code?: number } }).api_error?.err_code;
      if (code === 10071 || /wrong last sequence/i.test(String(e))) {
        await this.probeNext();
        throw new ShakeError('VERSION_TAKEN', `version ${doc.version} already exists`);
      }
      throw new ShakeError('STORE_UNAVAILABLE', `replicated write failed: ${String(e)}`);
    }
    this.cache.add(doc);
  }

  async putGatewayReport(report: GatewayReport): Promise<void> {
    this.reports.set(report.gatewayId, report);
    if (!this.gwKv) return;
    await this.gwKv.put(`gw.${report.gatewayId}`, enc.encode(JSON.stringify(report)));
  }

  gatewayReports(): GatewayReport[] { return [...this.reports.values()]; }

  async putDraft(draft: Draft): Promise<void> {
    if (!this.gwKv) throw new ShakeError('STORE_UNAVAILABLE', 'NATS KV store not started');
    await this.gwKv.put(`draft.${draft.id}`, enc.encode(JSON.stringify(draft)));
    this.draftsById.set(draft.id, draft);
  }

  async deleteDraft(id: string): Promise<void> {
    if (!this.gwKv) throw new ShakeError('STORE_UNAVAILABLE', 'NATS KV store not started');
    await this.gwKv.delete(`draft.${id}`);
    this.draftsById.delete(id);
  }

  drafts(): Draft[] { return [...this.draftsById.values()]; }

  async close(): Promise<void> {
    this.closed = true;
    if (this.probeTimer) clearInterval(this.probeTimer);
    await this.nc?.close().catch(() => undefined);
  }
}
