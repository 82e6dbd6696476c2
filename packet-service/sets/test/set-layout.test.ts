/** A SET's data dir records which SET it is and the pinned SET counts; another start is refused before any shard opens. */
import t from 'tap';
import fs from 'node:fs';
import { layoutPath, pinLayout, readLayout } from '../../layout.ts';
import { tempDir } from '../../test/helpers.ts';
import { makeConfig, mintsElsewhere } from '../../config.ts';

t.test('the data dir pins its SET and the SET counts', async (t) => {
  const dataDir = tempDir();
  t.teardown(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  pinLayout(dataDir, 2, { index: 1, seedSets: 2, capSets: 2 });
  t.same(readLayout(dataDir)!.set, { index: 1, seedSets: 2, capSets: 2 });
  t.same(JSON.parse(fs.readFileSync(layoutPath(dataDir), 'utf8')).set, { index: 1, seedSets: 2, capSets: 2 }, 'recorded next to the shard count');
  t.doesNotThrow(() => pinLayout(dataDir, 2, { index: 1, seedSets: 2, capSets: 2 }), 'the same SET starts');
  for (const other of [{ index: 0, seedSets: 2, capSets: 2 }, { index: 1, seedSets: 3, capSets: 2 }, { index: 1, seedSets: 2, capSets: 1 }]) {
    t.throws(() => pinLayout(dataDir, 2, other), { code: 'SET_LAYOUT_MISMATCH', details: { recorded: { index: 1, seedSets: 2, capSets: 2 }, configured: other } });
  }
  t.throws(() => pinLayout(dataDir, 3, { index: 1, seedSets: 2, capSets: 2 }), { code: 'SHARD_COUNT_MISMATCH' }, 'the shard count still pinned');
});

t.test('a record from before SETs is the single SET: it starts as SET 0 of 1 only', async (t) => {
  const dataDir = tempDir();
  t.teardown(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  pinLayout(dataDir, 2);
  t.same(JSON.parse(fs.readFileSync(layoutPath(dataDir), 'utf8')), { formatVersion: 2, shardCount: 2 }, 'the single SET writes the record as before');
  t.doesNotThrow(() => pinLayout(dataDir, 2, { index: 0, seedSets: 1, capSets: 1 }));
  t.throws(() => pinLayout(dataDir, 2, { index: 0, seedSets: 2, capSets: 1 }), { code: 'SET_LAYOUT_MISMATCH' }, 'a single-SET data dir cannot become a SET of two');
});

t.test('the SETs open for new packets: default this SET; another SET needs the JetStream queue counting it', async (t) => {
  const q = (count: number) => ({ kind: 'jetstream' as const, servers: ['nats://127.0.0.1:1'], stream: 'S', subjectPrefix: 'x', replicas: 1, sets: { seedSets: 2, count, subjectsPerSet: 4 } });
  const set = { index: 1, seedSets: 2, capSets: 2, capLink: null };
  t.same(makeConfig({ dataDir: 'x' }).set.mintInto, [0], 'the single money service mints for itself, as before');
  t.same(makeConfig({ dataDir: 'x', set, queue: q(2) }).set.mintInto, [1]);
  t.notOk(mintsElsewhere(makeConfig({ dataDir: 'x', set, queue: q(2) }).set));
  t.ok(mintsElsewhere(makeConfig({ dataDir: 'x', set: { ...set, mintInto: [0, 1, 2] }, queue: q(3) }).set));
  t.throws(() => makeConfig({ dataDir: 'x', set: { ...set, mintInto: [0, 1, 2] }, queue: q(2) }), { code: 'CONFIG_INVALID' }, 'a SET the queue does not count');
  t.throws(() => makeConfig({ dataDir: 'x', set: { index: 0, seedSets: 1, capSets: 1, mintInto: [1] } }), { code: 'CONFIG_INVALID' }, 'no JetStream queue: no other SET');
  for (const bad of [[], [1, 1], [-1], [64], [0.5]]) t.throws(() => makeConfig({ dataDir: 'x', set: { ...set, mintInto: bad }, queue: q(3) }), { code: 'CONFIG_INVALID' }, JSON.stringify(bad));
});
