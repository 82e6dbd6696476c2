/**
 * Per-key FIFO (seed 003 "请求排队串行化"): requests with the same key (packet id)
 * are handed to `run` in arrival order, one batch at a time; the next batch of a
 * key starts only after the previous one finished. Different keys run concurrently.
 */
interface Job<I, R> { item: I; resolve: (r: R) => void; reject: (e: unknown) => void }

export type BatchRunner<I, R> = (key: string, items: I[]) => Promise<R[]>;

export class KeyedSerialExecutor<I, R> {
  private readonly lanes = new Map<string, Job<I, R>[]>();

  constructor(private readonly run: BatchRunner<I, R>, private readonly maxBatch: number) {}

  submit(key: string, item: I): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const lane = this.lanes.get(key);
      if (lane) {
        lane.push({ item, resolve, reject });
        return;
      }
      this.lanes.set(key, [{ item, resolve, reject }]);
      queueMicrotask(() => void this.drain(key));
    });
  }

  /** Keys with queued or running work. */
  get activeKeys(): number {
    return this.lanes.size;
  }

  private async drain(key: string): Promise<void> {
    const lane = this.lanes.get(key)!;
    while (lane.length > 0) {
      // The lane keeps its running jobs at the front until they finish, so new
      // submits queue behind them instead of starting a second drain.
      const jobs = lane.slice(0, this.maxBatch);
      try {
        const results = await this.run(key, jobs.map((j) => j.item));
        jobs.forEach((j, i) => j.resolve(results[i]));
      } catch (e) {
        for (const j of jobs) j.reject(e);
      }
      lane.splice(0, jobs.length);
    }
    this.lanes.delete(key);
  }
}
