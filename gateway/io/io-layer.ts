/**
 * The gateway's IO threads: IO thread 0 runs in the main thread (it also
 * serves the host's own deliveries), the others in worker threads
 * (io-thread.ts), all listening on one port. /status sees them as one layer:
 * counters summed, ring fill the fullest ring's.
 */
import { Worker } from 'node:worker_threads';
import { bundleWorker, removeBundle } from '../../common/bundle-worker.ts';
import { freePort } from '../../common/ports.ts';
import type { Logger } from '../../common/logger.ts';
import type { GatewayConfig } from '../config.ts';
import { ioLanes, type GatewayLanes } from '../lanes.ts';
import type { IoOverload } from '../overload/io-overload.ts';
import type { OverloadShared } from '../overload/overload-shared.ts';
import { createConnectionCount, IoServer, type IoStats } from './io-server.ts';
import type { IoThreadData, IoThreadMessage, PacingReport } from './io-thread-protocol.ts';

const REPORT_INTERVAL_MS = 200;
const CLOSE_TIMEOUT_MS = 2000;

interface ExtraThread {
  worker: Worker;
  last: Extract<IoThreadMessage, { type: 'stats' }> | null;
  exited: Promise<void>;
}

export interface IoLayerOptions {
  config: GatewayConfig;
  lanes: GatewayLanes;
  /** The journal thread's reply ring for each IO thread. */
  durableReplies: SharedArrayBuffer[];
  overload: IoOverload;
  overloadShared: OverloadShared;
  /** Where the IO thread's worker bundle is written (the gateway's own state, never the source tree). */
  bundleDir: string;
  logger: Logger;
}

export class IoLayer {
  /** IO thread 0, in this thread. */
  readonly primary: IoServer;
  private readonly extra: ExtraThread[] = [];
  private readonly connections = createConnectionCount();
  private bundle: URL | null = null;

  constructor(private readonly opts: IoLayerOptions) {
    this.primary = new IoServer(opts.config, ioLanes(opts.lanes, 0), opts.logger, Date.now, opts.overload, opts.durableReplies[0], this.connections);
  }

  get threads(): number {
    return this.opts.lanes.ioThreads;
  }

  /** Listens on every IO thread; resolves the port. */
  async listen(host: string, port: number): Promise<number> {
    if (this.threads === 1) return this.primary.listen(host, port);
    // Every IO thread binds the same port, so it must be known before the first binds; the preload reads it at bind.
    const shared = port === 0 ? await freePort(host) : port;
    process.env.SHAKE_REUSEPORT_PORT = String(shared);
    await this.primary.listen(host, shared);
    this.bundle = await bundleWorker(new URL('./io-thread.ts', import.meta.url), this.opts.bundleDir);
    for (let io = 1; io < this.threads; io++) await this.startThread(io, host, shared);
    return shared;
  }

  private async startThread(io: number, host: string, port: number): Promise<void> {
    const data: IoThreadData = {
      config: this.opts.config, lanes: ioLanes(this.opts.lanes, io), ioThreads: this.threads, durableReplies: this.opts.durableReplies[io],
      connections: this.connections, overload: this.opts.overloadShared.buffer, host, port, reportIntervalMs: REPORT_INTERVAL_MS,
    };
    const worker = new Worker(this.bundle!, { execArgv: [], workerData: { data } });
    const thread: ExtraThread = { worker, last: null, exited: new Promise((r) => worker.once('exit', () => r())) };
    this.extra.push(thread);
    await new Promise<void>((resolve, reject) => {
      worker.on('message', (m: IoThreadMessage) => {
        if (m.type === 'stats') thread.last = m;
        else if (m.type === 'listening') resolve();
        else if (m.type === 'failed') reject(new Error(`IO thread ${io} cannot listen on ${host}:${port}: ${m.message}`));
      });
      worker.once('error', reject);
      worker.on('error', (err) => this.opts.logger.fatal({ err, ioThread: io }, 'IO thread failed'));
    });
  }

  /** Counters of every IO thread together (extra threads as of their last report, at most 200 ms old). */
  snapshot(): IoStats {
    const total: IoStats = { ...this.primary.snapshot(), upgradesRefused: { ...this.primary.stats.upgradesRefused } };
    for (const t of this.extra) {
      const s = t.last?.stats;
      if (!s) continue;
      for (const [k, v] of Object.entries(s) as [keyof IoStats, unknown][]) {
        if (k === 'upgradesRefused') {
          for (const [code, n] of Object.entries(v as Record<string, number>)) total.upgradesRefused[code] = (total.upgradesRefused[code] ?? 0) + n;
        } else if (k === 'requestRingBytes' || k === 'replyRingBytes' || k === 'durableReplyRingBytes') {
          total[k] = Math.max(total[k], v as number);
        } else {
          (total[k] as number) += v as number;
        }
      }
    }
    return total;
  }

  /** Connections held by each IO thread (extra threads as last reported). */
  connectionsPerThread(): number[] {
    return [this.primary.stats.connections, ...this.extra.map((t) => t.last?.stats.connections ?? 0)];
  }

  pacingStats(): PacingReport {
    const own = this.primary.pacingStats();
    if (!own) return null;
    const total = { ...own, latencyCounts: [...own.latencyCounts] };
    for (const t of this.extra) {
      const p = t.last?.pacing;
      if (!p) continue;
      total.delayedReplies += p.delayedReplies;
      total.heldNow += p.heldNow;
      total.pacingClosed += p.pacingClosed;
      p.latencyCounts.forEach((n, i) => (total.latencyCounts[i] = (total.latencyCounts[i] ?? 0) + n));
    }
    return total;
  }

  connectsRateLimited(): number {
    return this.opts.overload.admission.refused + this.extra.reduce((n, t) => n + (t.last?.connectsRateLimited ?? 0), 0);
  }

  /** Stops accepting and closes every connection on every IO thread. */
  async close(): Promise<void> {
    this.primary.close();
    for (const t of this.extra) t.worker.postMessage({ type: 'close' });
    await Promise.all(this.extra.map((t) => Promise.race([
      t.exited,
      new Promise<void>((r) => setTimeout(r, CLOSE_TIMEOUT_MS).unref()).then(() => t.worker.terminate()).then(() => undefined),
    ])));
    if (this.bundle) removeBundle(this.bundle);
  }
}
