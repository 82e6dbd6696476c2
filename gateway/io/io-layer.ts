/**
 * The gateway's IO threads: IO thread 0 runs in the main thread (it also
 * serves the host's own deliveries), the others in worker threads
 * (io-thread.ts), all listening on one port. /status sees them as one layer:
 * counters summed, ring fill the fullest ring's. The per-user connection cap
 * is one table here for the whole process: IO thread 0 consults it directly,
 * the others report opens and closes by message (within a millisecond or so,
 * so two connections of one user opened on different threads at the same
 * moment are ordered by arrival here) and are told which connection to close.
 */
import { Worker } from 'node:worker_threads';
import { bundleWorker, removeBundle } from '../../common/bundle-worker.ts';
import { freePort } from '../../common/ports.ts';
import type { Logger } from '../../common/logger.ts';
import type { GatewayConfig } from '../settings.ts';
import { ioLanes, type GatewayLanes } from '../lanes.ts';
import type { IoOverload } from '../overload/io-overload.ts';
import type { OverloadShared } from '../overload/overload-shared.ts';
import { createConnectionCount, IoServer, type IoStats } from './io-server.ts';
import type { IoThreadData, IoThreadMessage, PacingReport, ToIoThread } from './io-thread-protocol.ts';
import { LocalUserConnections, type UserConnections } from './user-connections.ts';
import { sumReplyLatency, type ReplyLatencySnapshot } from './reply-latency.ts';
import { ioThreadOf } from '../lanes.ts';

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

  /** The per-user connection cap of the whole process (by connection id), when there are several IO threads. */
  private readonly users: LocalUserConnections<number>;

  constructor(private readonly opts: IoLayerOptions) {
    this.users = new LocalUserConnections(opts.config.limits.maxConnectionsPerUser);
    const primaryUsers: UserConnections<number> | null = opts.lanes.ioThreads === 1 ? null : {
      opened: (userId, connId) => this.replaceOthers(this.users.opened(userId, connId)),
      closed: (userId, connId) => this.users.closed(userId, connId),
      get users() { return 0; },
    };
    this.primary = new IoServer(opts.config, ioLanes(opts.lanes, 0), opts.logger, Date.now, opts.overload, opts.durableReplies[0], this.connections, primaryUsers);
  }

  /** Closes the connections the cap evicted on their own threads; returns those of IO thread 0 (its caller closes them). */
  private replaceOthers(connIds: number[]): number[] {
    const own: number[] = [];
    for (const id of connIds) {
      const io = ioThreadOf(id);
      if (io === 0) own.push(id);
      else this.send(io, { type: 'replace', connId: id });
    }
    return own;
  }

  private send(io: number, m: ToIoThread): void {
    this.extra[io - 1]?.worker.postMessage(m);
  }

  /** Sends a reply the main thread made (money, resources) on the IO thread that holds the connection. */
  deliver(connId: number, reqId: number, bytes: Uint8Array, flags: number): void {
    const io = ioThreadOf(connId);
    if (io === 0) this.primary.deliver(connId, reqId, bytes, flags);
    else this.send(io, { type: 'deliver', connId, reqId, bytes, flags });
  }

  /** Sends one unsolicited message to every phone on every IO thread. */
  broadcast(bytes: Uint8Array): void {
    this.primary.broadcast(bytes);
    for (let io = 1; io < this.threads; io++) this.send(io, { type: 'broadcast', bytes });
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
        else if (m.type === 'user-opened') {
          for (const id of this.replaceOthers(this.users.opened(m.userId, m.connId))) this.primary.replaceConnection(id);
        } else if (m.type === 'user-closed') this.users.closed(m.userId, m.connId);
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

  /** Arrival-to-reply latency by kind of request, every IO thread together (extra threads as last reported). */
  latency(): ReplyLatencySnapshot {
    let total = this.primary.latencySnapshot();
    for (const t of this.extra) {
      const l = t.last?.latency;
      if (l) total = sumReplyLatency(total, l);
    }
    return total;
  }

  connectsRateLimited(): number {
    return this.opts.overload.admission.refused + this.extra.reduce((n, t) => n + (t.last?.connectsRateLimited ?? 0), 0);
  }

  /** Stops accepting and closes every connection on every IO thread. */
  async close(): Promise<void> {
    this.primary.close();
    for (let io = 1; io < this.threads; io++) this.send(io, { type: 'close' });
    await Promise.all(this.extra.map((t) => Promise.race([
      t.exited,
      new Promise<void>((r) => setTimeout(r, CLOSE_TIMEOUT_MS).unref()).then(() => t.worker.terminate()).then(() => undefined),
    ])));
    if (this.bundle) removeBundle(this.bundle);
  }
}
