/**
 * The packet book and the final caps: only packets the book holds, as it holds
 * them, pay; a packet pays one user only, whatever the lookup window; an
 * operation the book rejects takes no cap slot. Randomized and concurrent.
 */
import t from 'tap';
import Database from 'better-sqlite3';
import { shardOf, shardOfNumericId } from '../hash.ts';
import { scanShow, shardFiles } from '../reconcile/scan.ts';
import { formatReport, reconcile } from '../reconcile/report.ts';
import { packetIdToString, RECYCLED_BASE } from '../../seed-splitter/format/ids.ts';
import { book, Clock, op, pid, startService, type Seed } from './helpers.ts';

function rng(seed: number) {
  let s = seed;
  return (n: number) => { s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff; return s % n; };
}

t.test('unknown packet ids and raised amounts pay nothing, are kept with their reason and counted', async (t) => {
  const { svc } = startService(t);
  const real: Seed = { packetId: pid(5), userId: 'u1', sponsorId: 's1', amountCents: 100, shares: 2, shareAmountCents: 40 };
  await book(svc, real);
  const forged: Seed = { packetId: pid(4_000_000), userId: 'u1', sponsorId: 's1', amountCents: 987_654_321, shares: 0, shareAmountCents: 0 };
  t.same(await svc.apply(op('open', forged)), { outcome: 'rejected:unknown_packet', repeat: false });
  t.same(await svc.apply(op('open', forged)), { outcome: 'rejected:unknown_packet', repeat: true }, 'a redelivery answers the same, counted once');
  t.equal((await svc.apply({ ...op('open', forged), opId: 'x', packetId: 'not-an-id' })).outcome, 'rejected:unknown_packet');
  for (const raised of [{ amountCents: 101 }, { shareAmountCents: 41 }, { shares: 3 }, { sponsorId: 's2' }]) {
    t.equal((await svc.apply({ ...op('open', { ...real, ...raised }), opId: `raised:${JSON.stringify(raised)}` })).outcome, 'rejected:content_differs');
  }
  t.equal(await svc.balance('u1'), 0, 'nothing paid');
  t.same(svc.rejectedCounts(), { unknown_packet: 2, content_differs: 4 });
  t.equal((await svc.apply(op('open', real))).outcome, 'opened', 'the real packet still pays, at its seed amount');
  t.equal(await svc.balance('u1'), 100);
  t.equal((await svc.apply(op('open', real))).repeat, true);
  const wide: Seed = { packetId: pid(6), userId: 'u2', sponsorId: 's1', amountCents: 1, shares: 2_000_000, shareAmountCents: 200_000_000 };
  await book(svc, wide);
  t.equal((await svc.apply(op('open', wide))).outcome, 'opened', 'shares beyond 16 bits are held as they are');
});

t.test('a packet pays one user, even long after the lookup window; a rejection takes no cap slot', async (t) => {
  const clock = new Clock(Date.UTC(2026, 2, 1, 8));
  const rnd = rng(0xcafe);
  const { svc } = startService(t, { shardCount: 3, groupExpiryMs: 3_600_000, shareDeadlineMs: 60_000 }, clock);
  const users = Array.from({ length: 12 }, (_, i) => `u${i}`);
  const seeds: Seed[] = Array.from({ length: 30 }, (_, i) => ({ packetId: pid(100 + i), userId: users[i % users.length], sponsorId: `s${i % 5}`,
    amountCents: 1 + rnd(900), shares: 0, shareAmountCents: 0 }));
  await book(svc, ...seeds);
  const paid = new Map<string, number>();
  for (const s of seeds) {
    const r = await svc.apply(op('open', s));
    if (r.outcome === 'opened') paid.set(s.userId, (paid.get(s.userId) ?? 0) + s.amountCents);
  }
  const before = await Promise.all(users.map((u) => svc.balance(u)));
  t.same(before, users.map((u) => paid.get(u) ?? 0));
  // 5 to 40 days later (some day tables archived), every packet id arrives again under another user.
  for (const jump of [5, 17, 40]) {
    clock.now = Date.UTC(2026, 2, 1 + jump, 8);
    await svc.sweep();
    for (const s of seeds) {
      const other = users[(users.indexOf(s.userId) + 1 + rnd(users.length - 1)) % users.length];
      const r = await svc.apply({ ...op('open', { ...s, userId: other }), opId: `late:${jump}:${s.packetId}` });
      t.equal(r.outcome, 'rejected:other_user', `${s.packetId} under ${other} after ${jump} days`);
    }
  }
  t.same(await Promise.all(users.map((u) => svc.balance(u))), before, 'nothing paid twice');
  // New users first send operations for packets that are not theirs (rejected), then open their own three: all admitted.
  for (const u of users) {
    const nu = `${u}-new`;
    for (const s of seeds.slice(0, 4)) {
      t.equal((await svc.apply({ ...op('open', { ...s, userId: nu }), opId: `steal:${nu}:${s.packetId}` })).outcome, 'rejected:other_user');
    }
    const own: Seed[] = [0, 1, 2].map((k) => ({ packetId: pid(10_000 + users.indexOf(u) * 3 + k), userId: nu, sponsorId: `s${k}`, amountCents: 7, shares: 0, shareAmountCents: 0 }));
    await book(svc, ...own);
    const got = await Promise.all(own.map((x) => svc.apply(op('open', x))));
    t.same(got.map((r) => r.outcome), ['opened', 'opened', 'opened'], `${nu}: rejected operations took no cap slot`);
  }
});

