/**
 * Issued packets and their expiry: ISSUE entries move a book packet to issued;
 * an issued packet never opened expires once the watermarks pass its token
 * expiry, exactly once (recycled once, re-minted once under a new id), and the
 * old id never pays. Randomized interleavings of issue / open / expiry, with
 * concurrent submissions, end with every packet in exactly one state.
 */
import t from 'tap';
import Database from 'better-sqlite3';
import { scanShow, shardFiles } from '../reconcile/scan.ts';
import { formatReport, reconcile } from '../reconcile/report.ts';
import type { IssueOp } from '../shard/messages.ts';
import { book, op, pid, startService, type Seed } from './helpers.ts';

const TTL = 60_000;

function issueOf(s: Seed, gatewayId: string, expiresAtMs: number): IssueOp {
  return { entryId: `${gatewayId}:issued:${s.packetId}`, packetId: s.packetId, userId: s.userId, sponsorId: s.sponsorId, amountCents: s.amountCents,
    shares: s.shares, shareAmountCents: s.shareAmountCents, gatewayId, tokenExpiresAtMs: expiresAtMs };
}

function bookRows(dataDir: string): { id: number; state: string; recycled_from: string | null; amount_cents: number; share_amount_cents: number }[] {
  return shardFiles(dataDir).flatMap((f) => {
    const db = new Database(f, { readonly: true });
    try { return db.prepare('SELECT id, state, recycled_from, amount_cents, share_amount_cents FROM t_packet').all() as never[]; } finally { db.close(); }
  });
}

function recycledRows(dataDir: string): { packet_id: string; reason: string; amount_cents: number }[] {
  return shardFiles(dataDir).flatMap((f) => {
    const db = new Database(f, { readonly: true });
    try { return db.prepare('SELECT packet_id, reason, amount_cents FROM t_recycled').all() as never[]; } finally { db.close(); }
  });
}

t.test('issued never opened: expires once after the watermarks pass, re-minted once, the old id never pays', async (t) => {
  const { svc, clock, dataDir } = startService(t);
  const s: Seed = { packetId: pid(11), userId: 'u1', sponsorId: 's1', amountCents: 300, shares: 2, shareAmountCents: 50 };
  const opened: Seed = { packetId: pid(12), userId: 'u2', sponsorId: 's1', amountCents: 100, shares: 0, shareAmountCents: 0 };
  await book(svc, s, opened);
  const exp = clock.now + TTL;
  t.same(await svc.issue(issueOf(s, 'gw-1', exp)), { outcome: 'issued', repeat: false });
  t.same(await svc.issue(issueOf(s, 'gw-1', exp)), { outcome: 'issued', repeat: true }, 'a redelivered ISSUE changes nothing');
  t.equal((await svc.issue({ ...issueOf(s, 'gw-2', exp), userId: 'u9' })).outcome, 'rejected:other_user', 'another user for an issued packet is rejected');
  t.equal((await svc.issue({ ...issueOf(s, 'gw-1', exp), entryId: 'x', amountCents: 301 })).outcome, 'rejected:content_differs');
  await svc.issue(issueOf(opened, 'gw-1', exp));
  t.equal((await svc.apply(op('open', opened))).outcome, 'opened');
  t.same(await svc.expireIssued({ 'gw-1': exp - 1 }, exp - 1), { expired: 0, expiredCents: 0 }, 'not before the watermark passes the token expiry');
  t.same(await svc.expireIssued({ 'gw-2': exp }, exp), { expired: 0, expiredCents: 0 }, 'not while its issuing gateway has no watermark');
  t.same(await svc.expireIssued({ 'gw-1': exp, 'gw-2': exp }, exp), { expired: 1, expiredCents: 350 });
  t.same(await svc.expireIssued({ 'gw-1': exp + TTL }, exp + TTL), { expired: 0, expiredCents: 0 }, 'exactly once');
  const late = await svc.apply(op('open', s));
  t.equal(late.outcome, 'rejected:expired', 'an open arriving after expiry pays nothing');
  t.equal(await svc.balance('u1'), 0);
  const rows = bookRows(dataDir);
  const mints = rows.filter((r) => r.recycled_from === s.packetId);
  t.equal(mints.length, 1, 're-minted once');
  t.same([mints[0].state, mints[0].amount_cents, mints[0].share_amount_cents], ['in_pool', 300, 50], 'same shape, back in the pool');
  t.same(recycledRows(dataDir).filter((r) => r.reason === 'expired'), [{ packet_id: s.packetId, reason: 'expired', amount_cents: 350 }]);
  const { items } = await svc.recycled(undefined);
  t.equal(items.filter((i) => i.reason === 'expired' && i.mint?.amountCents === 300).length, 1, 'exported for the agent to feed');
  const report = reconcile(scanShow(dataDir, { perUser: 3, perSponsor: 1 }), new Map([['s1', { count: 2, amountCents: 450 }]]));
  t.ok(report.ok, formatReport(report, 'test'));
  t.same(report.scan.book?.get('s1')?.states.expired, { count: 1, cents: 350 }, 'the report counts the expired packet');
});

