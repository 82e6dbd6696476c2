import t from 'tap';
import { busyDelayMs, limitAfterReply, nextShakeDelayMs, reconnectDelayMs, retryAfterFromHeaders, replyTimedOut, NO_LIMIT } from '../../../contracts/client-rules.ts';

t.test('reconnect: full jitter over an exponential window, capped; retry-after is a floor', async (t) => {
  t.equal(reconnectDelayMs(0, () => 0.999999), 500 * 0.999999);
  t.equal(reconnectDelayMs(3, () => 0.5), 2000);
  t.equal(reconnectDelayMs(20, () => 1), 30_000, 'capped at 30 s');
  t.equal(reconnectDelayMs(0, () => 0), 0, 'full jitter reaches 0');
  t.equal(reconnectDelayMs(0, () => 0, 2000), 2000, 'retry-after is honoured');
  t.equal(reconnectDelayMs(0, () => 1, 2000), 3000, 'plus up to 50 % jitter');
  t.equal(reconnectDelayMs(10, () => 1, 2000), 30_000, 'backoff wins when longer');
});

t.test('busy: the hint plus up to 50 %', async (t) => {
  t.equal(busyDelayMs(200, () => 0), 200);
  t.equal(busyDelayMs(200, () => 1), 300);
});

t.test('retry hints from upgrade headers', async (t) => {
  const h = (o: Record<string, string>) => (n: string) => o[n];
  t.equal(retryAfterFromHeaders(h({ 'retry-after': '2', 'x-shake-retry-after-ms': '1500' })), 1500);
  t.equal(retryAfterFromHeaders(h({ 'retry-after': '2' })), 2000);
  t.equal(retryAfterFromHeaders(h({})), undefined);
});

t.test('rate limit follows replies; a shake reply without one lifts it', async (t) => {
  let l = limitAfterReply(NO_LIMIT, { rateLimit: { tier: 2, minIntervalMs: 5000 }, shake: {} });
  t.same(l, { tier: 2, minIntervalMs: 5000 });
  t.same(limitAfterReply(l, { busy: {} } as never), l, 'a busy without rate_limit leaves it');
  t.same(limitAfterReply(l, { shake: {} }), NO_LIMIT);
  l = limitAfterReply(NO_LIMIT, { rateLimit: { minIntervalMs: 300 } });
  t.same(l, { tier: 0, minIntervalMs: 300 }, 'tier 0 with an interval (gateway baseline)');
});

t.test('next shake waits at least the interval, never less, jitter only later', async (t) => {
  const lim = { tier: 1, minIntervalMs: 2000 };
  t.equal(nextShakeDelayMs(NO_LIMIT, 0, () => 0.5), 0);
  t.equal(nextShakeDelayMs(lim, 500, () => 0), 1500);
  t.equal(nextShakeDelayMs(lim, 500, () => 1), 1700);
  t.equal(nextShakeDelayMs(lim, 5000, () => 1), 0);
  for (let i = 0; i < 100; i++) t.ok(nextShakeDelayMs(lim, 0, Math.random) >= 2000);
  t.equal(replyTimedOut(0, 5001), true);
  t.equal(replyTimedOut(0, 5000), false);
});
