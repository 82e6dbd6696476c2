/**
 * Re-delivery of a won packet whose reply may have been lost: the rule
 * (./redelivery.ts) on its own, then through the show logic with a restart of
 * the gateway (a new process on the same issued record) and a second gateway
 * that knows the win only from the caps feed.
 */
import t from 'tap';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import Database from 'better-sqlite3';
import { JOURNAL_SCHEMA_SQL } from '../../../../contracts/disk/journal-schema.ts';
import { JOURNAL_DB_FILE } from '../../../../contracts/disk/gateway-files.ts';
import { shake } from '../../../../contracts/proto/gen/shake.js';
import { NO_CONN, Redeliveries, type Deliverable } from '../redelivery.ts';
import { ShowApp } from '../shake-decision.ts';
import type { WonEvent } from '../show-state.ts';
import { createPoolBuffers, PoolProducer } from '../../../pool/packet-pool.ts';
import { createJournalBuffers } from '../../../journal/journal-link.ts';
import { defaultShowConfig } from '../../../../contracts/show/default-show.ts';
import type { ShowConfig } from '../../../../contracts/show/types.ts';

const RED_PACKET = shake.v1.Outcome.RED_PACKET;
const now = Date.now();

function packet(id: string, user: string, expires: number): Deliverable {
  return { packet_id: id, user_id: user, sponsor_id: 's1', round_id: 'r1', amount_cents: 100, shares: 0, share_amount_cents: 0, issued_at_ms: 0, token_expires_at_ms: expires };
}

t.test('the rule: once per connection, not after an open, not when expired, not when the cookie shows it', async (t) => {
  const r = new Redeliveries();
  const never = () => false;
  r.add(packet('p1', 'u1', now + 1000), 7);
  t.equal(r.due('u1', 7, now, never), null, 'not on the connection it was handed on');
  t.equal(r.due('u1', 8, now, never)?.packet_id, 'p1', 'on a new connection: handed again');
  t.equal(r.due('u1', 8, now, never), null, 'once per connection');
  t.equal(r.due('u1', 9, now, () => true), null, 'not when the phone\'s cookie lists it');
  t.equal(r.due('u1', 9, now, never), null, '… and that connection counts as served');
  t.equal(r.due('u1', 10, now + 1000, never), null, 'not once its token expired');
  t.equal(r.users, 0, 'expired packets leave memory');
  // A fresh instance: the one above has seen the time these packets' tokens expire.
  const o = new Redeliveries();
  o.add(packet('p2', 'u2', now + 1000), NO_CONN, now);
  o.opened('u2', 'p2', now + 1000, now);
  t.equal(o.due('u2', 1, now, never), null, 'not after an open or share seen here');
  o.add(packet('p2', 'u2', now + 1000), NO_CONN, now);
  t.equal(o.due('u2', 1, now, never), null, 'and not added back (the feed may bring it again)');
  o.seenOpened('p3', now + 1000, now);
  o.add(packet('p3', 'u3', now + 1000), NO_CONN, now);
  t.equal(o.due('u3', 1, now, never), null, 'not when the journal showed it opened');
  // Held first, then the journal shows it opened (a standby loaded before the generation it replaces accepted the open).
  o.add(packet('p5', 'u5', now + 1000), NO_CONN, now);
  o.seenOpened('p5', now + 1000, now);
  t.equal(o.due('u5', 1, now, never), null, 'not when the journal shows it opened after it was held');
  t.equal(o.users, 0, 'and it leaves memory');
  o.add({ ...packet('p4', 'u4', 0) });
  t.equal(o.users, 0, 'a row without a token expiry (older record) is not handed again');
});

t.test('a packet forgotten as expired stays handed when a later call carries an earlier time', async (t) => {
  // Found by the randomized rule below: handed on connection 1, judged expired and dropped at a later time,
  // then added again by the feed with an earlier clock reading, it was handed to connection 1 a second time.
  const r = new Redeliveries();
  const never = () => false;
  r.add(packet('p2', 'u', now + 140), 0, now);
  t.equal(r.due('u', 1, now, never)?.packet_id, 'p2', 'handed on a second connection');
  t.equal(r.due('u', 0, now + 140, never), null, 'expired: dropped');
  r.add(packet('p2', 'u', now + 140), NO_CONN, now);
  t.equal(r.due('u', 1, now, never), null, 'not handed again on connection 1');
  t.equal(r.users, 0, 'and not held again');
});

