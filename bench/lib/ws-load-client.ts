/**
 * Fast WebSocket load generator (raw node:net + minimal RFC 6455), one thread's share.
 *   const c = new LoadClient({ host, port, connections: 200, payload });
 *   await c.connect();
 *   const max = await c.run({ mode: { kind: 'closed', inFlight: 8 }, warmupMs: 1000, durationMs: 5000 });
 *   const lat = await c.run({ mode: { kind: 'open', rate: max.rps / 2 }, warmupMs: 1000, durationMs: 5000 });
 *   await c.close();
 * Closed loop: every connection keeps inFlight requests outstanding (max throughput).
 * Open loop: `rate` req/s spread evenly over the connections; latency is measured from each
 * request's scheduled time (no coordinated omission) and, separately, from its actual write.
 * Replies are counted one per request, FIFO per connection. For several threads see
 * threaded-load-client.ts.
 */
import { performance } from 'node:perf_hooks';
import { Histogram, type LatencySummary, type SerializedHistogram } from './histogram.ts';
import { LoadConnection, type ConnOwner, type Payload } from './ws-conn.ts';

export type { Payload };

export interface LoadClientOptions {
  host: string;
  port: number;
  /** Request path incl. query (e.g. `/?token=...`), or one per global connection index. Default '/'. */
  path?: string | ((conn: number) => string);
  connections: number;
  /** Global index of this client's first connection (for paths/tokens/source addresses). Default 0. */
  firstConnIndex?: number;
  /** Source addresses, used round-robin by global connection index (e.g. 127.0.0.2, 127.0.0.3). */
  localAddresses?: string[];
  payload: Payload;
  /** For a function payload: pre-build frames for seq 1..payloadCycle per connection and reuse them
   * cyclically (seq repeats every payloadCycle requests) so the client spends no CPU encoding. */
  payloadCycle?: number;
  /** Optional check of each reply's bytes (turns on payload collection); false counts as invalid. */
  validateReply?: (bytes: Uint8Array) => boolean;
  /** Optional: true for server messages that answer no request (not matched against the FIFO). */
  isPush?: (bytes: Uint8Array) => boolean;
  /** Handshakes in progress at once. Default 256. */
  connectConcurrency?: number;
  connectTimeoutMs?: number;
}

export type LoadMode = { kind: 'closed'; inFlight: number } | { kind: 'open'; rate: number };

export interface RunOptions {
  mode: LoadMode;
  warmupMs: number;
  durationMs: number;
  /** How long to wait after the window for outstanding replies. Default 3000. */
  drainMs?: number;
}

export interface ConnectResult {
  connected: number;
  failed: number;
  firstError?: string;
  elapsedMs: number;
}

