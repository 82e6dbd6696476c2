/** A storm of one log line writes at most N lines per interval, then one summary with the count. */
import t from 'tap';
import { Writable } from 'node:stream';
import pino from 'pino';
import { LogThrottle } from '../log-throttle.ts';

t.test('at most N lines per key and interval, then a summary count', async (t) => {
  const lines: Array<Record<string, unknown>> = [];
  const sink = new Writable({ write(chunk: Buffer, _e, cb) { lines.push(JSON.parse(chunk.toString()) as Record<string, unknown>); cb(); } });
  const throttle = new LogThrottle(pino({ level: 'info' }, sink), { linesPerInterval: 3, intervalMs: 50 });
  t.teardown(() => throttle.close());
  for (let i = 0; i < 10_000; i++) throttle.warn('money-failed', { i }, 'money request failed');
  throttle.warn('other', {}, 'another message');
  await new Promise((r) => setTimeout(r, 60));
  throttle.warn('money-failed', { i: 'late' }, 'money request failed');
  await new Promise<void>((r) => setImmediate(r));
  const msgs = lines.map((l) => l.msg);
  t.equal(msgs.filter((m) => m === 'money request failed').length, 4, '3 lines in the first interval, then 1 in the next');
  t.equal(msgs.filter((m) => m === 'another message').length, 1, 'keys are throttled apart');
  const summary = lines.find((l) => l.suppressed !== undefined);
  t.equal(summary?.suppressed, 9_997, 'the summary counts the lines not written');
  t.equal(throttle.suppressedTotal, 9_997);
});