t.test('an open before its ISSUE entry: stays opened, never expires', async (t) => {
  const { svc, clock } = startService(t);
  const s: Seed = { packetId: pid(21), userId: 'u1', sponsorId: 's1', amountCents: 100, shares: 0, shareAmountCents: 0 };
  await book(svc, s);
  t.equal((await svc.apply(op('open', s))).outcome, 'opened');
  t.equal((await svc.issue(issueOf(s, 'gw-1', clock.now + 1))).outcome, 'opened');
  t.same(await svc.expireIssued({ 'gw-1': clock.now + TTL }, clock.now + TTL), { expired: 0, expiredCents: 0 });
  t.equal(await svc.balance('u1'), 100);
});

t.test('randomized, concurrent: every packet ends in one state; expired = issued and never opened; one mint each', async (t) => {
  for (const seed of [1, 2, 3]) {
    const { svc, clock, dataDir } = startService(t);
    let x = seed;
    const rnd = (n: number) => { x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff; return x % n; };
    const seeds: Seed[] = Array.from({ length: 120 }, (_, i) => ({ packetId: pid(1000 + i), userId: `u${i}`, sponsorId: `s${i % 4}`, amountCents: 10 + rnd(500), shares: 0, shareAmountCents: 0 }));
    await book(svc, ...seeds);
    const exp = clock.now + TTL;
    const fate = seeds.map(() => rnd(4)); // 0 in pool, 1 issued only, 2 issued + opened, 3 opened without ISSUE
    const work: Promise<unknown>[] = [];
    seeds.forEach((s, i) => {
      if (fate[i] === 1 || fate[i] === 2) work.push(svc.issue(issueOf(s, `gw-${i % 2}`, exp)));
      if (fate[i] >= 2) work.push(svc.apply(op('open', s)));
      if (rnd(3) === 0) work.push(svc.expireIssued({ 'gw-0': exp - 1, 'gw-1': exp - 1 }, exp - 1));
    });
    await Promise.all(work);
    const ends = await Promise.all([svc.expireIssued({ 'gw-0': exp, 'gw-1': exp }, exp), svc.expireIssued({ 'gw-0': exp, 'gw-1': exp }, exp)]);
    t.equal(ends[0].expired + ends[1].expired, fate.filter((f) => f === 1).length, `seed ${seed}: each issued-never-opened packet expired once`);
    const rows = bookRows(dataDir);
    const byId = new Map(rows.map((r) => [r.id, r]));
    seeds.forEach((s, i) => {
      const want = ['in_pool', 'expired', 'opened', 'opened'][fate[i]];
      const got = byId.get(1000 + i)!.state;
      if (got !== want) t.fail(`seed ${seed}: packet ${s.packetId} is ${got}, expected ${want}`);
      const mints = rows.filter((r) => r.recycled_from === s.packetId).length;
      if (mints !== (fate[i] === 1 ? 1 : 0)) t.fail(`seed ${seed}: packet ${s.packetId} minted ${mints} times`);
    });
    const paid = await Promise.all(seeds.map((s) => svc.balance(s.userId)));
    t.equal(paid.reduce((a, b) => a + b, 0), seeds.filter((_, i) => fate[i] >= 2).reduce((a, s) => a + s.amountCents, 0), `seed ${seed}: only opened packets paid`);
  }
});
