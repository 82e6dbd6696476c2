import t from 'tap';
import Database from 'better-sqlite3';
import { RECYCLED_BASE, parsePacketId } from '../../seed-splitter/format/ids.ts';
import { scanShow, shardFiles } from '../reconcile/scan.ts';
import { reconcile } from '../reconcile/report.ts';
import { DAY_MS } from '../hash.ts';
import { book, Clock, op, pid, startService, type Seed } from './helpers.ts';

const caps = { perUser: 3, perSponsor: 1 };

t.test('open, share, grab, caps, recycle, expiry refund, redelivery, reconciliation', async (t) => {
  const clock = new Clock();
  const { svc, dataDir } = startService(t, { shardCount: 4, shareDeadlineMs: 60_000, groupExpiryMs: DAY_MS }, clock);
  const P1: Seed = { packetId: pid(1), userId: 'u1', sponsorId: 's1', amountCents: 500, shares: 5, shareAmountCents: 1000 };
  const P2: Seed = { packetId: pid(2), userId: 'u1', sponsorId: 's2', amountCents: 300, shares: 0, shareAmountCents: 0 };
  const P3: Seed = { packetId: pid(3), userId: 'u1', sponsorId: 's3', amountCents: 100, shares: 2, shareAmountCents: 50 };
  const P4: Seed = { packetId: pid(4), userId: 'u1', sponsorId: 's4', amountCents: 70, shares: 1, shareAmountCents: 30 };
  const P5: Seed = { packetId: pid(5), userId: 'u2', sponsorId: 's1', amountCents: 200, shares: 3, shareAmountCents: 300 };
  const P6: Seed = { packetId: pid(6), userId: 'u2', sponsorId: 's1', amountCents: 80, shares: 2, shareAmountCents: 20 };

  const P8: Seed = { packetId: pid(8), userId: '-', sponsorId: 's1', amountCents: 999, shares: 0, shareAmountCents: 0 };
  await book(svc, P1, P2, P3, P4, P5, P6, P8);
  const ops = [op('open', P1), op('share', P1), op('open', P2), op('open', P3), op('open', P4), op('share', P4),
    op('open', P5), op('share', P5), op('open', P6), op('share', P6)];
  const first = [];
  for (const o of ops) first.push(await svc.apply(o));
  t.same(first.map((r) => r.outcome), ['opened', 'shared', 'opened', 'opened', 'refused', 'refused', 'opened', 'shared', 'refused', 'refused']);
  const before = [await svc.balance('u1'), await svc.balance('u2')];
  t.same(before, [900, 200], 'own amounts credited; refused packets never paid');
  const again = await Promise.all(ops.map((o) => svc.apply(o)));
  t.ok(again.every((r) => r.repeat), 'redelivered operations are recognised');
  t.same(again.map((r) => r.outcome), first.map((r) => r.outcome), 'and answer the first outcome');
  t.same([await svc.balance('u1'), await svc.balance('u2')], before, 'redelivery changes nothing');

  // Grabs on P1: three friends, one repeat.
  const g1 = await svc.grab(P1.packetId, 'f1');
  const g2 = await svc.grab(P1.packetId, 'f2');
  const g1b = await svc.grab(P1.packetId, 'f1');
  t.equal(g1.status, 'ok');
  t.same(g1b, { ...g1, repeat: true }, 'a repeat grab returns the first result');
  const g3 = await svc.grab(P1.packetId, 'f3');
  t.same((await svc.grab(pid(99), 'f1')).status, 'not_found');
  t.same((await svc.grab(P2.packetId, 'f1')).status, 'not_found', 'no group for an unsplit packet');

  // P5 fully grabbed; best luck only then.
  const before5 = await svc.detail(P5.packetId, 0);
  t.equal(before5.bestLuck, null);
  const r5 = await Promise.all(['a', 'b', 'c', 'd'].map((u) => svc.grab(P5.packetId, u)));
  t.same(r5.map((r) => r.status).sort(), ['empty', 'ok', 'ok', 'ok']);
  const d5 = await svc.detail(P5.packetId, 0);
  t.equal(d5.grabs.reduce((a, g) => a + g.amountCents, 0), 300);
  t.equal(d5.bestLuck?.amountCents, Math.max(...d5.grabs.map((g) => g.amountCents)));
  await t.rejects(svc.detail(P5.packetId, 2), { code: 'DETAIL_PAGE_LIMIT' });

  // Share deadline passes for P3 -> recycled; P3's late SHARE is refused.
  clock.advance(61_000);
  const sw1 = await svc.sweep();
  t.same({ recycled: sw1.recycled, recycledCents: sw1.recycledCents, refunded: sw1.refunded }, { recycled: 1, recycledCents: 50, refunded: 0 });
  t.equal((await svc.apply(op('share', P3))).outcome, 'share_too_late');
  const rec = await svc.recycled(undefined);
  t.same(rec.items.map((i) => [i.packetId, i.amountCents, i.reason]).sort(),
    [[P3.packetId, 50, 'unshared'], [P4.packetId, 100, 'cap_user'], [P6.packetId, 100, 'cap_sponsor']].sort());
  t.same((await svc.recycled(rec.next)).items, [], 'cursor moves past what was read');

  // The money side minted one packet per returned amount (ids with bit 52 set): whole packets keep their shape.
  const mints = new Map(rec.items.map((i) => [i.packetId, i.mint]));
  t.same(mints.get(P4.packetId), { packetId: mints.get(P4.packetId)?.packetId, amountCents: 70, shares: 1, shareAmountCents: 30 }, 'refused P4 comes back whole');
  t.same(mints.get(P3.packetId), { packetId: mints.get(P3.packetId)?.packetId, amountCents: 50, shares: 0, shareAmountCents: 0 }, 'P3 unshared 50 cents: one plain packet');
  t.ok([...mints.values()].every((m) => m && parsePacketId(m.packetId) >= RECYCLED_BASE), 'recycled ids');
  // The agent re-feeds P3's 50 cents under the minted id; it is opened by u3.
  const R1: Seed = { packetId: mints.get(P3.packetId)!.packetId, userId: 'u3', sponsorId: 's3', amountCents: 50, shares: 0, shareAmountCents: 0 };
  t.equal((await svc.apply(op('open', R1))).outcome, 'opened');
  t.match((await svc.apply({ ...op('open', R1), opId: 'forged', amountCents: 51 })).outcome, 'rejected:content_differs', 'a raised amount pays nothing');

  // P1 expires: the rest is refunded to u1 exactly once; later grabs see "expired".
  clock.advance(DAY_MS);
  const grabbed = [g1, g2, g3].reduce((a, g) => a + (g.status === 'ok' ? g.amountCents : 0), 0);
  const sw2 = await svc.sweep();
  t.equal(sw2.refundedCents, 1000 - grabbed, 'P1 rest refunded');
  t.equal((await svc.sweep()).refunded, 0, 'never refunded twice');
  t.equal((await svc.grab(P1.packetId, 'f9')).status, 'expired');
  t.equal(await svc.balance('u1'), 900 + (1000 - grabbed));
  const d1 = await svc.detail(P1.packetId, 0);
  t.same({ state: d1.group?.state, refunded: d1.group?.refundedCents, remaining: d1.group?.remainingCents }, { state: 'refunded', refunded: 1000 - grabbed, remaining: 0 });

  await svc.close();
  const totals = new Map([
    ['s1', { count: 4, amountCents: 1500 + 500 + 100 + 999 }], // P8 (999) never seen
    ['s2', { count: 1, amountCents: 300 }], ['s3', { count: 1, amountCents: 150 }], ['s4', { count: 1, amountCents: 100 }],
  ]);
  const report = reconcile(scanShow(dataDir, caps), totals);
  t.same(report.differences, [], 'reconciliation balances');
  const s1 = report.lines.find((l) => l.sponsorId === 's1')!;
  const live = (l: typeof s1) => Object.fromEntries(Object.entries(l.states).filter(([, v]) => v.count > 0));
  // P8 never opened and P6's mint (refused at the sponsor cap, back whole) are in the pool; P5 was grabbed empty.
  t.same(live(s1), { in_pool: { count: 2, cents: 999 + 100 }, shared: { count: 1, cents: 500 }, refunded: { count: 1, cents: 1500 },
    recycled: { count: 1, cents: 100 } }, 'never-opened packets are counted in_pool, per state');
  t.same({ pool: s1.pool, recycled: s1.recycled, minted: s1.minted }, { pool: 1099, recycled: 100, minted: { count: 1, cents: 100 } });
  const s3 = report.lines.find((l) => l.sponsorId === 's3')!;
  t.same(live(s3), { recycled: { count: 1, cents: 150 }, opened: { count: 1, cents: 50 } }, 'P3 recycled its split; its mint R1 opened');
  t.equal(s3.pool, 0, 'recycled money re-issued is not counted twice');

  // Any tampering is found.
  const file = shardFiles(dataDir)[0];
  const db = new Database(file);
  db.prepare(`UPDATE t_balance SET balance = balance + 1 WHERE account = (SELECT account FROM t_balance LIMIT 1)`).run();
  db.close();
  const bad = reconcile(scanShow(dataDir, caps), totals);
  t.ok(bad.differences.some((d) => d.includes('!= entries')), 'a balance not matching its entries is reported');
  const wrongTotals = new Map(totals);
  wrongTotals.set('s2', { count: 1, amountCents: 301 });
  t.ok(reconcile(scanShow(dataDir, caps), wrongTotals).differences.some((d) => d.startsWith('sponsor s2')), 'a cent missing from a sponsor is reported');
});

t.test('a SHARE arriving before its OPEN admits the packet once', async (t) => {
  const { svc } = startService(t);
  const P: Seed = { packetId: pid(11), userId: 'u9', sponsorId: 's1', amountCents: 10, shares: 2, shareAmountCents: 2 };
  await book(svc, P);
  t.equal((await svc.apply(op('share', P))).outcome, 'shared');
  t.equal((await svc.apply(op('open', P))).outcome, 'opened');
  t.equal(await svc.balance('u9'), 10);
  const mismatch = await svc.apply({ ...op('open', P), opId: 'open:other', amountCents: 11 });
  t.equal(mismatch.outcome, 'rejected:content_differs', 'same packet id with different content pays nothing');
  t.equal(await svc.balance('u9'), 10);
});
