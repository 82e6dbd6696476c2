/**
 * A preload for a measured server (`node --expose-gc --import <GC_PRELOAD_URL> ...`): with an
 * IPC channel, on message 'bench:gc' it runs full GCs in the main thread and answers with
 * process.memoryUsage(). Lets idle-memory measure RSS without garbage noise, without touching
 * the server's code. It is plain JavaScript in a data: URL because preloads are inherited by
 * the server's worker threads, where a .ts file cannot be loaded on Node 20 (the tsx hooks are
 * not active there yet); in workers and without IPC it does nothing.
 */
const SOURCE = `
import { isMainThread } from 'node:worker_threads';
if (isMainThread && process.send) {
  process.on('message', (m) => {
    if (m !== 'bench:gc') return;
    const gc = globalThis.gc;
    if (gc) { gc(); gc(); }
    process.send?.({ type: 'bench:gc', gcRan: gc !== undefined, memory: process.memoryUsage() });
  });
  process.channel?.unref();
}
`;

export const GC_PRELOAD_URL = `data:text/javascript,${encodeURIComponent(SOURCE)}`;