t.test('concurrent opens of one packet by different users: exactly one paid, the others keep their cap slots', async (t) => {
  const { svc } = startService(t, { shardCount: 4 });
  const rnd = rng(7);
  for (let round = 0; round < 20; round++) {
    const contenders = Array.from({ length: 2 + rnd(5) }, (_, i) => `r${round}-u${i}`);
    const P: Seed = { packetId: pid(50_000 + round), userId: '', sponsorId: 'sx', amountCents: 1 + rnd(1000), shares: 0, shareAmountCents: 0 };
    await book(svc, P);
    const rs = await Promise.all(contenders.map((u) => svc.apply({ ...op('open', { ...P, userId: u }), opId: `${round}:${u}` })));
    t.equal(rs.filter((r) => r.outcome === 'opened').length, 1, `round ${round}: one winner of ${contenders.length}`);
    t.ok(rs.every((r) => r.outcome === 'opened' || r.outcome === 'rejected:other_user'));
    const paid = await Promise.all(contenders.map((u) => svc.balance(u)));
    t.equal(paid.reduce((a, b) => a + b, 0), P.amountCents, 'paid once');
    // Every loser still has all three slots (and its one slot for sponsor sx).
    const losers = contenders.filter((_, i) => rs[i].outcome !== 'opened');
    for (const u of losers) {
      const own: Seed[] = ['sx', 'sy', 'sz'].map((sp, k) => ({ packetId: pid(900_000 + round * 100 + contenders.indexOf(u) * 4 + k), userId: u, sponsorId: sp,
        amountCents: 1, shares: 0, shareAmountCents: 0 }));
      await book(svc, ...own);
      const got = await Promise.all(own.map((s) => svc.apply(op('open', s))));
      t.same(got.map((r) => r.outcome), ['opened', 'opened', 'opened'], `${u} lost the race but keeps its caps`);
    }
  }
});

t.test('shard routing without the string form matches the string form', async (t) => {
  const rnd = rng(99);
  const ids = [1, 15, 16, 2 ** 24, 2 ** 52 - 1, RECYCLED_BASE, 2 ** 53 - 1, ...Array.from({ length: 2000 }, () => 1 + rnd(2 ** 31) * 2 ** 21 + rnd(2 ** 21))];
  const bad = ids.filter((id) => [1, 2, 3, 7, 64].some((n) => shardOf(packetIdToString(id), n) !== shardOfNumericId(id, n)));
  t.same(bad, []);
});

t.test('reconciliation per packet: rejected operations shown, a planted cent found and named', async (t) => {
  const { svc, dataDir } = startService(t, { shardCount: 2 });
  const seeds: Seed[] = Array.from({ length: 12 }, (_, i) => ({ packetId: pid(300 + i), userId: `u${i}`, sponsorId: `s${i % 2}`, amountCents: 100 + i, shares: 0, shareAmountCents: 0 }));
  await book(svc, ...seeds);
  for (const s of seeds.slice(0, 8)) await svc.apply(op('open', s));
  await svc.apply(op('open', { ...seeds[0], packetId: pid(999_999), amountCents: 9_876_543_21 }));
  await svc.close();
  const totals = new Map<string, { count: number; amountCents: number }>();
  for (const s of seeds) {
    const v = totals.get(s.sponsorId) ?? { count: 0, amountCents: 0 };
    totals.set(s.sponsorId, { count: v.count + 1, amountCents: v.amountCents + s.amountCents });
  }
  const good = reconcile(scanShow(dataDir, { perUser: 3, perSponsor: 1 }), totals);
  t.same(good.differences, []);
  t.same(good.scan.rejected.map((r) => [r.packetId, r.reason]), [[pid(999_999), 'unknown_packet']], 'the forged operation is shown');
  t.same(Object.fromEntries([...good.scan.book!].map(([k, v]) => [k, { opened: v.states.opened?.count, in_pool: v.states.in_pool?.count }])),
    { s0: { opened: 4, in_pool: 2 }, s1: { opened: 4, in_pool: 2 } }, 'counts per state');
  t.match(formatReport(good, 'test'), /packets per state[\s\S]*s0: seeded 6\/[\s\S]*rejected operations \(paid nothing\): 1/);
  // Plant one cent on a paid packet: seed row, its open entry and the balance all agree with each other.
  const victim = seeds[3];
  for (const file of shardFiles(dataDir)) {
    const db = new Database(file);
    for (const { name } of db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name GLOB 't_seed_*'`).all() as { name: string }[]) {
      if (db.prepare(`UPDATE ${name} SET amount_cents = amount_cents + 1 WHERE packet_id = ?`).run(victim.packetId).changes) {
        db.prepare(`UPDATE ${name.replace('seed', 'ledger')} SET amount_cents = amount_cents + 1 WHERE entry_id = ?`).run(`open:${victim.packetId}`);
        db.prepare(`UPDATE t_balance SET balance = balance + 1 WHERE account = ?`).run(`user:${victim.userId}`);
        db.prepare(`UPDATE t_balance SET balance = balance - 1 WHERE account = ?`).run(`sponsor:${victim.sponsorId}`);
      }
    }
    db.close();
  }
  const bad = reconcile(scanShow(dataDir, { perUser: 3, perSponsor: 1 }), totals);
  t.ok(bad.differences.some((d) => d.includes(`packet ${victim.packetId}`)), `the planted cent names the packet: ${bad.differences.join('; ')}`);
});
