/**
 * Every packet in exactly one state, and the reconciliation exact per packet:
 * random interleavings of issue / open / share / grab / sweep / expire and
 * redeliveries across shards, submitted concurrently; illegal state moves
 * refused with their money rolled back; planted faults found and named.
 */
import t from 'tap';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { scanShow, shardFiles } from '../reconcile/scan.ts';
import { formatReport, reconcile, type Report } from '../reconcile/report.ts';
import { ShardStore, account } from '../shard/store.ts';
import { PACKET_STATES, legalMove } from '../shard/packet-states.ts';
import type { IssueOp } from '../shard/messages.ts';
import { DAY_MS } from '../hash.ts';
import { book, op, pid, startService, tempDir, type Seed } from './helpers.ts';

const TTL = 60_000;
const caps = { perUser: 3, perSponsor: 1 };

function issueOf(s: Seed, gatewayId: string, expiresAtMs: number): IssueOp {
  return { entryId: `${gatewayId}:issued:${s.packetId}`, packetId: s.packetId, userId: s.userId, sponsorId: s.sponsorId, amountCents: s.amountCents,
    shares: s.shares, shareAmountCents: s.shareAmountCents, gatewayId, tokenExpiresAtMs: expiresAtMs };
}

function bookStates(dataDir: string): Map<number, { state: string; recycled_from: string | null }> {
  const out = new Map<number, { state: string; recycled_from: string | null }>();
  for (const f of shardFiles(dataDir)) {
    const db = new Database(f, { readonly: true });
    try {
      for (const r of db.prepare('SELECT id, state, recycled_from FROM t_packet').all() as { id: number; state: string; recycled_from: string | null }[]) out.set(r.id, r);
    } finally { db.close(); }
  }
  return out;
}

function totalsOf(seeds: Seed[]): Map<string, { count: number; amountCents: number }> {
  const out = new Map<string, { count: number; amountCents: number }>();
  for (const s of seeds) {
    const v = out.get(s.sponsorId) ?? { count: 0, amountCents: 0 };
    out.set(s.sponsorId, { count: v.count + 1, amountCents: v.amountCents + s.amountCents + s.shareAmountCents });
  }
  return out;
}

function shuffle<T>(xs: T[], rnd: (n: number) => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) { const j = rnd(i + 1); [xs[i], xs[j]] = [xs[j], xs[i]]; }
  return xs;
}

/** Runs thunks in shuffled concurrent waves (each wave submitted at once, so the shards see them interleaved). */
async function waves(work: (() => Promise<unknown>)[], rnd: (n: number) => number): Promise<void> {
  const all = shuffle(work, rnd);
  while (all.length) await Promise.all(all.splice(0, 1 + rnd(40)).map((w) => w()));
}