export interface LoadStats {
  mode: LoadMode;
  connections: number;
  windowMs: number;
  /** Requests written / replies received inside the measurement window. */
  sent: number;
  replies: number;
  rps: number;
  /** Replies in the window that failed validateReply (e.g. Busy instead of a shake answer). */
  invalid: number;
  /** (replies - invalid) per second. */
  okRps: number;
  pushes: number;
  /** Connections that closed during the run, and the first reason seen. */
  closed: number;
  closeReason?: string;
  /** Replies still missing drainMs after the window. */
  lostAtEnd: number;
  /** From scheduled send time (open loop; equals service latency in closed loop). ms. */
  latency: LatencySummary;
  /** From the actual write. ms. */
  serviceLatency: LatencySummary;
  latencyHist: SerializedHistogram;
  serviceHist: SerializedHistogram;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export class LoadClient implements ConnOwner {
  private conns: LoadConnection[] = [];
  private measuring = false;
  private inFlight = 0; // closed-loop target per connection; 0 = no refill
  private openLoop = false; // schedule and write times differ only in open loop
  private hist = new Histogram();
  private svc = new Histogram();
  private sent = 0;
  private replies = 0;
  private invalid = 0;
  private pushes = 0;
  private closedCount = 0;
  private closeReason: string | undefined;

  constructor(private readonly opts: LoadClientOptions) {}

  get openConnections(): number {
    let n = 0;
    for (const c of this.conns) if (c.state === 'open') n++;
    return n;
  }

  async connect(): Promise<ConnectResult> {
    const o = this.opts;
    const t0 = performance.now();
    const base = o.firstConnIndex ?? 0;
    const addrs = o.localAddresses ?? [];
    const timeout = o.connectTimeoutMs ?? 10_000;
    let next = 0, failed = 0;
    let firstError: string | undefined;
    const worker = async (): Promise<void> => {
      while (next < o.connections) {
        const index = base + next++;
        const path = typeof o.path === 'function' ? o.path(index) : (o.path ?? '/');
        const conn = new LoadConnection({
          host: o.host, port: o.port, path, index, payload: o.payload, payloadCycle: o.payloadCycle,
          localAddress: addrs.length ? addrs[index % addrs.length] : undefined,
          validateReply: o.validateReply, isPush: o.isPush,
        }, this);
        try {
          await conn.open(timeout);
          this.conns.push(conn);
        } catch (e) {
          failed++;
          firstError ??= (e as Error).message;
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(o.connectConcurrency ?? 256, o.connections) }, worker));
    return { connected: this.conns.length, failed, firstError, elapsedMs: performance.now() - t0 };
  }

  async run(r: RunOptions): Promise<LoadStats> {
    const live = this.conns.filter((c) => c.state === 'open');
    this.resetCounters();
    this.openLoop = r.mode.kind === 'open';
    const t0 = performance.now();
    let ticker: NodeJS.Timeout | undefined;
    if (r.mode.kind === 'closed') {
      this.inFlight = r.mode.inFlight;
      for (const c of live) c.send(this.inFlight - c.outstanding, t0, 0, t0);
    } else {
      const interval = (live.length * 1000) / r.mode.rate; // ms between sends on one connection
      live.forEach((c, i) => { c.nextAt = t0 + (i / live.length) * interval; });
      const tick = (): void => {
        const now = performance.now();
        for (const c of live) {
          if (c.nextAt > now) continue;
          const n = Math.floor((now - c.nextAt) / interval) + 1;
          c.send(n, c.nextAt, interval, now);
          if (this.measuring) this.sent += n;
          c.nextAt += n * interval;
        }
      };
      ticker = setInterval(tick, 1);
      tick();
    }
    await sleep(r.warmupMs);
    this.resetCounters();
    this.measuring = true;
    const w0 = performance.now();
    await sleep(r.durationMs);
    this.measuring = false;
    const windowMs = performance.now() - w0;
    this.inFlight = 0;
    if (ticker) clearInterval(ticker);
    const drainUntil = performance.now() + (r.drainMs ?? 3000);
    while (live.some((c) => c.state === 'open' && c.outstanding > 0) && performance.now() < drainUntil) await sleep(5);
    let lostAtEnd = 0;
    for (const c of live) lostAtEnd += c.retireOutstanding();
    return {
      mode: r.mode, connections: live.length, windowMs,
      sent: this.sent, replies: this.replies, rps: (this.replies * 1000) / windowMs,
      invalid: this.invalid, okRps: ((this.replies - this.invalid) * 1000) / windowMs, pushes: this.pushes, closed: this.closedCount, closeReason: this.closeReason,
      lostAtEnd,
      latency: this.hist.summary(), serviceLatency: (this.openLoop ? this.svc : this.hist).summary(),
      latencyHist: this.hist.serialize(), serviceHist: (this.openLoop ? this.svc : this.hist).serialize(),
    };
  }

  async close(): Promise<void> {
    for (const c of this.conns) c.destroy();
    this.conns = [];
    await sleep(10);
  }

  private resetCounters(): void {
    this.hist = new Histogram();
    this.svc = new Histogram();
    this.sent = this.replies = this.invalid = this.pushes = this.closedCount = 0;
    this.closeReason = undefined;
  }

  // ---- ConnOwner (hot path)
  onReply(sched: number, sent: number, now: number, valid: boolean): void {
    if (!this.measuring) return;
    this.replies++;
    if (!valid) this.invalid++;
    this.hist.recordMs(now - sched);
    if (this.openLoop) this.svc.recordMs(now - sent);
  }

  onPush(): void { this.pushes++; }

  afterChunk(conn: LoadConnection, now: number): void {
    const want = this.inFlight - conn.outstanding;
    if (want > 0) {
      conn.send(want, now, 0, now);
      if (this.measuring) this.sent += want;
    }
  }

  onClosed(_conn: LoadConnection, reason: string): void {
    this.closedCount++;
    this.closeReason ??= reason;
  }
}

/** Merges per-thread stats: counts and rates add up, histograms merge. */
export function mergeStats(parts: LoadStats[]): LoadStats {
  const h = new Histogram(), s = new Histogram();
  for (const p of parts) { h.merge(p.latencyHist); s.merge(p.serviceHist); }
  const sum = (f: (p: LoadStats) => number): number => parts.reduce((a, p) => a + f(p), 0);
  const m = parts[0].mode;
  return {
    mode: m.kind === 'open' ? { kind: 'open', rate: sum((p) => (p.mode.kind === 'open' ? p.mode.rate : 0)) } : m,
    connections: sum((p) => p.connections),
    windowMs: sum((p) => p.windowMs) / parts.length,
    sent: sum((p) => p.sent), replies: sum((p) => p.replies), rps: sum((p) => p.rps),
    invalid: sum((p) => p.invalid), okRps: sum((p) => p.okRps), pushes: sum((p) => p.pushes), closed: sum((p) => p.closed),
    closeReason: parts.find((p) => p.closeReason)?.closeReason,
    lostAtEnd: sum((p) => p.lostAtEnd),
    latency: h.summary(), serviceLatency: s.summary(),
    latencyHist: h.serialize(), serviceHist: s.serialize(),
  };
}