t.test('the rule, randomized: each packet at most once per connection, never an opened or expired one', async (t) => {
  fc.assert(fc.property(fc.array(fc.record({ kind: fc.constantFrom('add', 'open', 'shake'), packet: fc.integer({ min: 0, max: 4 }), conn: fc.integer({ min: -1, max: 3 }), at: fc.integer({ min: 0, max: 200 }) }), { maxLength: 60 }), (steps) => {
    const r = new Redeliveries();
    const opened = new Set<number>();
    const handed = new Set<string>();
    const added = new Set<number>();
    for (const s of steps) {
      // Issued once (on a connection); later adds come from the feed or a reload of the record (no connection).
      if (s.kind === 'add') r.add(packet(`p${s.packet}`, 'u', now + 100 + s.packet * 20), added.has(s.packet) ? NO_CONN : s.conn, now), added.add(s.packet);
      else if (s.kind === 'open') { r.opened('u', `p${s.packet}`, now + 100 + s.packet * 20, now); opened.add(s.packet); }
      else {
        const p = r.due('u', s.conn, now + s.at, () => false);
        if (!p) continue;
        const n = Number(p.packet_id.slice(1));
        if (opened.has(n) || p.token_expires_at_ms <= now + s.at) return false;
        const k = `${p.packet_id}@${s.conn}`;
        if (handed.has(k)) return false;
        handed.add(k);
      }
    }
    return true;
  }), { numRuns: 500 });
});

t.test('memory follows the packets whose token still verifies, not the whole show', async (t) => {
  const r = new Redeliveries();
  const ttlMs = 60_000;
  const never = () => false;
  // A long show, one minute per step: each minute 5,000 packets won in the fleet and 5,000 opened here.
  let peak = 0;
  for (let minute = 0; minute < 20; minute++) {
    const at = now + minute * 60_000;
    for (let i = 0; i < 5000; i++) {
      r.add(packet(`w${minute}-${i}`, `u${minute}-${i}`, at + ttlMs), NO_CONN, at);
      r.opened(`o${minute}-${i}`, `o${minute}-${i}`, at + ttlMs, at);
    }
    peak = Math.max(peak, r.users + r.openedKept);
  }
  t.ok(peak <= 4 * 10_000, `at most a few TTLs' worth kept at any time (peak ${peak} of 200,000 added)`);
  const last = now + 19 * 60_000;
  t.equal(r.due('u19-7', 1, last, never)?.packet_id, 'w19-7', 'a packet still valid is handed again');
  r.add(packet('o19-9', 'x', last + ttlMs), NO_CONN, last);
  t.equal(r.due('x', 1, last, never), null, 'a packet opened here and still valid stays marked');
  r.add(packet('late', 'y', last - 1), NO_CONN, last);
  t.equal(r.due('y', 1, last, never), null, 'a packet whose token already expired is not held');
});

interface Gateway { app: ShowApp; redelivered: string[] }

function roundShow(): ShowConfig {
  const base = defaultShowConfig(now, { firstRoundInMs: 3_600_000 });
  return { ...base, rounds: [{ ...base.rounds[0], startMs: now - 1000, endMs: now + 3_600_000, packetDrawProbability: 1 }] };
}

function gateway(dir: string, gatewayId: string, processKey: string, feedWins: WonEvent[], prefix: string): Gateway {
  const pool = createPoolBuffers(64);
  new PoolProducer(pool).offer(Array.from({ length: 20 }, (_, i) => ({ packetId: `${prefix}${i}`, sponsorId: `${prefix}s${i}`, amountCents: 100 + i, shares: 0, shareAmountCents: 0 })));
  const redelivered: string[] = [];
  const noop = () => {};
  const counters = { forgedCookie: noop, issued: noop, capRefused: noop, poolEmpty: noop, opened: noop, shared: noop, redelivered: (_u: string, p: string) => { redelivered.push(p); } };
  const app = new ShowApp({
    kind: 'show', gatewayId, show: roundShow(), secrets: { cookie: 'unit-cookie-secret-0000', packetToken: 'unit-packet-secret-0000' },
    dataDir: path.join(dir, gatewayId), processKey, packetTtlMs: 60_000, pool, feedWins, clock: new SharedArrayBuffer(8), journal: createJournalBuffers(),
  }, counters);
  app.start();
  return { app, redelivered };
}

function shakeOn(g: Gateway, userId: string, conn: number, reqId: number, cookie?: Uint8Array): shake.v1.IShakeReply {
  const reply = g.app.handle(userId, shake.v1.ClientMessage.create({ seq: reqId, shake: cookie ? { cookie } : {} }), Date.now(), reqId, conn).shake!;
  g.app.flush();
  return reply;
}

