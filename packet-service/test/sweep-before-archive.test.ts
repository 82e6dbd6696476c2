import t from 'tap';
import Database from 'better-sqlite3';
import { DAY_MS } from '../hash.ts';
import { scanShow, shardFiles } from '../reconcile/scan.ts';
import { reconcile } from '../reconcile/report.ts';
import { book, Clock, op, pid, startService, type Seed } from './helpers.ts';

/** Refund entries of every day table, live and archived, of every shard: entry id -> count. */
function refundEntries(dataDir: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const file of shardFiles(dataDir)) {
    for (const f of [file, file.replace('.sqlite', '.archive.sqlite')]) {
      const db = new Database(f, { readonly: true });
      const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name GLOB 't_ledger_*'`).all() as { name: string }[]).map((r) => r.name);
      for (const tb of tables) {
        for (const r of db.prepare(`SELECT entry_id FROM ${tb} WHERE kind = 'refund'`).all() as { entry_id: string }[]) out.set(r.entry_id, (out.get(r.entry_id) ?? 0) + 1);
      }
      db.close();
    }
  }
  return out;
}

function archivedGroups(dataDir: string): { group_id: string; state: string }[] {
  return shardFiles(dataDir).flatMap((file) => {
    const db = new Database(file.replace('.sqlite', '.archive.sqlite'), { readonly: true });
    const tables = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name GLOB 't_group_*'`).all() as { name: string }[]).map((r) => r.name);
    const rows = tables.flatMap((tb) => db.prepare(`SELECT group_id, state FROM ${tb}`).all() as { group_id: string; state: string }[]);
    db.close();
    return rows;
  });
}

t.test('a month with the sweeper idle: every slot is settled before it is archived, every expired group refunded exactly once', async (t) => {
  const clock = new Clock(Date.UTC(2026, 0, 3, 9));
  // Random shapes and hours, one or more groups a day, 40 days: every dd slot is reused at least once.
  let seed = 0x5eed;
  const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  const { svc, dataDir } = startService(t, { shardCount: 2, groupExpiryMs: 3_600_000 + rnd(20) * 3_600_000 }, clock);
  const seeds: Seed[] = [];
  let sponsorCents = 0;
  const grabbed = new Map<string, number>();
  for (let day = 0; day < 40; day++) {
    clock.now = Date.UTC(2026, 0, 3 + day, rnd(20));
    for (let k = 0; k < 1 + rnd(3); k++) {
      const n = seeds.length + 1;
      const s: Seed = { packetId: pid(n), userId: `u${n}`, sponsorId: `s${n % 3}`, amountCents: 100 + rnd(500), shares: 3, shareAmountCents: 30 + rnd(300) };
      seeds.push(s);
      await book(svc, s);
      sponsorCents += s.amountCents + s.shareAmountCents;
      t.equal((await svc.apply(op('open', s))).outcome, 'opened');
      t.equal((await svc.apply(op('share', s))).outcome, 'shared');
      const g = await svc.grab(s.packetId, `f${n}`);
      if (g.status === 'ok') grabbed.set(s.packetId, g.amountCents);
    }
  }
  // The sweeper never ran. Slots reused during the month were settled when archived; the rest now.
  const archived = archivedGroups(dataDir);
  t.ok(archived.length >= 10, `groups archived during the month: ${archived.length}`);
  t.same(archived.filter((g) => g.state !== 'refunded'), [], 'no archived group is left open with its escrow');
  t.equal(refundEntries(dataDir).size, archived.length, 'exactly the archived groups were refunded, without a sweep');
  clock.advance(30 * DAY_MS);
  await svc.sweep();
  await svc.sweep();
  const refunds = refundEntries(dataDir);
  t.equal(refunds.size, seeds.length, 'every group refunded');
  t.ok([...refunds.values()].every((n) => n === 1), 'each exactly once');
  for (const s of seeds.slice(0, 5)) {
    t.equal(await svc.balance(s.userId), s.amountCents + s.shareAmountCents - (grabbed.get(s.packetId) ?? 0), `${s.userId}: own amount + refund of what friends left`);
  }
  await svc.close();
  const perSponsor = new Map<string, { count: number; amountCents: number }>();
  for (const s of seeds) {
    const v = perSponsor.get(s.sponsorId) ?? { count: 0, amountCents: 0 };
    perSponsor.set(s.sponsorId, { count: v.count + 1, amountCents: v.amountCents + s.amountCents + s.shareAmountCents });
  }
  t.equal([...perSponsor.values()].reduce((a, v) => a + v.amountCents, 0), sponsorCents);
  const report = reconcile(scanShow(dataDir, { perUser: 3, perSponsor: 1 }), perSponsor);
  t.same(report.differences, [], 'reconciliation over live and archived days balances');
});
