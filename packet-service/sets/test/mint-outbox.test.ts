/**
 * Recycled money minted for another SET, on the shard databases themselves: the
 * outbox row is written with the recycled record or not at all, survives a restart,
 * and the record is exported only once its MINT is published (in recycled order);
 * the target adds the packet once, with exactly its content, and refuses any other.
 */
import t from 'tap';
import fs from 'node:fs';
import path from 'node:path';
import { ShardStore } from '../../shard/store.ts';
import { recordRecycled } from '../../shard/money-moves.ts';
import { recycledSince } from '../../shard/sweep-ops.ts';
import { importMint, markMintsPublished, mintOutbox } from '../../shard/mint-ops.ts';
import { decodeEntry, encodeMintEntry } from '../../journal-codec.ts';
import { pid, tempDir } from '../../test/helpers.ts';
import { setInId } from '../set-of-packet.ts';

function open(dir: string, name: string, set: number, mintInto: number[]): ShardStore {
  const file = path.join(dir, `${name}.sqlite`);
  const s = new ShardStore({ shard: 0, shardCount: 1, path: file, archivePath: file.replace(/\.sqlite$/, '.archive.sqlite'), lookupDays: 3, synchronous: 'NORMAL' });
  s.book.mintSet = set;
  s.book.mintInto = mintInto;
  return s;
}

const recycle = (s: ShardStore, n: number) => s.db.transaction(() => recordRecycled(s, { packetId: pid(n), sponsorId: 's1', userId: `u${n}`, amountCents: 40 + n,
  shares: 0, reason: 'share_deadline', nowMs: 1000 + n }))();

t.test('the outbox row goes with its recycled record; exported only once published', async (t) => {
  const dir = tempDir('ps-mintout-');
  t.teardown(() => fs.rmSync(dir, { recursive: true, force: true }));
  let a = open(dir, 'a', 0, [1]);
  recycle(a, 1);
  t.throws(() => a.db.transaction(() => { recordRecycled(a, { packetId: pid(2), sponsorId: 's1', userId: 'u2', amountCents: 42, shares: 0, reason: 'share_deadline', nowMs: 1 }); throw new Error('crash'); })());
  t.same(mintOutbox(a, 10).map((r) => r.recycledFrom), [pid(1)], 'a rolled back recycle left no outbox row');
  recycle(a, 2);
  recycle(a, 3);
  a.close();
  a = open(dir, 'a', 0, [1]);
  t.teardown(() => { if (a.db.open) a.close(); });
  const rows = mintOutbox(a, 10);
  t.same(rows.map((r) => r.recycledFrom), [pid(1), pid(2), pid(3)], 'pending rows survive a restart, in recycled order');
  t.ok(rows.every((r) => r.targetSet === 1 && setInId(r.packetId) === 1), 'each new id carries the SET that pays it');
  t.same(rows.map((r) => r.amountCents), [41, 42, 43]);
  t.equal(a.book.get(rows[0].packetId), undefined, 'the minting SET\'s book does not hold it');

  t.same(recycledSince(a, 0, 100), [], 'nothing exported before the first MINT is published');
  markMintsPublished(a, [rows[0].packetId, rows[2].packetId], 5000);
  t.same(recycledSince(a, 0, 100).map((r) => r.packetId), [pid(1)], 'export stops before the first unpublished one');
  t.equal(markMintsPublished(a, [rows[1].packetId, rows[1].packetId], 5001), 1, 'marking again changes nothing');
  const items = recycledSince(a, 0, 100);
  t.same(items.map((r) => r.mint?.packetId), rows.map((r) => r.packetId), 'all exported, each with its mint');
  t.same(mintOutbox(a, 10), []);
});

t.test('the target adds a MINT once, with its exact content; a conflicting one is refused', async (t) => {
  const dir = tempDir('ps-mintin-');
  t.teardown(() => fs.rmSync(dir, { recursive: true, force: true }));
  const a = open(dir, 'a', 0, [1]);
  const b = open(dir, 'b', 1, [1]);
  t.teardown(() => { a.close(); b.close(); });
  recycle(a, 7);
  const [row] = mintOutbox(a, 10);
  const e = decodeEntry(encodeMintEntry(row, 9).data);
  t.same(e, { type: 'mint', mint: { packetId: row.packetId, recycledFrom: pid(7), sponsorId: 's1', amountCents: 47, shares: 0, shareAmountCents: 0 } }, 'the MINT entry carries the record');
  if (e.type !== 'mint') throw new Error('not a MINT entry');
  const m = e.mint;
  t.same(b.db.transaction(() => importMint(b, m, 10))(), { outcome: 'minted', repeat: false });
  t.same(b.db.transaction(() => importMint(b, m, 11))(), { outcome: 'minted', repeat: true }, 'a redelivery changes nothing');
  t.match(b.book.get(m.packetId), { state: 'in_pool', amount_cents: 47, recycled_from: pid(7), user_id: null });
  t.throws(() => importMint(b, { ...m, amountCents: 48 }, 12), { code: 'MINT_CONFLICT' }, 'another record under the same id is refused');
  t.throws(() => importMint(b, { ...m, recycledFrom: pid(8) }, 12), { code: 'MINT_CONFLICT' });
  t.throws(() => importMint(a, m, 12), { code: 'MINT_CONFLICT' }, 'a SET adds only ids minted for it');
  t.throws(() => importMint(b, { ...m, packetId: pid(99) }, 12), { code: 'MINT_CONFLICT' }, 'a seed id is never minted');
  t.match(b.book.get(m.packetId), { amount_cents: 47 }, 'the first record stands');
});
