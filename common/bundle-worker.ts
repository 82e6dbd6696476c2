/**
 * Bundles a worker's TypeScript entry into one ES module with esbuild, so a
 * worker thread starts from plain JS: no loader hooks, no per-module
 * transpiling, ready in tens of milliseconds instead of half a second. The
 * bundle is read from the code on disk at the time of the call: bundling
 * again is how new code is picked up.
 *
 * Bundles are written into the process's own cache directory, never into the
 * source tree (which may be read-only at run time). Packages stay external;
 * a `node_modules` link in the cache directory to the project's own makes
 * their bare imports resolve as they would beside the source.
 */
import { build, buildSync, type BuildOptions } from 'esbuild';
import { existsSync, mkdirSync, readdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { pidAlive } from './pid-alive.ts';
import { fnv1a32 } from './fnv1a.ts';

let counter = 0;

/**
 * A per-user, per-checkout cache directory under the system's temp dir. Its
 * node_modules link must point at this checkout's packages: two checkouts (or
 * users) sharing one directory would swap the link under each other's bundles.
 */
export function tempBundleDir(kind: string): string {
  const checkout = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  return path.join(os.tmpdir(), `shake-${kind}-bundles-${process.getuid?.() ?? 0}-${fnv1a32(checkout).toString(16)}`);
}

export async function bundleWorker(entry: URL, cacheDir: string): Promise<URL> {
  const options = prepareBundle(entry, cacheDir);
  await build(options);
  return pathToFileURL(options.outfile!);
}

/**
 * The same bundle, made synchronously (esbuild runs as a child process for
 * the call): for a constructor that starts its worker at once. The caller
 * removes it with removeBundle when no worker will start from it any more.
 */
export function bundleWorkerSync(entry: URL, cacheDir: string): URL {
  const options = prepareBundle(entry, cacheDir);
  buildSync(options);
  return pathToFileURL(options.outfile!);
}

/** Readies the cache directory and gives the build options of one bundle of `entry` (its own file, named by this pid). */
export function prepareBundle(entry: URL, cacheDir: string): BuildOptions {
  const entryPath = fileURLToPath(entry);
  const outDir = path.resolve(cacheDir);
  mkdirSync(outDir, { recursive: true });
  linkNodeModules(outDir, entryPath);
  removeOrphans(outDir);
  const outfile = path.join(outDir, `${path.basename(entryPath, '.ts')}-${process.pid}-${++counter}.mjs`);
  return {
    entryPoints: [entryPath],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'inline',
    logLevel: 'silent',
  };
}

/** The nearest node_modules above the entry, linked from the cache directory (replaced if it points elsewhere). */
function linkNodeModules(outDir: string, entryPath: string): void {
  let dir = path.dirname(entryPath);
  while (!existsSync(path.join(dir, 'node_modules'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no node_modules above ${entryPath}`);
    dir = up;
  }
  const target = path.join(dir, 'node_modules');
  const link = path.join(outDir, 'node_modules');
  let current: string | null = null;
  try { current = readlinkSync(link); } catch { /* absent */ }
  if (current === target) return;
  if (current !== null) rmSync(link, { force: true });
  try { symlinkSync(target, link, 'dir'); } catch (e) {
    // Two workers bundling at once in one process may both create it.
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
}

const removedAtExit: URL[] = [];

/** Removes `url` when this process exits (synchronously: the exit event runs no promise callbacks). */
export function removeBundleAtExit(url: URL): void {
  if (removedAtExit.push(url) === 1) process.once('exit', () => { for (const b of removedAtExit) removeBundle(b); });
}

/** Removes a bundle once no worker will start from it any more. */
export function removeBundle(url: URL): void {
  rmSync(fileURLToPath(url), { force: true });
}

/** Bundles are named <entry>-<pid>-<n>.mjs; a process killed with SIGKILL cannot remove its own, so the next one does. */
function removeOrphans(dir: string): void {
  for (const name of readdirSync(dir)) {
    const m = /-(\d+)-\d+\.mjs$/.exec(name);
    if (m && !pidAlive(Number(m[1]))) rmSync(path.join(dir, name), { force: true });
  }
}
