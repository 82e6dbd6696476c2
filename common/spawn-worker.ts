import { Worker, type WorkerOptions } from 'node:worker_threads';
import { bundleWorkerSync, removeBundleAtExit, tempBundleDir } from './bundle-worker.ts';

const bootstrap = new URL('./ts-worker.mjs', import.meta.url);

/**
 * Starts a worker thread on a TypeScript entry file. Node 20 does not apply
 * the parent's `--import tsx` hooks inside workers, so the worker goes
 * through a small JS bootstrap that registers tsx first: about half a second
 * of CPU per worker. Use it where the worker itself imports TypeScript at run
 * time (load hooks named on a command line); otherwise spawnBundledWorker.
 * The entry reads its own data from `workerData.data`.
 */
export function spawnTsWorker(entry: URL, data: unknown, options: Omit<WorkerOptions, 'workerData'> = {}): Worker {
  return new Worker(bootstrap, { ...options, workerData: { __entry: entry.href, data } });
}

/** Where this process's worker bundles go: outside the source tree, named by pid, removed at exit. */
const BUNDLE_DIR = tempBundleDir('worker');
const bundles = new Map<string, URL>();

/**
 * Starts a worker thread from a plain-JS bundle of its TypeScript entry
 * (common/bundle-worker.ts): no loader hooks in the worker, so it starts in
 * tens of milliseconds of CPU instead of half a second, which matters for the
 * money service's shard writers and the drill's phone workers. The entry is
 * bundled once per process, from the code on disk at the first call; its
 * static imports only (a run-time `import()` of a .ts file needs spawnTsWorker).
 * The entry reads its own data from `workerData.data`.
 */
export function spawnBundledWorker(entry: URL, data: unknown, options: Omit<WorkerOptions, 'workerData'> = {}): Worker {
  let bundle = bundles.get(entry.href);
  if (!bundle) {
    bundle = bundleWorkerSync(entry, BUNDLE_DIR);
    removeBundleAtExit(bundle);
    bundles.set(entry.href, bundle);
  }
  return new Worker(bundle, { execArgv: [], ...options, workerData: { data } });
}
