import t from 'tap';
import { readdirSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { spawnBundledWorker } from '../spawn-worker.ts';
import { fnv1a32 } from '../fnv1a.ts';
import { tempBundleDir } from '../bundle-worker.ts';

const entry = new URL('./fixtures/echo-data-entry.ts', import.meta.url);
const bundleDir = tempBundleDir('worker');
const mine = () => readdirSync(bundleDir).filter((n) => n.startsWith(`echo-data-entry-${process.pid}-`));

function answer(w: Worker): Promise<unknown> {
  return new Promise((resolve, reject) => { w.once('message', resolve); w.once('error', reject); });
}

t.test('bundled workers run their TypeScript entry with their own data, from one bundle per process', async (t) => {
  const workers = ['shake', 'red', 'packet'].map((word) => spawnBundledWorker(entry, { word }));
  t.teardown(() => Promise.all(workers.map((w) => w.terminate())));
  const answers = await Promise.all(workers.map(answer));
  t.same(answers, ['shake', 'red', 'packet'].map((word) => ({ word, hash: fnv1a32(word) })), 'each worker got its data; relative imports are bundled');
  t.equal(mine().length, 1, 'the entry was bundled once for the three workers');
});
