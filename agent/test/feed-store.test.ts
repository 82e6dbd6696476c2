/**
 * FeedStore settling, deterministically: a batch in flight when the agent died
 * (settled from GatewayHello.last_batch_*), a gateway process restart (issued
 * packets confirmed, the others queued again with the same id), an unreadable
 * issued table (held, not re-fed), and packets found issued before feeding.
 */
import t from 'tap';
import path from 'node:path';
import Database from 'better-sqlite3';
import pino from 'pino';
import { makeSplit } from './seed-fixture.ts';
import { ISSUED_SCHEMA } from './gateway-harness.ts';
import { loadPart } from '../part/load-part.ts';
import { openStateDb, FeedStatus } from '../state/schema.ts';
import { Meta } from '../state/meta.ts';
import { PartCursor } from '../state/part-cursor.ts';
import { PacketQueue } from '../state/packet-queue.ts';
import { FeedLog } from '../state/feed-log.ts';
import { MintedStore } from '../recycle/minted-store.ts';
import { IssuedReader } from '../issued/issued-reader.ts';
import { FeedStore } from '../feed/feed-store.ts';
import { accountPart } from '../accounting/account.ts';

function setup(t: { testdir(): string; teardown(fn: () => unknown): void }, withIssued = true) {
  const dir = t.testdir();
  const split = makeSplit(dir, { count: 100, machines: ['gw-1'] });
  const part = loadPart({ partPath: split.partPath('gw-1'), manifestPath: split.manifestPath, machineId: 'gw-1' });
  const issuedPath = path.join(dir, 'issued.db');
  const idb = withIssued ? new Database(issuedPath) : null;
  idb?.exec(ISSUED_SCHEMA);
  const issue = (id: string) => idb!.prepare(`INSERT INTO issued (packet_id, user_id, sponsor_id, round_id, amount_cents, shares, share_amount_cents, issued_at_ms)
    VALUES (?, 'u', 's', 'r1', 1, 0, 0, ?)`).run(id, Date.now() + 1);
  const stateDir = path.join(dir, 'state');
  const open = () => {
    const db = openStateDb(stateDir);
    const meta = new Meta(db);
    const issued = new IssuedReader(issuedPath);
    const store = new FeedStore(db, part, meta, new PartCursor(db, part), new PacketQueue(db), new FeedLog(db),
      new MintedStore(db), issued, pino({ level: 'silent' }));
    return { db, store, close: () => { issued.close(); db.close(); } };
  };
  const account = (alive: number, level?: number) => accountPart({ stateDir, partPath: split.partPath('gw-1'), manifestPath: split.manifestPath,
    machineId: 'gw-1', issuedDbPath: issuedPath, aliveGatewayStartedAtMs: alive, gatewayPoolLevel: level });
  t.teardown(() => idb?.close());
  return { open, issue, account, part };
}

t.test('batch in flight at a crash is settled from the hello of the same gateway process', async (t) => {
  const { open, account } = setup(t);
  let s = open();
  const b1 = s.store.commitBatch(s.store.pick(5, null), 1000, Date.now());
  s.store.settleBatch(b1.batchId, 5);
  const b2 = s.store.commitBatch(s.store.pick(4, null), 1000, Date.now());
  s.close(); // "SIGKILL" with b2 in flight
  t.match(account(1000).seeds, { in_pool: 5, in_flight: 4, unfed: 91 });
  // Before the next hello, the gateway may hold any part of the batch in flight to it, and nothing else.
  for (const level of [5, 7, 9]) t.same(account(1000, level).violationCounts, {}, `pool level ${level} fits 5 in pool + up to 4 in flight`);
  for (const level of [4, 10]) t.same(account(1000, level).violationCounts, { POOL_LEVEL_MISMATCH: 1 }, `pool level ${level} does not`);
  t.same(account(2000, 3).violationCounts, { POOL_LEVEL_MISMATCH: 1 }, 'a batch in flight to a gateway process that is gone cannot be in the live pool');
  s = open();
  const out = s.store.onHello({ gatewayId: 'gw-1', gatewayStartedAtMs: 1000, lastBatchId: b2.batchId, lastBatchAccepted: 3 });
  t.match(out, { settledAccepted: 3, settledReturned: 1, refed: 0 });
  t.equal(s.store.queue.length, 1, 'the one the pool did not take waits in the queue');
  t.equal(s.store.pick(1, null)[0].packet.packetId, b2.packets[3].packetId, 'and goes first');
  const b3 = s.store.commitBatch(s.store.pick(2, null), 1000, Date.now());
  s.close();
  s = open();
  t.match(s.store.onHello({ gatewayId: 'gw-1', gatewayStartedAtMs: 1000, lastBatchId: b2.batchId, lastBatchAccepted: 3 }),
    { settledAccepted: 0, settledReturned: 2 }, 'a batch the gateway never saw goes back whole');
  s.close();
  const rep = account(1000, 8);
  t.same(rep.violationCounts, {});
  t.match(rep.seeds, { in_pool: 8, queued: 2, unfed: 90 });
  t.ok(b3.batchId > b2.batchId);
});

