/**
 * The money SETs monitor against real HTTP servers playing SETs (their
 * GET /health as packet-service/http.ts answers it): up with backlog, pay rate
 * and refusals; slower than the timeout; down (connection refused); back up on
 * the same port; a restarted SET (count going down) gives no rate across the
 * restart; the loop polls until stopped and never after.
 */
import t from 'tap';
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
