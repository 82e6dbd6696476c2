/**
 * The seed import's rules, through the real shard writers: every record lands in
 * its shard's book exactly as the input says (seed rows and recycled rows), a
 * second import (or a rerun after a crash) adds nothing, and a record already held
 * with other content is refused with SEED_IMPORT_CONFLICT.
 */
import t from 'tap';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { shardOf, shardOfIdWords, shardOfNumericId } from '../hash.ts';
import { shardDbPath } from '../config.ts';
import { importPackets, type BookPacket } from '../seed-import.ts';
import { GENERATE_DEFAULTS, generateSeedFile } from '../../seed-splitter/generate.ts';
import { packetIdToString, parsePacketId } from '../../seed-splitter/format/ids.ts';
import { startService, tempDir } from './helpers.ts';

function randomPackets(n: number, seed: number): BookPacket[] {
  let s = seed;
  const r = (k: number) => { s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff; return s % k; };
  const out: BookPacket[] = [];
  for (let i = 0, id = 1; i < n; i++, id += 1 + r(3)) {
    const shares = r(3) === 0 ? 2 + r(5) : 0;
    out.push({ packetId: packetIdToString(id), sponsorId: `s${r(7)}`, amountCents: 1 + r(100_000), shares, shareAmountCents: shares ? shares + r(5000) : 0 });
  }
  return out;
}

interface Row { id: number; sponsor_id: string; amount_cents: number; share_amount_cents: number; shares: number; state: string; user_id: string | null; recycled_from: string | null }

function bookRows(dataDir: string, shards: number): Map<number, Row & { shard: number }> {
  const rows = new Map<number, Row & { shard: number }>();
  for (let s = 0; s < shards; s++) {
    const db = new Database(shardDbPath({ dataDir }, s), { readonly: true });
    for (const r of db.prepare('SELECT p.*, s.sponsor_id FROM t_packet p JOIN t_sponsor s ON s.idx = p.sponsor_idx').all() as Row[]) rows.set(r.id, { ...r, shard: s });
    db.close();
  }
  return rows;
}

t.test('every record lands in its shard exactly as given; a second import adds nothing', async (t) => {
  const { svc, dataDir } = startService(t);
  const packets = randomPackets(2_000, 7); // several 256-row groups per shard, and a short last one
  const recycled: BookPacket = { packetId: packetIdToString(2 ** 52 + 5), sponsorId: 's1', amountCents: 300, shares: 0, shareAmountCents: 0 };
  t.same(await importPackets(svc, packets), { inserted: 2_000, existing: 0 });
  t.same(await importPackets(svc, packets), { inserted: 0, existing: 2_000 }, 're-import: nothing duplicated');
  t.same(await importPackets(svc, [...packets.slice(0, 300), recycled]), { inserted: 1, existing: 300 }, 'a rerun with one new record adds only it');
  await svc.close();
  const rows = bookRows(dataDir, 2);
  t.equal(rows.size, 2_001);
  let wrong = 0;
  for (const p of [...packets, recycled]) {
    const id = parsePacketId(p.packetId);
    const r = rows.get(id);
    if (!r || r.shard !== shardOfNumericId(id, 2) || r.sponsor_id !== p.sponsorId || r.amount_cents !== p.amountCents || r.shares !== p.shares
      || r.share_amount_cents !== p.shareAmountCents || r.state !== 'in_pool' || r.user_id !== null || r.recycled_from !== null) wrong++;
  }
  t.equal(wrong, 0, 'every row as given, in its shard, in_pool, no owner');
});

t.test('a record held with other content is refused, naming the packet', async (t) => {
  const { svc } = startService(t);
  const packets = randomPackets(600, 11);
  await importPackets(svc, packets);
  const changed = packets.map((p, i) => (i === 450 ? { ...p, amountCents: p.amountCents + 1 } : p));
  await t.rejects(importPackets(svc, changed), { code: 'SEED_IMPORT_CONFLICT', details: { packetId: packets[450].packetId } });
  await t.rejects(importPackets(svc, [{ ...packets[3], sponsorId: 'other' }]), { code: 'SEED_IMPORT_CONFLICT' });
});

