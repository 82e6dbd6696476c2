import t from 'tap';
import { existsSync, mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { bundleWorker, removeBundle } from '../bundle-worker.ts';
import { fnv1a32 } from '../fnv1a.ts';

const entry = new URL('./fixtures/bundle-entry.ts', import.meta.url);
const sourceDir = path.dirname(fileURLToPath(entry));

t.test('a worker bundle goes to the cache directory, runs there, and leaves the source tree untouched', async (t) => {
  const cacheDir = path.join(mkdtempSync(path.join(os.tmpdir(), 'bundle-')), 'bundles');
  const bundle = await bundleWorker(entry, cacheDir);
  t.equal(path.dirname(fileURLToPath(bundle)), cacheDir, 'bundle written into the cache directory');
  t.notOk(existsSync(path.join(sourceDir, '.bundles')), 'no .bundles folder beside the source');
  const worker = new Worker(bundle, { execArgv: [] });
  const msg = await new Promise<{ pino: string; hash: number }>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  t.same(msg, { pino: 'function', hash: fnv1a32('shake') }, 'packages resolve through the cache and relative modules are bundled');
  removeBundle(bundle);
  t.same(readdirSync(cacheDir), ['node_modules'], 'only the node_modules link stays once the bundle is removed');
});

t.test('bundling twice into the same cache directory reuses its node_modules link', async (t) => {
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'bundle-'));
  const [a, b] = await Promise.all([bundleWorker(entry, cacheDir), bundleWorker(entry, cacheDir)]);
  t.not(a.href, b.href, 'each call writes its own bundle');
  removeBundle(a);
  removeBundle(b);
});
