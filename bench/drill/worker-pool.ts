/**
 * Starts the phone workers (worker threads through common/spawn-worker.ts, or
 * child processes when the phones would not fit one process's fds), splits the
 * phones and the rate between them, and relays their messages.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import { spawnBundledWorker } from '../../common/spawn-worker.ts';
import type { FromWorker, ToWorker, WorkerInit } from './worker-messages.ts';

const ENTRY = new URL('./phone-worker.ts', import.meta.url);

interface Handle { send(m: ToWorker): void; stop(): Promise<void> }

export class PhoneWorkers {
  private readonly handles: Handle[] = [];

  constructor(private readonly onMessage: (worker: number, m: FromWorker) => void, private readonly onFailure: (worker: number, why: string) => void) {}

  start(kind: 'thread' | 'process', inits: WorkerInit[]): void {
    inits.forEach((init, i) => {
      if (kind === 'thread') {
        const w: Worker = spawnBundledWorker(ENTRY, init);
        w.on('message', (m: FromWorker) => this.onMessage(i, m));
        w.on('error', (e) => this.onFailure(i, e.stack ?? e.message));
        this.handles.push({ send: (m) => w.postMessage(m), stop: async () => { await w.terminate(); } });
      } else {
        const c: ChildProcess = fork(fileURLToPath(ENTRY), [], {
          execArgv: ['--import', 'tsx'], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
          env: { ...process.env, DRILL_WORKER_INIT: JSON.stringify(init) },
        });
        c.on('message', (m) => this.onMessage(i, m as FromWorker));
        c.on('exit', (code, sig) => { if (code !== 0) this.onFailure(i, `phone worker process exited (${code ?? sig})`); });
        this.handles.push({
          send: (m) => { if (c.connected) c.send(m); },
          stop: async () => { if (c.exitCode === null && c.signalCode === null) { const gone = new Promise((r) => c.once('exit', r)); c.kill(); await gone; } },
        });
      }
    });
  }

  broadcast(m: ToWorker): void {
    for (const h of this.handles) h.send(m);
  }

  async stop(): Promise<void> {
    await Promise.all(this.handles.map((h) => h.stop()));
  }
}

/** Splits users 0..n-1 over workers. */
export function splitUsers(users: number, workers: number): { firstUser: number; count: number }[] {
  const w = Math.max(1, Math.min(workers, users));
  const out: { firstUser: number; count: number }[] = [];
  let first = 0;
  for (let i = 0; i < w; i++) {
    const count = Math.floor(users / w) + (i < users % w ? 1 : 0);
    out.push({ firstUser: first, count });
    first += count;
  }
  return out;
}
