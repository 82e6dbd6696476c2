/**
 * Recycled seeds: new ids that never reuse a seed id, accounted for by verify.
 */
import t from 'tap';
import { join } from 'node:path';
import { splitSeedFile } from '../split.ts';
import { recyclePart } from '../recycle.ts';
import { verifySplit, type VerifyResult } from '../verify/index.ts';
import { SeedWriter } from '../format/writer.ts';
import { recycledId, RecycledIdMinter } from '../format/ids.ts';
import type { SeedRecord } from '../format/record.ts';
import { makeOriginal, readAll, tempDir } from './helpers.ts';

function fixture(t: Parameters<typeof tempDir>[0]) {
  const dir = tempDir(t);
  const orig = join(dir, 'o.seed');
  makeOriginal(orig, 600, { seed: 3, sponsors: ['s1', 's2', 's3'], shareProbability: 0.6 });
  const out = join(dir, 'split');
  splitSeedFile({ input: orig, outDir: out, machines: [{ name: 'a', weight: 1 }, { name: 'b', weight: 2 }] });
  let n = 0;
  const writeRecycled = (machine: number, recs: SeedRecord[], sponsors = ['s1', 's2', 's3']) => {
    const p = join(dir, `r${n++}.seed`);
    const w = new SeedWriter(p, { kind: 'recycled', sponsors, machineIndex: machine, machineName: ['a', 'b'][machine] });
    for (const r of recs) w.append(r);
    w.finish();
    return p;
  };
  const verify = (recycled: string[]): VerifyResult[] => [
    verifySplit({ manifestPath: join(out, 'manifest.json'), original: orig, recycled }),
    verifySplit({ manifestPath: join(out, 'manifest.json'), recycled }),
  ];
  const withShares = (name: string) => readAll(join(out, `${name}.seed`)).records.filter((r) => r.shares > 0);
  return { dir, out, writeRecycled, verify, withShares };
}
const codes = (r: VerifyResult) => r.discrepancies.map((d) => d.code);

t.test('recycled drill files verify clean, including a recycled packet recycled again', async (t) => {
  const f = fixture(t);
  const r1 = join(f.dir, 'ra.seed');
  const first = recyclePart({ part: join(f.out, 'b.seed'), out: r1, fraction: 0.3, max: 1e9, seed: 1, counterStart: 0, force: false });
  t.ok(first.header.recordCount > 10);
  // A second file for the same machine continues the counter and recycles one of the first file's packets.
  const src = readAll(r1).records[0];
  const again = f.writeRecycled(1, [{ id: recycledId(1, first.nextCounter), recycledFrom: src.id, sponsorIndex: src.sponsorIndex, amountCents: src.amountCents, shares: 0, shareAmountCents: 0 }]);
  for (const r of f.verify([r1])) t.ok(r.ok, JSON.stringify(r.discrepancies));
  for (const r of f.verify([r1, again])) {
    t.notOk(r.ok, 'recycled packet without share money cannot be recycled again');
    t.same(codes(r), ['RECYCLED_OVERDRAWN']);
  }
  const src2 = f.withShares('a').find((r) => r.shareAmountCents >= 2)!;
  const m = new RecycledIdMinter(0, 5);
  const parent = { id: m.mint(), recycledFrom: src2.id, sponsorIndex: src2.sponsorIndex, amountCents: 1, shares: 1, shareAmountCents: src2.shareAmountCents - 1 };
  const child = { id: m.mint(), recycledFrom: parent.id, sponsorIndex: src2.sponsorIndex, amountCents: parent.shareAmountCents, shares: 0, shareAmountCents: 0 };
  const chain = f.writeRecycled(0, [parent, child]);
  for (const r of f.verify([r1, chain])) t.ok(r.ok, JSON.stringify(r.discrepancies));
  const total = f.verify([r1, chain])[0].sponsors.reduce((a, s) => a + s.recycledCount, 0);
  t.equal(total, first.header.recordCount + 2);
});

t.test('verify catches reused ids, foreign ids, unknown sources, overdrawn money, wrong sponsor', async (t) => {
  const f = fixture(t);
  const [p, q] = f.withShares('a');
  const rec = (id: number, from = p, extra: Partial<SeedRecord> = {}): SeedRecord => ({
    id, recycledFrom: from.id, sponsorIndex: from.sponsorIndex, amountCents: 1, shares: 0, shareAmountCents: 0, ...extra,
  });
  const cases: [string, string[], () => string[]][] = [
    ['same id minted twice', ['DUPLICATE'], () => [f.writeRecycled(0, [rec(recycledId(0, 0))]), f.writeRecycled(0, [rec(recycledId(0, 0), q)])]],
    ['id minted for another machine', ['RECYCLED_WRONG_MACHINE'], () => [f.writeRecycled(0, [rec(recycledId(1, 0))])]],
    ['replaces a packet that does not exist', ['RECYCLED_UNKNOWN_SOURCE'], () => [f.writeRecycled(0, [rec(recycledId(0, 0), { ...p, id: 999_999 })])]],
    ['more money than the unshared shares', ['RECYCLED_OVERDRAWN'], () => [f.writeRecycled(0, [rec(recycledId(0, 0), p, { amountCents: p.shareAmountCents + 1 })])]],
    ['two replacements overdraw together', ['RECYCLED_OVERDRAWN'], () => [f.writeRecycled(0, [rec(recycledId(0, 0), p, { amountCents: p.shareAmountCents }), rec(recycledId(0, 1), p)])]],
    ['different sponsor', ['RECYCLED_SPONSOR_MISMATCH'], () => [f.writeRecycled(0, [rec(recycledId(0, 0), p, { sponsorIndex: (p.sponsorIndex + 1) % 3 })])]],
  ];
  for (const [name, want, make] of cases) {
    const files = make();
    for (const r of f.verify(files)) {
      t.notOk(r.ok, name);
      t.same(codes(r), want, name);
    }
  }
});
