/**
 * Property tests: any single corruption of a correct split is caught with the right
 * reason, against the original and against the manifest alone.
 */
import t from 'tap';
import fc from 'fast-check';
import { copyFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { splitSeedFile } from '../split.ts';
import { verifySplit, type VerifyResult } from '../verify/index.ts';
import { packetIdToString } from '../format/ids.ts';
import { makeOriginal, recordCountOf, recordIdAt, surgery, tempDir } from './helpers.ts';

interface Case {
  dir: string;
  orig: string;
  names: string[];
  dense: boolean;
  pick: number;
}

const caseArb = fc.record({
  count: fc.integer({ min: 1, max: 1200 }),
  sparse: fc.boolean(),
  seed: fc.integer(),
  weights: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 6 }),
  pick: fc.nat(),
});

function setup(root: string, n: number, c: { count: number; sparse: boolean; seed: number; weights: number[]; pick: number }): Case {
  const dir = join(root, `c${n}`);
  const orig = `${dir}.seed`;
  makeOriginal(orig, c.count, { seed: c.seed, sparse: c.sparse, sponsors: ['s1', 's2', 's3'] });
  const machines = c.weights.map((weight, i) => ({ name: `gw${i}`, weight }));
  const { manifest } = splitSeedFile({ input: orig, outDir: dir, machines });
  return { dir, orig, names: machines.map((m) => m.name), dense: manifest.original.idsDense, pick: c.pick };
}

const both = (c: Case): [VerifyResult, VerifyResult] => [
  verifySplit({ manifestPath: join(c.dir, 'manifest.json'), original: c.orig }),
  verifySplit({ manifestPath: join(c.dir, 'manifest.json') }),
];
const has = (r: VerifyResult, code: string, text?: string): boolean => {
  const d = r.discrepancies.find((x) => x.code === code);
  return !!d && (text === undefined || d.examples.some((e) => e.includes(text)));
};
const fail = (what: string, r: VerifyResult[]): never => {
  throw new Error(`${what}: ${JSON.stringify(r.map((x) => x.discrepancies))}`);
};

/** A part (chosen by `pick`) holding at least `min` records, or null. */
function partWith(c: Case, min: number): string | null {
  const paths = c.names.map((n) => join(c.dir, `${n}.seed`)).filter((p) => recordCountOf(p) >= min);
  return paths.length ? paths[c.pick % paths.length] : null;
}

const runs = { numRuns: 100 };
let applied = 0;

t.test('a duplicated record is reported as DUPLICATE with its id', async (t) => {
  applied = 0;
  const root = tempDir(t);
  let n = 0;
  fc.assert(fc.property(caseArb, fc.nat(), fc.nat(), (cv, k0, j0) => {
    const c = setup(root, n++, cv);
    const p = partWith(c, 1);
    if (!p) return true;
    const cnt = recordCountOf(p);
    const k = k0 % cnt;
    const id = packetIdToString(recordIdAt(p, k));
    surgery.duplicate(p, k, j0 % (cnt + 1));
    applied++;
    const r = both(c);
    if (!r.every((x) => !x.ok && has(x, 'DUPLICATE', id))) fail('duplicate', r);
    return true;
  }), runs);
  t.ok(applied > 0, `corruption applied in ${applied} generated cases`);
});

t.test('a dropped record is reported as MISSING with its id', async (t) => {
  applied = 0;
  const root = tempDir(t);
  let n = 0;
  fc.assert(fc.property(caseArb, fc.nat(), (cv, k0) => {
    const c = setup(root, n++, cv);
    const p = partWith(c, 1);
    if (!p) return true;
    const k = k0 % recordCountOf(p);
    const id = packetIdToString(recordIdAt(p, k));
    surgery.drop(p, k);
    applied++;
    const [withOrig, manifestOnly] = both(c);
    if (!has(withOrig, 'MISSING', id)) fail('drop/original', [withOrig]);
    // Without the original, a missing id can be named only when the original's ids are dense.
    if (manifestOnly.ok || (c.dense && !has(manifestOnly, 'MISSING', id)) || !has(manifestOnly, 'TRUNCATED_PART')) fail('drop/manifest', [manifestOnly]);
    return true;
  }), runs);
  t.ok(applied > 0, `corruption applied in ${applied} generated cases`);
});

