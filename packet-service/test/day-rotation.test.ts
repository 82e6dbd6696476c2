import t from 'tap';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { DAY_MS, dayNumber, daySlot } from '../hash.ts';
import { scanShow, shardFiles } from '../reconcile/scan.ts';
import { reconcile } from '../reconcile/report.ts';
import { book, Clock, op, pid, startService, type Seed } from './helpers.ts';

t.test('tables by day: a reused dd slot moves the old day to the archive; redelivery stays a no-op; reconciliation still balances', async (t) => {
  const clock = new Clock(Date.UTC(2026, 0, 5, 10));
  const { svc, dataDir } = startService(t, { shardCount: 1, groupExpiryMs: 3_600_000 }, clock);
  const P1: Seed = { packetId: pid(1), userId: 'u1', sponsorId: 's1', amountCents: 100, shares: 2, shareAmountCents: 40 };
  await book(svc, P1);
  await svc.apply(op('open', P1));
  await svc.apply(op('share', P1));
  t.equal((await svc.grab(P1.packetId, 'f1')).status, 'ok');
  const day0 = dayNumber(clock.now);

  clock.advance(DAY_MS); // next day: the packet is still found (lookup window)
  t.equal((await svc.grab(P1.packetId, 'f2')).status, 'expired', 'found a day later (and expired after 1 h)');
  await svc.sweep();

  // Jump to the next day with the same dd slot (one month later).
  let d = day0 + 28;
  while (daySlot(d) !== daySlot(day0)) d++;
  clock.now = d * DAY_MS + 3_600_000;
  const P2: Seed = { packetId: pid(2), userId: 'u2', sponsorId: 's1', amountCents: 50, shares: 0, shareAmountCents: 0 };
  await book(svc, P2);
  t.equal((await svc.apply(op('open', P2))).outcome, 'opened');
  t.same(await svc.apply(op('open', P1)), { outcome: 'too_old', repeat: true }, 'a very late redelivery pays nothing');
  const f1 = await svc.balance('f1');
  t.equal(await svc.balance('u1') + f1, 140, 'u1 own amount + refund, f1 its grab: the whole seed');
  await svc.close();

  const file = shardFiles(dataDir)[0];
  const db = new Database(file, { readonly: true });
  const live = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 't_seed_%'`).all() as { name: string }[]).map((r) => r.name);
  db.close();
  const arch = new Database(file.replace('.sqlite', '.archive.sqlite'), { readonly: true });
  const archived = (arch.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 't_seed_%'`).all() as { name: string }[]).map((r) => r.name);
  const archivedSeeds = (arch.prepare(`SELECT packet_id FROM t_seed_20260105`).all() as { packet_id: string }[]).map((r) => r.packet_id);
  arch.close();
  t.ok(live.includes(`t_seed_${daySlot(day0)}`) && live.includes(`t_seed_${daySlot(day0 + 1)}`));
  t.same(archived, ['t_seed_20260105'], 'old day archived under its date');
  t.same(archivedSeeds, [P1.packetId]);
  const report = reconcile(scanShow(dataDir, { perUser: 3, perSponsor: 1 }), new Map([['s1', { count: 2, amountCents: 190 }]]));
  t.same(report.differences, [], 'reconciliation reads live and archived days');
  t.ok(fs.existsSync(dataDir));
});