t.test('a restarted gateway and a second gateway hand the won packet back, never a packet over the cap', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'redeliver-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const a = gateway(dir, 'gw-a', 'a1', [], 'a-');
  const first = shakeOn(a, 'alice', 1, 1);
  const second = shakeOn(a, 'alice', 1, 2);
  t.equal(first.outcome, RED_PACKET);
  t.equal(second.outcome, RED_PACKET);
  t.not(second.packet!.packetId, first.packet!.packetId, 'the same connection keeps drawing (the phone got its reply)');
  const events = a.app.drainEvents() as WonEvent[];
  t.same(events.map((e) => [e.packetId, e.amountCents, e.expiresAtMs]), [first, second].map((r) => [r.packet!.packetId, r.packet!.amountCents, r.packet!.expiresAtMs]), 'the feed event carries the packet\'s fields');
  const opened = a.app.handle('alice', shake.v1.ClientMessage.create({ seq: 3, open: { packetToken: second.packet!.token } }), Date.now(), 3, 1);
  t.equal(opened.open?.packetId, second.packet!.packetId);
  a.app.close();

  // The process is SIGKILLed; a new one starts on the same issued record and journal. The test has no
  // journal thread: the open's committed entry is written here as the journal thread would.
  const journal = new Database(path.join(dir, 'gw-a', JOURNAL_DB_FILE));
  journal.exec(JOURNAL_SCHEMA_SQL);
  journal.prepare('INSERT INTO journal (seq, entry_id, operation_id, packet_id, data, accepted_at_ms, token_expires_at_ms) VALUES (1, ?, ?, ?, ?, ?, ?)')
    .run('gw-a:1', `open:${second.packet!.packetId}`, second.packet!.packetId, Buffer.alloc(0), Date.now(), Number(second.packet!.expiresAtMs));
  journal.close();
  const a2 = gateway(dir, 'gw-a', 'a2', [], 'a2-');
  const back = shakeOn(a2, 'alice', 5, 1);
  t.equal(back.packet?.packetId, first.packet!.packetId, 'the restarted gateway hands the first packet back');
  t.equal(back.packet?.token, first.packet!.token, 'with the very same token');
  const third = shakeOn(a2, 'alice', 5, 2);
  t.equal(third.outcome, RED_PACKET);
  t.notOk([first, second].some((r) => r.packet!.packetId === third.packet!.packetId), 'the packet its journal shows opened is not handed again: a fresh draw');
  const fourth = shakeOn(a2, 'alice', 5, 3);
  t.not(fourth.outcome, RED_PACKET, 'never a fourth');
  t.same(a2.redelivered, [first.packet!.packetId], 'the re-delivery counted');
  const other = [shakeOn(a2, 'alice', 6, 1), shakeOn(a2, 'alice', 6, 2), shakeOn(a2, 'alice', 6, 3)].map((r) => r.packet?.packetId);
  t.same(other, [first.packet!.packetId, third.packet!.packetId, undefined], 'a further new connection gets each unopened one again, one per shake, then nothing new');
  a2.app.close();

  // Gateway B knows bob's win only from the feed.
  const a3 = gateway(dir, 'gw-a', 'a3', [], 'a3-');
  const bobWin = shakeOn(a3, 'bob', 1, 1);
  const feed = a3.app.drainEvents() as WonEvent[];
  a3.app.close();
  const b = gateway(dir, 'gw-b', 'b1', feed, 'b-');
  const onB = shakeOn(b, 'bob', 3, 1);
  t.equal(onB.packet?.token, bobWin.packet!.token, 'another gateway hands the same packet and token back from the feed');
  t.same(onB.packet, bobWin.packet, 'every field the phone sees is the same');
  const again = shakeOn(b, 'bob', 3, 2);
  t.not(again.packet?.packetId, bobWin.packet!.packetId, 'once per connection');
  const withCookie = shakeOn(b, 'bob', 4, 3, bobWin.cookie!);
  t.not(withCookie.packet?.packetId, bobWin.packet!.packetId, 'a phone whose cookie shows the packet got it: no re-delivery');
  const carol = gateway(dir, 'gw-c', 'c1', feed.map((e) => ({ ...e, expiresAtMs: undefined })), 'c-');
  t.not(shakeOn(carol, 'bob', 1, 1).packet?.packetId, bobWin.packet!.packetId, 'a feed event without the packet\'s fields counts for caps only');
  b.app.close();
  carol.app.close();
});
