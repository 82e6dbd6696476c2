/**
 * Runs one share of a threaded load (see threaded-load-client.ts) in a worker thread or a
 * child process. Messages in: connect | run | close. Messages out: the matching result or error.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { LoadClient, type LoadClientOptions } from './ws-load-client.ts';
import { loadHooks, type HooksRef } from './load-hooks.ts';

export interface WorkerInit {
  options: Omit<LoadClientOptions, 'path' | 'payload' | 'validateReply' | 'isPush'> & {
    path?: string;
    payload?: Uint8Array;
  };
  hooks?: HooksRef;
}

export type WorkerRequest =
  | { type: 'connect' }
  | { type: 'run'; run: import('./ws-load-client.ts').RunOptions }
  | { type: 'close' };

type Send = (msg: unknown) => void;

async function main(init: WorkerInit, send: Send, onMessage: (h: (m: WorkerRequest) => void) => void): Promise<void> {
  const hooks = init.hooks ? await loadHooks(init.hooks) : {};
  const payload = hooks.payload ?? init.options.payload;
  if (!payload) throw new Error('load worker: no payload (give options.payload or a hooks module with payload)');
  const client = new LoadClient({
    ...init.options,
    payload: payload instanceof Uint8Array ? new Uint8Array(payload) : payload,
    path: hooks.path ?? init.options.path,
    validateReply: hooks.validateReply,
    isPush: hooks.isPush,
  });
  onMessage((m) => {
    const reply = (p: Promise<unknown>, type: string): void => {
      p.then((result) => send({ type, result }), (e: Error) => send({ type: 'error', message: e.stack ?? e.message }));
    };
    if (m.type === 'connect') reply(client.connect(), 'connected');
    else if (m.type === 'run') reply(client.run(m.run), 'stats');
    else if (m.type === 'close') reply(client.close(), 'closed');
  });
  send({ type: 'ready' });
}

if (parentPort) {
  const port = parentPort;
  main((workerData as { data: WorkerInit }).data, (m) => port.postMessage(m), (h) => port.on('message', h)).catch((e: Error) =>
    port.postMessage({ type: 'error', message: e.stack ?? e.message }));
} else if (process.send) {
  const send: Send = (m) => process.send?.(m);
  process.once('message', (init: WorkerInit) => {
    main(init, send, (h) => process.on('message', (m: WorkerRequest) => h(m))).catch((e: Error) =>
      send({ type: 'error', message: e.stack ?? e.message }));
  });
  process.on('disconnect', () => process.exit(0));
}