t.test('a changed amount is reported as AMOUNT_MISMATCH (and as a corrupt part)', async (t) => {
  applied = 0;
  const root = tempDir(t);
  let n = 0;
  fc.assert(fc.property(caseArb, fc.nat(), fc.integer({ min: 1, max: 0xffffffff }), (cv, k0, amount) => {
    const c = setup(root, n++, cv);
    const p = partWith(c, 1);
    if (!p) return true;
    const k = k0 % recordCountOf(p);
    if (surgery.amountAt(p, k) === amount) return true;
    const id = packetIdToString(recordIdAt(p, k));
    surgery.setAmount(p, k, amount);
    applied++;
    const [withOrig, manifestOnly] = both(c);
    if (!has(withOrig, 'AMOUNT_MISMATCH', id) || !has(withOrig, 'CORRUPT_PART')) fail('amount/original', [withOrig]);
    if (!has(manifestOnly, 'CORRUPT_PART') || !has(manifestOnly, 'TOTALS_MISMATCH')) fail('amount/manifest', [manifestOnly]);
    return true;
  }), runs);
  t.ok(applied > 0, `corruption applied in ${applied} generated cases`);
});

t.test('a truncated part is reported as TRUNCATED_PART', async (t) => {
  applied = 0;
  const root = tempDir(t);
  let n = 0;
  fc.assert(fc.property(caseArb, fc.nat(), (cv, l0) => {
    const c = setup(root, n++, cv);
    const p = partWith(c, 0)!;
    surgery.truncate(p, l0 % statSync(p).size);
    applied++;
    const r = both(c);
    if (!r.every((x) => !x.ok && has(x, 'TRUNCATED_PART'))) fail('truncate', r);
    return true;
  }), runs);
  t.ok(applied > 0, `corruption applied in ${applied} generated cases`);
});

t.test('any flipped bit in a part is reported as CORRUPT_PART', async (t) => {
  applied = 0;
  const root = tempDir(t);
  let n = 0;
  fc.assert(fc.property(caseArb, fc.nat(), fc.integer({ min: 0, max: 7 }), (cv, b0, bit) => {
    const c = setup(root, n++, cv);
    const p = partWith(c, 0)!;
    surgery.flip(p, b0 % statSync(p).size, bit);
    applied++;
    const r = both(c);
    if (!r.every((x) => !x.ok && has(x, 'CORRUPT_PART'))) fail('flip', r);
    return true;
  }), { numRuns: 200 });
  t.ok(applied > 0, `corruption applied in ${applied} generated cases`);
});

t.test('a part given to two machines is reported as PART_ASSIGNED_TWICE', async (t) => {
  applied = 0;
  const root = tempDir(t);
  let n = 0;
  fc.assert(fc.property(caseArb, fc.nat(), (cv, q) => {
    if (cv.weights.length < 2) return true;
    const c = setup(root, n++, cv);
    const a = c.pick % c.names.length;
    const b = (a + 1 + (q % (c.names.length - 1))) % c.names.length;
    copyFileSync(join(c.dir, `${c.names[a]}.seed`), join(c.dir, `${c.names[b]}.seed`));
    applied++;
    const r = both(c);
    const dupExpected = recordCountOf(join(c.dir, `${c.names[a]}.seed`)) > 0;
    if (!r.every((x) => !x.ok && has(x, 'PART_ASSIGNED_TWICE') && has(x, 'PART_MISSING', c.names[b]) && (!dupExpected || has(x, 'DUPLICATE')))) fail('two machines', r);
    return true;
  }), runs);
  t.ok(applied > 0, `corruption applied in ${applied} generated cases`);
});