t.test('gateway process restart: issued confirmed, the rest re-fed with the same id', async (t) => {
  const { open, issue, account } = setup(t);
  let s = open();
  const b = s.store.commitBatch(s.store.pick(6, null), 1000, Date.now());
  s.store.settleBatch(b.batchId, 6);
  issue(b.packets[0].packetId);
  issue(b.packets[1].packetId);
  t.match(account(2000).seeds, { issued: 2, awaiting_refeed: 4 }, 'before the hello: awaiting re-feed');
  const out = s.store.onHello({ gatewayId: 'gw-1', gatewayStartedAtMs: 2000, lastBatchId: 0, lastBatchAccepted: 0 });
  t.match(out, { refed: 4, confirmedIssued: 2 });
  const again = s.store.pick(4, null).map((c) => c.packet.packetId);
  t.same(again, b.packets.slice(2).map((p) => p.packetId), 'same ids, same order, first in line');
  const b2 = s.store.commitBatch(s.store.pick(4, null), 2000, Date.now());
  s.store.settleBatch(b2.batchId, 4);
  s.close();
  const rep = account(2000, 4);
  t.same(rep.violationCounts, {});
  t.match(rep.seeds, { issued: 2, in_pool: 4, unfed: 94 });
  s = open();
  t.match(s.store.onHello({ gatewayId: 'gw-1', gatewayStartedAtMs: 2000, lastBatchId: b2.batchId, lastBatchAccepted: 4 }), { refed: 0, confirmedIssued: 0 },
    'an agent restart beside a running gateway re-feeds nothing');
  s.close();
});

t.test('unreadable issued table: re-feeds are held, never guessed', async (t) => {
  const { open, account } = setup(t, false);
  const s = open();
  const b = s.store.commitBatch(s.store.pick(3, null), 1000, Date.now());
  s.store.settleBatch(b.batchId, 3);
  t.match(s.store.onHello({ gatewayId: 'gw-1', gatewayStartedAtMs: 2000, lastBatchId: 0, lastBatchAccepted: 0 }), { refed: 0, held: 3 });
  t.equal(s.store.queue.length, 0);
  t.equal(s.store.heldForIssuedCheck, 3);
  s.close();
  t.match(account(2000).seeds, { awaiting_refeed: 3 });
});

t.test('a packet already issued (state lost) is journaled, not fed again; accounting catches a double feed', async (t) => {
  const { open, issue, account, part } = setup(t);
  const s = open();
  const first = s.store.pick(1, null)[0].packet.packetId;
  issue(first);
  const b = s.store.commitBatch(s.store.pick(3, null), 1000, Date.now());
  t.equal(b.packets.length, 2);
  t.notOk(b.packets.some((p) => p.packetId === first));
  s.store.settleBatch(b.batchId, 2);
  let rep = account(1000, 2);
  t.same(rep.violationCounts, {});
  t.match(rep.seeds, { issued: 1, in_pool: 2 });
  // Forge a bug: the same packet fed twice to one gateway process.
  s.db.prepare(`INSERT INTO feed_log (batch_id, packet_id, gw_started_at_ms, fed_at_ms, status) VALUES (1, ?, 1000, ?, ${FeedStatus.ACCEPTED})`).run(b.packets[0].packetId, Date.now());
  s.close();
  rep = account(1000);
  t.equal(rep.violationCounts.FED_TWICE, 1, 'double feed detected');
  t.equal(rep.ok, false);
  t.equal(rep.partRecords, part.count);
});
