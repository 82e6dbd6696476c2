/**
 * Per-connection behaviour that cannot cross a thread boundary as data (functions) is given to
 * threaded load clients as a module: it exports `createHooks(arg)` returning LoadHooks. `arg`
 * is any structured-cloneable value (e.g. a secret), passed to every worker.
 */
import { pathToFileURL } from 'node:url';
import type { Payload } from './ws-conn.ts';

export interface LoadHooks {
  /** Path incl. query for the connection with this global index. */
  path?: (conn: number) => string;
  payload?: Payload;
  validateReply?: (bytes: Uint8Array) => boolean;
  isPush?: (bytes: Uint8Array) => boolean;
}

export interface HooksRef {
  /** Absolute file path or file: URL of a module exporting createHooks(arg). */
  module: string;
  arg?: unknown;
}

export async function loadHooks(ref: HooksRef): Promise<LoadHooks> {
  const url = ref.module.startsWith('file:') ? ref.module : pathToFileURL(ref.module).href;
  const mod = (await import(url)) as { createHooks?: (arg: unknown) => LoadHooks | Promise<LoadHooks> };
  if (typeof mod.createHooks !== 'function') throw new Error(`${ref.module} does not export createHooks(arg)`);
  return mod.createHooks(ref.arg);
}
