/**
 * The money SETs monitor against real HTTP servers playing SETs (their
 * GET /health as packet-service/http.ts answers it): up with backlog, pay rate
 * and refusals; slower than the timeout; down (connection refused); back up on
 * the same port; a restarted SET (count going down) gives no rate across the
 * restart; the loop polls until stopped and never after. Up but stuck: a SET
 * with work waiting and nothing applied is stalled after the stall time, and
 * no longer once it applies, its backlog is empty, it goes down or restarts.
 */
import pino from 'pino';
import t, { type Test } from 'tap';
import { createLogger } from '../../common/logger.ts';
import { MoneySetsMonitor, type MoneySetState } from '../money-sets-monitor.ts';
import { FakeMoneySet as FakeSet } from './helpers/fake-money-set.ts';

const logger = createLogger('test', { level: 'silent' });

async function until(cond: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

t.test('up, slow, down, back up, restarted', async (t) => {
  const a = new FakeSet();
  const b = new FakeSet();
  await a.listen();
  await b.listen();
  t.teardown(async () => { await a.close(); await b.close(); });
  let clockMs = 1_000_000;
  const m = new MoneySetsMonitor({ sets: [{ set: 0, url: a.url }, { set: 1, url: b.url }], intervalMs: 2_000, timeoutMs: 300, logger, now: () => clockMs });
  const state = (i: number): MoneySetState => m.snapshot()[i]!;

  t.same(m.snapshot().map((s) => [s.set, s.up, s.lastSeenMs]), [[0, false, null], [1, false, null]], 'nothing known before the first poll');
  a.health = { ok: true, queueLag: 12, applied: 100, rejectedTotal: { CAP_REACHED: 3, GROUP_PACKET_EMPTY: 2 } };
  b.health = { ok: true, queueLag: 0, applied: 7, rejectedTotal: {} };
  await m.pollOnce();
  t.match(state(0), { set: 0, url: a.url, up: true, lastSeenMs: clockMs, backlog: 12, appliedTotal: 100, refusedTotal: 5, payOpsPerSecond: null, failedPolls: 0 },
    'first answer: figures, no rate yet');
  t.match(state(1), { up: true, backlog: 0, appliedTotal: 7, refusedTotal: 0 });

  clockMs += 2_000;
  a.health = { ...a.health, applied: 110, queueLag: 4 };
  await m.pollOnce();
  t.equal(state(0).payOpsPerSecond, 5, '10 operations applied in 2 s: 5 per second');
  t.equal(state(0).backlog, 4);
  t.equal(state(1).payOpsPerSecond, 0, 'nothing applied: 0 per second');

  // Slower than the timeout: down, with the reason; the other SET is unaffected.
  a.delayMs = 1_500;
  clockMs += 2_000;
  const seenBefore = state(0).lastSeenMs;
  await m.pollOnce();
  t.match(state(0), { up: false, failedPolls: 1, lastError: 'no answer within 300 ms', lastErrorAtMs: clockMs, lastSeenMs: seenBefore, payOpsPerSecond: null });
  t.equal(state(0).backlog, 4, 'the last backlog it reported is kept for the operator');
  t.equal(state(1).up, true, 'SET 1 still up');

  // Killed: connection refused.
  const port = a.port;
  await a.close();
  clockMs += 2_000;
  await m.pollOnce();
  t.match(state(0), { up: false, failedPolls: 2 });
  t.match(state(0).lastError, /ECONNREFUSED|fetch failed/, `says why: ${state(0).lastError}`);

  // Back on the same port, restarted: its count starts again, so no rate across the restart.
  a.delayMs = 0;
  a.health = { ok: true, queueLag: 30, applied: 2, rejectedTotal: {} };
  await a.listen(port);
  clockMs += 2_000;
  await m.pollOnce();
  t.match(state(0), { up: true, failedPolls: 0, lastSeenMs: clockMs, backlog: 30, appliedTotal: 2, payOpsPerSecond: null }, 'back up');
  clockMs += 1_000;
  a.health = { ...a.health, applied: 8 };
  await m.pollOnce();
  t.equal(state(0).payOpsPerSecond, 6, 'the rate resumes from the new baseline');

  // A 503 with a large body is down, and the error kept stays short.
  a.status = 503;
  a.health = { ok: false, filler: 'x'.repeat(100_000) };
  await m.pollOnce();
  t.equal(state(0).up, false);
  t.match(state(0).lastError, /HTTP 503/);
  t.ok(state(0).lastError!.length <= 300, `error text bounded (${state(0).lastError!.length} chars)`);
});

t.test('the loop polls every interval until stopped, and not after', async (t) => {
  const a = new FakeSet();
  await a.listen();
  t.teardown(() => a.close());
  const m = new MoneySetsMonitor({ sets: [{ set: 0, url: a.url }], intervalMs: 100, timeoutMs: 50, logger });
  m.start();
  await until(() => a.polls >= 3 && m.snapshot()[0]!.up, 'three polls');
  await m.stop();
  const polls = a.polls;
  await new Promise((r) => setTimeout(r, 300)); // three intervals: a poll would have come by now
  t.equal(a.polls, polls, 'no poll after stop');
});

t.test('a hung SET never piles up polls', async (t) => {
  const a = new FakeSet();
  a.delayMs = 10_000;
  await a.listen();
  t.teardown(() => a.close());
  const m = new MoneySetsMonitor({ sets: [{ set: 0, url: a.url }], intervalMs: 100, timeoutMs: 60, logger });
  m.start();
  await until(() => m.snapshot()[0]!.failedPolls >= 4, 'four failed polls');
  await m.stop();
  t.ok(a.polls <= m.snapshot()[0]!.failedPolls + 1, `polls sent (${a.polls}) match the rounds (${m.snapshot()[0]!.failedPolls} failed): none overlapped`);
  t.equal(m.snapshot()[0]!.lastError, 'no answer within 60 ms');
});

/** A monitor of one stand-in SET on a fake clock (`tick` moves it and polls), its log lines kept. */
async function stallRig(t: Test, stallAfterMs = 6_000) {
  const a = new FakeSet();
  await a.listen();
  t.teardown(() => a.close());
  const logs: { level: number; msg: string; moneySet?: number; url?: string; backlog?: number; stalledForMs?: number }[] = [];
  const captured = pino({ level: 'info' }, { write: (line: string) => { logs.push(JSON.parse(line)); } });
  let clockMs = 5_000_000;
  const m = new MoneySetsMonitor({ sets: [{ set: 0, url: a.url }], intervalMs: 2_000, timeoutMs: 300, stallAfterMs, logger: captured, now: () => clockMs });
  const tick = async (health: Record<string, unknown>, ms = 2_000) => { a.health = { ok: true, rejectedTotal: {}, ...health }; clockMs += ms; await m.pollOnce(); return m.snapshot()[0]!; };
  const said = (msg: RegExp) => logs.filter((l) => msg.test(l.msg));
  return { a, m, tick, said, now: () => clockMs };
}

t.test('stalled only after the stall time with work waiting and nothing applied; applying again clears it', async (t) => {
  const { tick, said, now } = await stallRig(t);
  t.match(await tick({ queueLag: 40, applied: 100 }), { up: true, stalled: false, stalledSinceMs: null }, 'first answer: nothing to compare with');
  const firstMs = now();
  t.match(await tick({ queueLag: 40, applied: 100 }), { stalled: false, stalledSinceMs: firstMs }, 'no progress since the previous answer, work already waiting then');
  t.match(await tick({ queueLag: 41, applied: 100 }), { stalled: false, stalledSinceMs: firstMs }, '4 s: not yet');
  t.same(said(/stalled/), [], 'nothing logged before the stall time');
  t.match(await tick({ queueLag: 42, applied: 100 }), { stalled: true, stalledSinceMs: firstMs, backlog: 42 }, '6 s without progress: stalled');
  t.match(said(/stalled/), [{ level: 40, moneySet: 0, backlog: 42, stalledForMs: 6_000 }], 'warned once, with its backlog and for how long');
  t.ok(said(/stalled/)[0]!.url, 'the warning names the URL');
  t.match(await tick({ queueLag: 43, applied: 100 }), { stalled: true, stalledSinceMs: firstMs });
  t.equal(said(/stalled/).length, 1, 'not warned again while it stays stalled');

  t.match(await tick({ queueLag: 43, applied: 101 }), { stalled: false, stalledSinceMs: null }, 'one more applied: progress, cleared');
  t.match(said(/progress again/), [{ level: 30, moneySet: 0, backlog: 43, stalledForMs: 10_000 }], 'the recovery is logged (info)');
});

t.test('not stalled with an empty backlog, nor while the count grows, nor without a count', async (t) => {
  const { tick, said } = await stallRig(t);
  for (let i = 0; i < 6; i++) t.match(await tick({ queueLag: 0, applied: 100 }), { stalled: false, stalledSinceMs: null }, `idle, answer ${i + 1}`);
  // Work arrives after an idle answer: it has waited at most since this answer, not since the idle one.
  const s = await tick({ queueLag: 5, applied: 100 });
  t.match(s, { stalled: false, stalledSinceMs: s.lastSeenMs }, 'work arrived since the idle answer: counted from this answer');
  t.match(await tick({ queueLag: 0, applied: 100 }), { stalled: false, stalledSinceMs: null }, 'backlog drained: cleared');
  for (let i = 0; i < 6; i++) t.match(await tick({ queueLag: 500, applied: 101 + i }), { stalled: false, stalledSinceMs: null }, `busy and paying, answer ${i + 1}`);
  for (let i = 0; i < 6; i++) t.match(await tick({ queueLag: 500 }), { stalled: false, stalledSinceMs: null }, `no applied count, answer ${i + 1}: cannot judge`);
  t.same(said(/stalled|progress again/), [], 'nothing logged');

  // Stalled, then the backlog empties without a count change (its messages acknowledged as duplicates, say): cleared.
  for (let i = 0; i < 5; i++) await tick({ queueLag: 9, applied: 200 });
  t.equal((await tick({ queueLag: 9, applied: 200 })).stalled, true);
  t.match(await tick({ queueLag: 0, applied: 200 }), { stalled: false, stalledSinceMs: null }, 'empty backlog clears it');
  t.equal(said(/progress again/).length, 1);
});

t.test('going down or restarting clears it; the next run starts its own no-progress time', async (t) => {
  const { a, tick, said, now } = await stallRig(t);
  for (let i = 0; i < 4; i++) await tick({ queueLag: 30, applied: 50 });
  t.equal((await tick({ queueLag: 30, applied: 50 })).stalled, true, 'stalled');

  a.delayMs = 1_000;
  t.match(await tick({ queueLag: 30, applied: 50 }), { up: false, stalled: false, stalledSinceMs: null }, 'down: shown down, not stalled');
  t.same(said(/progress again/), [], 'going down is not a recovery');
  a.delayMs = 0;
  t.match(await tick({ queueLag: 30, applied: 50 }), { up: true, stalled: false, stalledSinceMs: null }, 'back up: not compared across the down spell');
  const backMs = now();
  t.match(await tick({ queueLag: 30, applied: 50 }), { stalled: false, stalledSinceMs: backMs }, 'its no-progress time starts in this run');
  for (let i = 0; i < 2; i++) await tick({ queueLag: 30, applied: 50 });
  t.equal((await tick({ queueLag: 30, applied: 50 })).stalled, true, 'stalled again after the stall time');
  t.equal(said(/stalled/).length, 2, 'warned again: a new stall');

  // Restarted between two polls: the count goes down; the new count is the next baseline.
  t.match(await tick({ queueLag: 30, applied: 3 }), { up: true, stalled: false, stalledSinceMs: null }, 'restarted: cleared');
  t.equal(said(/progress again/).length, 1, 'logged as no longer stalled');
  const restartMs = now();
  t.match(await tick({ queueLag: 30, applied: 3 }), { stalled: false, stalledSinceMs: restartMs }, 'counted from the first answer after the restart');
});

t.test('a SET working through redeliveries or refusals is moving, not stalled', async (t) => {
  const { tick, said } = await stallRig(t);
  // Redelivered operations are acknowledged as repeats: nothing new applied, yet the backlog falls.
  for (let i = 0; i < 8; i++) t.match(await tick({ queueLag: 800 - i * 50, applied: 70 }), { stalled: false, stalledSinceMs: null }, `backlog falling, answer ${i + 1}`);
  // Every operation refused (a bad batch, say): the refusals grow while the backlog holds.
  for (let i = 0; i < 8; i++) {
    t.match(await tick({ queueLag: 400, applied: 70, rejectedTotal: { CAP_REACHED: 10 + i } }), { stalled: false, stalledSinceMs: null }, `refusals growing, answer ${i + 1}`);
  }
  t.same(said(/stalled|progress again/), [], 'nothing logged');
  for (let i = 0; i < 5; i++) await tick({ queueLag: 400, applied: 70, rejectedTotal: { CAP_REACHED: 17 } });
  t.equal((await tick({ queueLag: 400, applied: 70, rejectedTotal: { CAP_REACHED: 17 } })).stalled, true, 'neither moving any more: stalled');
});
