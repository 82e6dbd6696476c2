/**
 * Starts a worker thread running a .ts module. Under Node 20 a worker does not
 * get the parent's tsx loader from `--import tsx` (fails with "Unknown file
 * extension .ts"), so the worker first registers tsx itself, then imports the module.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';

export function tsWorker(moduleUrl: URL, options: WorkerOptions = {}): Worker {
  const tsxApi = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(moduleUrl.href)}); })`;
  return new Worker(boot, { ...options, eval: true });
}
