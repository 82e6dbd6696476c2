import { Worker, type WorkerOptions } from 'node:worker_threads';

const bootstrap = new URL('./ts-worker.mjs', import.meta.url);

/**
 * Starts a worker thread on a TypeScript entry file. Node 20 does not apply
 * the parent's `--import tsx` hooks inside workers, so every worker goes
 * through a small JS bootstrap that registers tsx first. The entry reads its
 * own data from `workerData.data`.
 */
export function spawnTsWorker(entry: URL, data: unknown, options: Omit<WorkerOptions, 'workerData'> = {}): Worker {
  return new Worker(bootstrap, { ...options, workerData: { __entry: entry.href, data } });
}
