/**
 * Parts rewritten with consistent headers (a forger or a buggy tool, not bit rot): the
 * manifest checksums and the record-level merge still catch every change.
 */
import t from 'tap';
import { renameSync } from 'node:fs';
import { join } from 'node:path';
import { splitSeedFile } from '../split.ts';
import { verifySplit, type VerifyResult } from '../verify/index.ts';
import { SeedWriter } from '../format/writer.ts';
import { packetIdToString } from '../format/ids.ts';
import type { SeedRecord } from '../format/record.ts';
import { makeOriginal, readAll, tempDir } from './helpers.ts';

function fixture(t: Parameters<typeof tempDir>[0]) {
  const dir = tempDir(t);
  const orig = join(dir, 'o.seed');
  makeOriginal(orig, 400, { seed: 9, sponsors: ['s1', 's2'] });
  const out = join(dir, 'split');
  const { manifest } = splitSeedFile({ input: orig, outDir: out, machines: [{ name: 'a', weight: 1 }, { name: 'b', weight: 1 }, { name: 'c', weight: 2 }] });
  const rewrite = (name: string, edit: (r: SeedRecord[]) => SeedRecord[]) => {
    const p = join(out, `${name}.seed`);
    const { records, sponsors } = readAll(p);
    const idx = manifest.machines.findIndex((m) => m.name === name);
    const w = new SeedWriter(p + '.new', {
      kind: 'part', sponsors, machineIndex: idx, machineName: name,
      originRecordsCrc32: manifest.original.recordsCrc32, originRecordCount: manifest.original.recordCount,
    });
    for (const r of edit(records)) w.append(r);
    w.finish();
    // replace atomically, like an operator copying a file in place
    renameSync(p + '.new', p);
  };
  const verify = (): [VerifyResult, VerifyResult] => [
    verifySplit({ manifestPath: join(out, 'manifest.json'), original: orig }),
    verifySplit({ manifestPath: join(out, 'manifest.json') }),
  ];
  return { out, orig, rewrite, verify, parts: (n: string) => readAll(join(out, `${n}.seed`)).records };
}

const codes = (r: VerifyResult) => r.discrepancies.map((d) => d.code);
const examples = (r: VerifyResult, code: string) => r.discrepancies.find((d) => d.code === code)?.examples.join('\n') ?? '';

t.test('consistent rewrite dropping a packet: MISSING + CHECKSUM_MISMATCH', async (t) => {
  const f = fixture(t);
  const victim = f.parts('b')[7].id;
  f.rewrite('b', (rs) => rs.filter((r) => r.id !== victim));
  for (const r of f.verify()) {
    t.notOk(r.ok);
    t.ok(codes(r).includes('CHECKSUM_MISMATCH'));
    t.match(examples(r, 'MISSING'), packetIdToString(victim));
  }
});

t.test('consistent rewrite changing an amount: AMOUNT_MISMATCH, totals and checksum', async (t) => {
  const f = fixture(t);
  const victim = f.parts('c')[3].id;
  f.rewrite('c', (rs) => rs.map((r) => (r.id === victim ? { ...r, amountCents: r.amountCents + 1 } : r)));
  const [withOrig, manifestOnly] = f.verify();
  t.match(examples(withOrig, 'AMOUNT_MISMATCH'), packetIdToString(victim));
  for (const r of [withOrig, manifestOnly]) {
    t.ok(codes(r).includes('CHECKSUM_MISMATCH'));
    t.ok(codes(r).includes('TOTALS_MISMATCH'));
  }
});

t.test('a packet moved to another machine: MISPLACED; an invented packet: ALIEN', async (t) => {
  const f = fixture(t);
  const moved = f.parts('a')[5];
  f.rewrite('a', (rs) => rs.filter((r) => r.id !== moved.id));
  f.rewrite('b', (rs) => [...rs, moved].sort((x, y) => x.id - y.id));
  for (const r of f.verify()) {
    t.match(examples(r, 'MISPLACED'), packetIdToString(moved.id));
    t.notOk(codes(r).includes('MISSING'));
    t.notOk(codes(r).includes('DUPLICATE'));
  }
  const invented = { ...moved, id: 10_000 };
  f.rewrite('c', (rs) => [...rs, invented]);
  for (const r of f.verify()) t.match(examples(r, 'ALIEN'), packetIdToString(10_000));
});

t.test('records out of id order are still classified exactly (second pass)', async (t) => {
  const f = fixture(t);
  const { records } = readAll(join(f.out, 'c.seed'));
  // Raw reorder: swap two records far apart, header untouched.
  const { readFileSync, writeFileSync } = await import('node:fs');
  const p = join(f.out, 'c.seed');
  const b = readFileSync(p);
  const hl = b.length - records.length * 32;
  const i = 10, j = 150;
  const ri = Buffer.from(b.subarray(hl + i * 32, hl + i * 32 + 32));
  b.copy(b, hl + i * 32, hl + j * 32, hl + j * 32 + 32);
  ri.copy(b, hl + j * 32);
  writeFileSync(p, b);
  for (const r of f.verify()) {
    t.ok(r.stats.secondPass);
    t.same(codes(r).sort(), ['CHECKSUM_MISMATCH', 'CORRUPT_PART', 'UNORDERED_RECORDS'].sort(), 'only the order is wrong; no packet lost or doubled');
    t.equal(r.stats.distinctIds, 400);
  }
});
