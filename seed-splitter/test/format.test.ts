import t from 'tap';
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  RECYCLED_BASE, RecycledIdMinter, SeedWriter, isRecycledId, isSeedId, openSeedReader, packetIdToString,
  parsePacketId, recycledId, recycledIdParts, type SeedRecord,
} from '../format/index.ts';
import { isSeedError } from '../errors.ts';
import { tempDir } from './helpers.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Test = { ok: (...a: any[]) => unknown; equal: (...a: any[]) => unknown; fail: (...a: any[]) => unknown };
const expectCode = async (t: Test, fn: () => unknown, code: string) => {
  try {
    fn();
    t.fail(`expected ${code}`);
  } catch (e) {
    t.ok(isSeedError(e), 'typed error');
    t.equal((e as { code: string }).code, code);
  }
};

t.test('packet id strings round-trip and keep numeric order', async (t) => {
  fc.assert(fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (a, b) => {
    const sa = packetIdToString(a), sb = packetIdToString(b);
    return parsePacketId(sa) === a && (a < b) === (sa < sb);
  }), { numRuns: 500 });
  t.equal(packetIdToString(1), 'p00000000000001');
  for (const bad of ['', 'p1', 'P00000000000001', 'p0000000000000g', 'p00000000000000']) {
    await expectCode(t, () => parsePacketId(bad), 'BAD_PACKET_ID');
  }
});

t.test('recycled ids never collide with seed ids or another machine', async (t) => {
  fc.assert(fc.property(
    fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0, max: 2 ** 36 - 1 }),
    fc.integer({ min: 0, max: 0xffff }), fc.integer({ min: 0, max: 2 ** 36 - 1 }),
    (m1, c1, m2, c2) => {
      const a = recycledId(m1, c1), b = recycledId(m2, c2);
      const pa = recycledIdParts(a);
      return isRecycledId(a) && !isSeedId(a) && a >= RECYCLED_BASE && pa.machineIndex === m1 && pa.counter === c1 &&
        ((m1 === m2 && c1 === c2) === (a === b));
    }), { numRuns: 500 });
  const minter = new RecycledIdMinter(7, 41);
  const x = minter.mint(), y = minter.mint();
  t.ok(y > x);
  t.equal(minter.next, 43);
  await expectCode(t, () => new RecycledIdMinter(7, 2 ** 36), 'ID_SPACE_EXHAUSTED');
});

const recordArb = fc.record({
  sponsorIndex: fc.integer({ min: 0, max: 2 }),
  amountCents: fc.integer({ min: 1, max: 0xffffffff }),
  shares: fc.integer({ min: 0, max: 0xffff }),
  perShare: fc.integer({ min: 1, max: 60000 }),
});

t.test('writer then reader returns the same records, totals and checksums', async (t) => {
  const dir = tempDir(t);
  let n = 0;
  fc.assert(fc.property(fc.array(recordArb, { maxLength: 300 }), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 40 }), (arr, step, bufRecords) => {
    const path = join(dir, `f${n++}.seed`);
    const recs: SeedRecord[] = arr.map((r, i) => ({
      id: 1 + i * step, sponsorIndex: r.sponsorIndex, amountCents: r.amountCents, shares: r.shares,
      shareAmountCents: r.shares === 0 ? 0 : Math.min(0xffffffff, r.shares * r.perShare), recycledFrom: 0,
    }));
    const w = new SeedWriter(path, { kind: 'original', sponsors: ['a', 'b', 'c'], bufferBytes: bufRecords * 32 });
    for (const r of recs) w.append(r);
    const res = w.finish();
    const rd = openSeedReader(path, { bufferBytes: 7 * 32 });
    const back = [...rd.records()];
    rd.close();
    const sum = recs.reduce((a, r) => a + r.amountCents, 0);
    return JSON.stringify(back) === JSON.stringify(recs) && rd.header.recordCount === recs.length &&
      rd.header.totalAmountCents === sum && res.header.recordsCrc32 === rd.recordsCrc32 &&
      rd.header.sponsors.reduce((a, s) => a + s.count, 0) === recs.length;
  }), { numRuns: 60 });
  t.same(readdirSync(dir).filter((f) => f.includes('.tmp-')), [], 'no temp files left');
});