t.test('a seed file imports once, each record in its shard; a rerun adds nothing', async (t) => {
  const dir = tempDir('ps-seed-file-');
  const file = path.join(dir, 'original.seed');
  generateSeedFile({ ...GENERATE_DEFAULTS, out: file, count: 20_000 });
  const { svc, dataDir } = startService(t);
  const first = await svc.importSeedFiles([file]);
  t.match(first, { records: 20_000, inserted: 20_000, existing: 0 });
  t.match(await svc.importSeedFiles([file]), { records: 20_000, inserted: 0, existing: 20_000 });
  await svc.close();
  const rows = [...bookRows(dataDir, 2).values()];
  t.equal(rows.length, 20_000);
  t.ok(rows.every((r) => r.shard === shardOfNumericId(r.id, 2) && r.state === 'in_pool'), 'each row in its shard, in_pool');
});

t.test('routing from the id words of a record matches the string form', async (t) => {
  let x = 12345;
  const rnd = (k: number) => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return x % k; };
  const ids = [1, 15, 16, 2 ** 24 - 1, 2 ** 24, 2 ** 32 - 1, 2 ** 32, 2 ** 52 - 1, 2 ** 52, 2 ** 53 - 1,
    ...Array.from({ length: 3000 }, () => 1 + rnd(2 ** 21) * 2 ** 32 + rnd(2 ** 32))];
  const bad = ids.filter((id) => [1, 2, 3, 7, 64].some((n) => shardOfIdWords(id % 2 ** 32, Math.floor(id / 2 ** 32), n) !== shardOf(packetIdToString(id), n)));
  t.same(bad, []);
});

t.test('an import returns once its rows are in the database file of each shard (WAL checkpointed and emptied)', async (t) => {
  const dir = tempDir('ps-seed-durable-');
  const file = path.join(dir, 'original.seed');
  generateSeedFile({ ...GENERATE_DEFAULTS, out: file, count: 150_000 }); // several chunks per shard
  const { svc, dataDir } = startService(t);
  t.match(await svc.importSeedFiles([file]), { records: 150_000, inserted: 150_000 });
  for (let s = 0; s < 2; s++) {
    const wal = `${shardDbPath({ dataDir }, s)}-wal`;
    t.equal(fs.existsSync(wal) ? fs.statSync(wal).size : 0, 0, `shard ${s}: nothing left only in the WAL`);
  }
  const opened = await svc.apply({ opId: 'open:1', entryId: 'gw1:open:1', kind: 'open', roundId: 'r1', userId: 'u1', ...await firstPacket(dataDir) });
  t.equal(opened.outcome, 'opened', 'the service works on after the import (configured sync settings back)');
});

async function firstPacket(dataDir: string): Promise<{ packetId: string; sponsorId: string; amountCents: number; shares: number; shareAmountCents: number }> {
  const r = [...bookRows(dataDir, 2).values()].find((x) => x.shares === 0)!;
  return { packetId: packetIdToString(r.id), sponsorId: r.sponsor_id, amountCents: r.amount_cents, shares: 0, shareAmountCents: 0 };
}

t.test('packets given as objects keep shares wider than the seed file field (up to 2^32-1)', async (t) => {
  const { svc, dataDir } = startService(t);
  const wide: BookPacket[] = [2_000_000, 65_536, 0xffffffff].map((shares, i) => ({ packetId: packetIdToString(900 + i), sponsorId: 's0', amountCents: 1, shares, shareAmountCents: shares }));
  t.same(await importPackets(svc, wide), { inserted: 3, existing: 0 });
  t.same(await importPackets(svc, wide), { inserted: 0, existing: 3 }, 'the held rows compare equal');
  await t.rejects(importPackets(svc, [{ ...wide[0], shares: 2_000_001 }]), { code: 'SEED_IMPORT_CONFLICT' });
  await svc.close();
  const rows = bookRows(dataDir, 2);
  t.same(wide.map((p) => rows.get(parsePacketId(p.packetId))?.shares), [2_000_000, 65_536, 0xffffffff]);
});
