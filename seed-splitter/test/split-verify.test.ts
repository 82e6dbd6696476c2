import t from 'tap';
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSeedFile } from '../split.ts';
import { verifySplit } from '../verify/index.ts';
import { buildSchedule, countsFor } from '../schedule.ts';
import { readAll, makeOriginal, tempDir } from './helpers.ts';
import type { Machine } from '../machines.ts';

const machinesArb = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 8 })
  .map((ws): Machine[] => ws.map((weight, i) => ({ name: `gw-${i}`, weight })));

t.test('schedule gives each machine its weight share, deterministically', async (t) => {
  fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 50 }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 5000 }), (ws, n) => {
    const s = buildSchedule(ws);
    const again = buildSchedule(ws);
    const counts = countsFor(s, ws.length, n);
    const total = ws.reduce((a, b) => a + b, 0);
    return Buffer.compare(Buffer.from(s.buffer), Buffer.from(again.buffer)) === 0 &&
      counts.reduce((a, b) => a + b, 0) === n &&
      counts.every((c, m) => Math.abs(c - (n * ws[m]) / total) <= ws[m] + 1);
  }), { numRuns: 200 });
});

t.test('split then verify passes, in both modes, for random files and machine lists', async (t) => {
  const dir = tempDir(t);
  let run = 0;
  fc.assert(fc.property(
    fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 1, max: 5 }), fc.boolean(), fc.integer(), machinesArb,
    (count, sponsorCount, sparse, seed, machines) => {
      const d = join(dir, `r${run++}`);
      const orig = `${d}.seed`;
      makeOriginal(orig, count, { seed, sparse, sponsors: Array.from({ length: sponsorCount }, (_, i) => `sp${i}`) });
      const { manifest } = splitSeedFile({ input: orig, outDir: d, machines });
      // Every record of the original is in exactly the part the schedule names.
      const all = readAll(orig).records;
      const sched = buildSchedule(machines.map((m) => m.weight));
      const parts = machines.map((m) => readAll(join(d, `${m.name}.seed`)).records);
      const expect = machines.map(() => [] as number[]);
      all.forEach((r, p) => expect[sched[p % sched.length]].push(r.id));
      const partsOk = parts.every((recs, m) => JSON.stringify(recs.map((r) => r.id)) === JSON.stringify(expect[m]));
      const a = verifySplit({ manifestPath: join(d, 'manifest.json') });
      const b = verifySplit({ manifestPath: join(d, 'manifest.json'), original: orig });
      if (!a.ok || !b.ok) throw new Error(JSON.stringify([a.discrepancies, b.discrepancies]));
      // A sparse file's random gaps can all be 1 (e.g. 2 records): dense means the ids really are consecutive.
      const dense = all.every((r, i) => i === 0 || r.id === all[i - 1].id + 1);
      return partsOk && manifest.original.idsDense === dense && (sparse || dense) &&
        b.stats.partRecords === count && b.stats.distinctIds === count;
    }), { numRuns: 40 });
  t.same(readdirSync(dir).filter((f) => f.includes('.tmp-')), [], 'no temp output left');
});

t.test('split is deterministic: same input, byte-identical output', async (t) => {
  const dir = tempDir(t);
  const orig = join(dir, 'o.seed');
  makeOriginal(orig, 5000, { seed: 42 });
  const machines = [{ name: 'a', weight: 3 }, { name: 'b', weight: 1 }, { name: 'c', weight: 2 }];
  splitSeedFile({ input: orig, outDir: join(dir, 'x'), machines });
  splitSeedFile({ input: orig, outDir: join(dir, 'y'), machines, bufferBudgetBytes: 1 << 10 });
  const files = readdirSync(join(dir, 'x')).sort();
  t.same(files, ['a.seed', 'b.seed', 'c.seed', 'manifest.json']);
  for (const f of files) t.ok(readFileSync(join(dir, 'x', f)).equals(readFileSync(join(dir, 'y', f))), `${f} identical`);
  const g2 = join(dir, 'o2.seed');
  makeOriginal(g2, 5000, { seed: 42 });
  t.ok(readFileSync(orig).equals(readFileSync(g2)), 'generate is reproducible from its seed');
});