t.test('strict reader rejects bad files with typed errors', async (t) => {
  const dir = tempDir(t);
  const path = join(dir, 'ok.seed');
  const w = new SeedWriter(path, { kind: 'original', sponsors: ['s'] });
  for (let i = 1; i <= 10; i++) w.append({ id: i, sponsorIndex: 0, amountCents: 100, shares: 0, shareAmountCents: 0, recycledFrom: 0 });
  w.finish();
  const bytes = readFileSync(path);
  const variant = (name: string, b: Buffer) => { const p = join(dir, name); writeFileSync(p, b); return p; };
  await expectCode(t, () => openSeedReader(join(dir, 'nope.seed')), 'FILE_NOT_FOUND');
  await expectCode(t, () => openSeedReader(variant('empty', Buffer.alloc(0))), 'TRUNCATED_HEADER');
  await expectCode(t, () => openSeedReader(variant('short', bytes.subarray(0, 50))), 'TRUNCATED_HEADER');
  await expectCode(t, () => openSeedReader(variant('short2', bytes.subarray(0, 200))), 'TRUNCATED_HEADER');
  const magic = Buffer.from(bytes); magic[0] = 0x41;
  await expectCode(t, () => openSeedReader(variant('magic', magic)), 'BAD_MAGIC');
  const ver = Buffer.from(bytes); ver.writeUInt16LE(9, 8);
  await expectCode(t, () => openSeedReader(variant('ver', ver)), 'UNSUPPORTED_VERSION');
  const hdr = Buffer.from(bytes); hdr[30] ^= 1;
  await expectCode(t, () => openSeedReader(variant('hdr', hdr)), 'HEADER_CHECKSUM');
  await expectCode(t, () => openSeedReader(variant('cut', bytes.subarray(0, bytes.length - 5))), 'TRUNCATED_RECORDS');
  const rec = Buffer.from(bytes); rec[rec.length - 20] ^= 4;
  await expectCode(t, () => { const r = openSeedReader(variant('rec', rec)); try { for (const _ of r.batches()); } finally { r.close(); } }, 'RECORDS_CHECKSUM');
});

t.test('writer refuses disorder and invalid records, leaving nothing behind', async (t) => {
  const dir = tempDir(t);
  const base = { sponsorIndex: 0, amountCents: 5, shares: 0, shareAmountCents: 0, recycledFrom: 0 };
  const w = new SeedWriter(join(dir, 'a.seed'), { kind: 'original', sponsors: ['s'] });
  w.append({ ...base, id: 5 });
  await expectCode(t, () => w.append({ ...base, id: 5 }), 'UNORDERED_RECORDS');
  await expectCode(t, () => w.append({ ...base, id: 9, amountCents: 0 }), 'INVALID_RECORD');
  await expectCode(t, () => w.append({ ...base, id: 9, sponsorIndex: 1 }), 'INVALID_RECORD');
  await expectCode(t, () => w.append({ ...base, id: 9, shares: 2, shareAmountCents: 1 }), 'INVALID_RECORD');
  await expectCode(t, () => w.append({ ...base, id: RECYCLED_BASE + 1 }), 'INVALID_RECORD');
  w.abort();
  t.same(readdirSync(dir), []);
  const r = new SeedWriter(join(dir, 'r.seed'), { kind: 'recycled', sponsors: ['s'], machineIndex: 3, machineName: 'gw3' });
  await expectCode(t, () => r.append({ ...base, id: recycledId(3, 0) }), 'INVALID_RECORD'); // no recycledFrom
  r.append({ ...base, id: recycledId(3, 0), recycledFrom: 17 });
  r.finish();
  t.ok(existsSync(join(dir, 'r.seed')));
  await expectCode(t, () => new SeedWriter(join(dir, 'x.seed'), { kind: 'part', sponsors: ['s'] }), 'BAD_HEADER');
});