t.test('random interleavings across shards: every packet ends in one state, the reconciliation exact per packet', async (t) => {
  for (const seed of [7, 8]) {
    const { svc, clock, dataDir } = startService(t, { shardCount: 3, shareDeadlineMs: 60_000, groupExpiryMs: 120_000 });
    let x = seed;
    const rnd = (n: number) => { x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff; return x % n; };
    // 40 users for 160 packets of 5 sponsors: the caps refuse some (recycled whole).
    const seeds: Seed[] = Array.from({ length: 160 }, (_, i) => {
      const shares = rnd(3) === 0 ? 0 : 1 + rnd(5);
      return { packetId: pid(5000 + i), userId: `u${rnd(40)}`, sponsorId: `s${i % 5}`, amountCents: 1 + rnd(500), shares, shareAmountCents: shares ? shares + rnd(300) : 0 };
    });
    await book(svc, ...seeds);
    const exp = clock.now + TTL;
    const fate = seeds.map(() => rnd(5)); // 0 in pool, 1 issued never opened, 2 issued + opened, 3 opened before/without ISSUE, 4 issued + opened + shared
    const work: (() => Promise<unknown>)[] = [];
    const twice = (w: () => Promise<unknown>) => { work.push(w); if (rnd(3) === 0) work.push(w); }; // redelivery
    seeds.forEach((s, i) => {
      const gw = `gw-${i % 3}`;
      if (fate[i] === 1 || fate[i] === 2 || fate[i] === 4) twice(() => svc.issue(issueOf(s, gw, exp)));
      if (fate[i] === 3 && rnd(2)) work.push(() => svc.issue(issueOf(s, gw, exp))); // ISSUE after its open
      if (fate[i] >= 2) twice(() => svc.apply(op('open', s)));
      if (fate[i] === 4 || (fate[i] >= 2 && rnd(4) === 0)) twice(() => svc.apply(op('share', s)));
      for (let g = rnd(s.shares + 2); g > 0; g--) work.push(() => svc.grab(s.packetId, `f${rnd(30)}`));
    });
    for (let k = 0; k < 8; k++) work.push(() => svc.sweep(), () => svc.expireIssued({ 'gw-0': exp - 1, 'gw-1': exp - 1, 'gw-2': exp - 1 }, exp - 1));
    await waves(work, rnd);

    // Past the share deadline and the token expiry: sweeps, expiry, late grabs and redelivered opens race.
    clock.advance(TTL + 1);
    const late: (() => Promise<unknown>)[] = [];
    const marks = { 'gw-0': exp, 'gw-1': exp, 'gw-2': exp };
    for (let k = 0; k < 4; k++) late.push(() => svc.sweep(), () => svc.expireIssued(marks, exp));
    seeds.forEach((s, i) => {
      if (s.shares) late.push(() => svc.grab(s.packetId, `late${rnd(10)}`));
      if (fate[i] >= 2 && rnd(3) === 0) late.push(() => svc.apply(op('open', s)));
    });
    await waves(late, rnd);
    await svc.expireIssued(marks, exp);
    // Opens of expired packets (journalled before the watermark could not carry them): rejected, never paid.
    const refused = await Promise.all(seeds.filter((_, i) => fate[i] === 1).map((s) => svc.apply(op('open', s))));
    t.ok(refused.every((r) => r.outcome === 'rejected:expired'), `seed ${seed}: an open after expiry pays nothing`);
    clock.advance(DAY_MS); // every group expired
    await Promise.all([svc.sweep(), svc.sweep(), svc.grab(seeds[0].packetId, 'last')]);
    t.same(await svc.sweep(), { refunded: 0, refundedCents: 0, recycled: 0, recycledCents: 0 }, `seed ${seed}: nothing settled twice`);

    const states = bookStates(dataDir);
    const unknown = [...states.values()].filter((r) => !(PACKET_STATES as readonly string[]).includes(r.state));
    t.same(unknown, [], `seed ${seed}: every book packet in one of the states`);
    seeds.forEach((s, i) => {
      const got = states.get(5000 + i)!.state;
      const want = fate[i] === 0 ? ['in_pool'] : fate[i] === 1 ? ['expired'] : ['opened', 'shared', 'refunded', 'recycled'];
      if (!want.includes(got)) t.fail(`seed ${seed}: packet ${s.packetId} (fate ${fate[i]}) is ${got}, expected ${want.join('|')}`);
    });
    const report = reconcile(scanShow(dataDir, caps), totalsOf(seeds));
    t.same(report.differences, [], `seed ${seed}: reconciliation exact\n${formatReport(report, 'test')}`);
    const inStates = report.lines.reduce((a, l) => a + Object.values(l.states).reduce((b, v) => b + v.count, 0), 0);
    t.equal(inStates, states.size, `seed ${seed}: Σ over states = every book packet (seeded + minted)`);
    const count = (st: string) => report.lines.reduce((a, l) => a + l.states[st].count, 0);
    t.equal(count('expired'), fate.filter((f) => f === 1).length, `seed ${seed}: expired = issued never opened`);
    t.ok(count('refunded') + count('recycled') > 0, `seed ${seed}: groups refunded and money recycled (${count('refunded')}, ${count('recycled')})`);
    await svc.close();
  }
});

t.test('an illegal move is refused and the money moved with it is rolled back', async (t) => {
  const bad: string[] = [];
  for (const from of PACKET_STATES) for (const to of PACKET_STATES) if (legalMove(from, to) && PACKET_STATES.indexOf(to) <= PACKET_STATES.indexOf(from)) bad.push(`${from}->${to}`);
  t.same(bad, [], 'no move goes back or stays');
  t.notOk(legalMove('in_pool', 'shared'), 'a packet is shared only once opened');
  t.notOk(legalMove('refused', 'recycled'), 'a state outside the list moves nowhere');

  const { svc, dataDir } = startService(t, { shardCount: 1 });
  const s: Seed = { packetId: pid(77), userId: 'u1', sponsorId: 's1', amountCents: 120, shares: 0, shareAmountCents: 0 };
  await book(svc, s);
  t.equal((await svc.apply(op('open', s))).outcome, 'opened');
  await svc.close();
  const file = shardFiles(dataDir)[0];
  const store = new ShardStore({ shard: 0, shardCount: 1, path: file, archivePath: file.replace(/\.sqlite$/, '.archive.sqlite'), lookupDays: 3, synchronous: 'NORMAL' });
  t.teardown(() => { if (store.db.open) store.close(); });
  const slot = store.days.live()[0].slot;
  // A second open of the same packet (what a hole in idempotence would do): its credit and its move in one transaction.
  t.throws(() => store.db.transaction(() => {
    store.post(slot, { entryId: 'open-again', debit: account.sponsor('s1'), credit: account.user('u1'), amountCents: 120, kind: 'open', packetId: s.packetId, sponsorId: 's1', atMs: 1 });
    store.book.move(s.packetId, 'opened', 1);
  })(), { code: 'PACKET_STATE_ILLEGAL' });
  t.equal(store.balance(account.user('u1')), 120, 'the credit was rolled back');
  t.equal(store.book.get(s.packetId)?.state, 'opened');
  t.throws(() => store.book.move(pid(78), 'issued', 1), { code: 'PACKET_STATE_ILLEGAL' }, 'a packet the book does not hold moves nowhere');
  store.close();
});

