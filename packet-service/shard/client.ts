/** Main-thread handle of one shard writer thread: sends ordered batches, awaits their committed results. */
import type { TransferListItem, Worker } from 'node:worker_threads';
import { ShakeError } from '../../common/errors.ts';
import type { ErrorCode } from '../../contracts/errors.ts';
import { spawnBundledWorker } from '../../common/spawn-worker.ts';
import type { ShardBatch, ShardEnvelope, ShardReplyEnvelope, ShardRequest, ShardResult, ShardWorkerData } from './messages.ts';

interface Waiter { resolve: (r: ShardResult[]) => void; reject: (e: unknown) => void }

export class ShardClient {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, Waiter>();
  private nextId = 1;
  private dead: ShakeError | null = null;
  private outbox: ShardBatch[] = [];
  private transfer: TransferListItem[] = [];
  private readonly exited: Promise<void>;

  constructor(readonly data: ShardWorkerData) {
    this.worker = spawnBundledWorker(new URL('./worker.ts', import.meta.url), data);
    this.worker.on('message', (m: ShardReplyEnvelope) => {
      for (const r of m.replies) {
        const w = this.waiting.get(r.id);
        this.waiting.delete(r.id);
        w?.resolve(r.results);
      }
    });
    this.worker.on('error', (e) => this.fail(new ShakeError('SHARD_DOWN', `shard ${data.shard} writer failed: ${e.message}`)));
    this.exited = new Promise((resolve) => this.worker.once('exit', () => {
      this.fail(new ShakeError('SHARD_DOWN', `shard ${data.shard} writer exited`));
      resolve();
    }));
  }

  private fail(e: ShakeError): void {
    this.dead ??= e;
    for (const w of this.waiting.values()) w.reject(e);
    this.waiting.clear();
  }

  /**
   * Results in request order; each is ok or a typed error. Rejects only if the writer is down.
   * `transfer`: buffers the requests carry that move to the writer instead of being copied
   * (unusable here afterwards).
   */
  send(reqs: ShardRequest[], transfer: readonly TransferListItem[] = []): Promise<ShardResult[]> {
    if (this.dead) return Promise.reject(this.dead);
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.outbox.push({ id, reqs });
      this.transfer.push(...transfer);
      if (this.outbox.length === 1) setImmediate(() => this.flush());
    });
  }

  private flush(): void {
    const batches = this.outbox, transfer = this.transfer;
    this.outbox = [];
    this.transfer = [];
    if (batches.length && !this.dead) this.worker.postMessage({ batches } satisfies ShardEnvelope, transfer);
  }

  async one<T>(req: ShardRequest, transfer?: readonly TransferListItem[]): Promise<T> {
    const [r] = await this.send([req], transfer);
    return unwrap<T>(r);
  }

  async close(): Promise<void> {
    this.flush();
    if (!this.dead) this.worker.postMessage({ close: true });
    await this.exited;
  }
}

export function unwrap<T>(r: ShardResult): T {
  if (r.ok) return r.value as T;
  // The shard worker (same build) sends the code of the ShakeError it caught, or SHARD_INTERNAL.
  throw new ShakeError(r.error.code as ErrorCode, r.error.message, r.error.details);
}
