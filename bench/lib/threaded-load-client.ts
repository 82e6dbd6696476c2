/**
 * Spreads a load over several worker threads (or child processes, when one process would
 * run out of file descriptors), each running a LoadClient on its share of the connections,
 * and merges their stats. Same connect/run/close shape as LoadClient.
 */
import { spawnTsWorker } from '../../common/spawn-worker.ts';
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mergeStats, type ConnectResult, type LoadStats, type RunOptions } from './ws-load-client.ts';
import type { WorkerInit, WorkerRequest } from './load-worker.ts';
import type { HooksRef } from './load-hooks.ts';

export interface ThreadedLoadOptions {
  host: string;
  port: number;
  connections: number;
  /** Global index of the first connection (user ids, source addresses). Default 0. */
  firstConnIndex?: number;
  /** Number of workers; connections and open-loop rate are split evenly. Default 2. */
  threads?: number;
  /** 'thread' (worker_threads, default) or 'process' (child processes: each has its own fd limit). */
  spawn?: 'thread' | 'process';
  localAddresses?: string[];
  /** Fixed path for all connections (or give hooks.path). */
  path?: string;
  /** Fixed payload (or give hooks.payload). */
  payload?: Uint8Array;
  payloadCycle?: number;
  connectConcurrency?: number;
  connectTimeoutMs?: number;
  hooks?: HooksRef;
}

const WORKER_FILE = fileURLToPath(new URL('./load-worker.ts', import.meta.url));

interface Endpoint {
  send(m: WorkerRequest): void;
  next(): Promise<{ type: string; result?: unknown; message?: string }>;
  stop(): Promise<void>;
}

function endpoint(kind: 'thread' | 'process', init: WorkerInit): Endpoint {
  const queue: { type: string; result?: unknown; message?: string }[] = [];
  const waiters: ((m: { type: string; result?: unknown; message?: string }) => void)[] = [];
  const deliver = (m: { type: string; result?: unknown; message?: string }): void => {
    const w = waiters.shift();
    if (w) w(m); else queue.push(m);
  };
  let send: (m: WorkerRequest) => void;
  let stop: () => Promise<void>;
  if (kind === 'thread') {
    const w = spawnTsWorker(new URL('./load-worker.ts', import.meta.url), init);
    w.on('message', deliver);
    w.on('error', (e) => deliver({ type: 'error', message: e.stack ?? e.message }));
    send = (m) => w.postMessage(m);
    stop = async () => { await w.terminate(); };
  } else {
    const c: ChildProcess = fork(WORKER_FILE, [], {
      execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    c.on('message', (m) => deliver(m as { type: string }));
    c.on('exit', (code) => deliver({ type: 'error', message: `load worker process exited (${code})` }));
    c.send(init);
    send = (m) => c.send(m);
    stop = async () => { if (c.exitCode === null) { c.kill(); await new Promise((r) => c.once('exit', r)); } };
  }
  return {
    send,
    next: () => new Promise((r) => { const m = queue.shift(); if (m) r(m); else waiters.push(r); }),
    stop,
  };
}

export class ThreadedLoadClient {
  private eps: Endpoint[] = [];
  private counts: number[] = [];

  constructor(private readonly opts: ThreadedLoadOptions) {}

  /** Starts the workers (loading hooks) and opens every connection. */
  async connect(): Promise<ConnectResult> {
    const o = this.opts;
    const n = Math.max(1, Math.min(o.threads ?? 2, o.connections));
    let first = o.firstConnIndex ?? 0;
    for (let i = 0; i < n; i++) {
      const count = Math.floor(o.connections / n) + (i < o.connections % n ? 1 : 0);
      const init: WorkerInit = {
        options: {
          host: o.host, port: o.port, connections: count, firstConnIndex: first,
          localAddresses: o.localAddresses, path: o.path, payload: o.payload, payloadCycle: o.payloadCycle,
          connectConcurrency: o.connectConcurrency, connectTimeoutMs: o.connectTimeoutMs,
        },
        hooks: o.hooks,
      };
      first += count;
      this.counts.push(count);
      this.eps.push(endpoint(o.spawn ?? 'thread', init));
    }
    await this.all<unknown>(null, 'ready');
    const parts = await this.all<ConnectResult>({ type: 'connect' }, 'connected');
    return {
      connected: parts.reduce((a, p) => a + p.connected, 0),
      failed: parts.reduce((a, p) => a + p.failed, 0),
      firstError: parts.find((p) => p.firstError)?.firstError,
      elapsedMs: Math.max(...parts.map((p) => p.elapsedMs)),
    };
  }

  async run(r: RunOptions): Promise<LoadStats> {
    const total = this.opts.connections;
    const parts = await Promise.all(this.eps.map(async (ep, i) => {
      const mode = r.mode.kind === 'open' ? { kind: 'open' as const, rate: (r.mode.rate * this.counts[i]) / total } : r.mode;
      ep.send({ type: 'run', run: { ...r, mode } });
      return this.expect<LoadStats>(ep, 'stats');
    }));
    return mergeStats(parts);
  }

  async close(): Promise<void> {
    await this.all<unknown>({ type: 'close' }, 'closed').catch(() => undefined);
    await Promise.all(this.eps.map((ep) => ep.stop()));
    this.eps = [];
  }

  private all<T>(req: WorkerRequest | null, type: string): Promise<T[]> {
    return Promise.all(this.eps.map((ep) => { if (req) ep.send(req); return this.expect<T>(ep, type); }));
  }

  private async expect<T>(ep: Endpoint, type: string): Promise<T> {
    const m = await ep.next();
    if (m.type !== type) throw new Error(`load worker: expected ${type}, got ${m.type}: ${m.message ?? ''}`);
    return m.result as T;
  }
}