t.test('planted faults are found and name their packet', async (t) => {
  const { svc, dataDir } = startService(t, { shardCount: 2 });
  const seeds: Seed[] = Array.from({ length: 10 }, (_, i) => ({ packetId: pid(600 + i), userId: `u${i}`, sponsorId: `s${i % 2}`, amountCents: 100 + i, shares: i % 3 ? 2 : 0, shareAmountCents: i % 3 ? 40 : 0 }));
  await book(svc, ...seeds);
  for (const s of seeds.slice(0, 6)) await svc.apply(op('open', s));
  await svc.apply(op('share', seeds[1]));
  await svc.close();
  const totals = totalsOf(seeds);
  t.same(reconcile(scanShow(dataDir, caps), totals).differences, [], 'clean before the faults');

  /** A fresh copy of the show with one fault planted in the shard holding `packetId`. */
  const planted = (packetId: string, plant: (db: Database.Database, day: string) => void): Report => {
    const dir = tempDir('ps-fault-');
    t.teardown(() => fs.rmSync(dir, { recursive: true, force: true }));
    fs.cpSync(dataDir, dir, { recursive: true });
    for (const file of shardFiles(dir)) {
      const db = new Database(file);
      const day = (db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name GLOB 't_seed_*'`).pluck().get() as string | undefined)?.slice('t_seed_'.length);
      const id = parseInt(packetId.slice(1), 16);
      if (day && db.prepare('SELECT 1 FROM t_packet WHERE id = ?').get(id)) plant(db, day);
      db.close();
    }
    return reconcile(scanShow(dir, caps), totals);
  };
  const names = (r: Report, packetId: string, what: string) => {
    t.notOk(r.ok, `${what}: not ok`);
    t.ok(r.packets.includes(packetId) && r.differences.some((d) => d.startsWith(`packet ${packetId}`)), `${what}: names ${packetId}: ${r.differences.join('; ')}`);
  };
  const credit = (db: Database.Database, day: string, s: Seed, cents: number) => {
    db.prepare(`INSERT INTO t_ledger_${day} (entry_id, debit, credit, amount_cents, kind, packet_id, sponsor_id, at_ms) VALUES (?, ?, ?, ?, 'open', ?, ?, 1)`)
      .run(`open:${s.packetId}`, account.sponsor(s.sponsorId), account.user(s.userId), cents, s.packetId, s.sponsorId);
    db.prepare('INSERT INTO t_balance (account, balance) VALUES (?, ?) ON CONFLICT(account) DO UPDATE SET balance = balance + excluded.balance').run(account.user(s.userId), cents);
    db.prepare('INSERT INTO t_balance (account, balance) VALUES (?, ?) ON CONFLICT(account) DO UPDATE SET balance = balance + excluded.balance').run(account.sponsor(s.sponsorId), -cents);
  };

  const a = seeds[3];
  names(planted(a.packetId, (db, day) => {
    // +1 cent on the seed row, its open entry and both balances: the ledger and the balances agree with each other.
    db.prepare(`UPDATE t_seed_${day} SET amount_cents = amount_cents + 1 WHERE packet_id = ?`).run(a.packetId);
    db.prepare(`UPDATE t_ledger_${day} SET amount_cents = amount_cents + 1 WHERE entry_id = ?`).run(`open:${a.packetId}`);
    db.prepare('UPDATE t_balance SET balance = balance + 1 WHERE account = ?').run(account.user(a.userId));
    db.prepare('UPDATE t_balance SET balance = balance - 1 WHERE account = ?').run(account.sponsor(a.sponsorId));
  }), a.packetId, 'a cent planted on a seed row, its open entry and the balance');

  const b = seeds[8];
  names(planted(b.packetId, (db) => {
    db.prepare(`UPDATE t_packet SET state = 'opened', user_id = ? WHERE id = ?`).run(b.userId, parseInt(b.packetId.slice(1), 16));
  }), b.packetId, 'a state that says opened with no credit');

  const c = seeds[9];
  names(planted(c.packetId, (db, day) => credit(db, day, c, c.amountCents)), c.packetId, 'a credit with no state change');

  const d = seeds[1];
  names(planted(d.packetId, (db) => {
    db.prepare(`UPDATE t_packet SET state = 'refunded' WHERE id = ?`).run(parseInt(d.packetId.slice(1), 16));
  }), d.packetId, 'a group still open whose packet says refunded');
  t.ok(fs.existsSync(path.join(dataDir, path.basename(shardFiles(dataDir)[0]))), 'the original show is untouched');
});
