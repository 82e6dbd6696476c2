import t from 'tap';
import path from 'node:path';
import { SqlitePublisher, SqliteConsumer } from '../sqlite-queue.ts';
import type { DeliveredMessage } from '../types.ts';
import { msg, text, waitFor, sleep } from './helpers.ts';

const quiet = { level: 'silent' } as const;
import { createLogger } from '../../common/logger.ts';
const logger = createLogger('test', quiet);

t.test('publishing an id twice stores it once; lag counts unacked', async (t) => {
  const file = path.join(t.testdir(), 'q.db');
  const pub = new SqlitePublisher({ path: file });
  await Promise.all([pub.publish(msg('a', 'k1')), pub.publish(msg('a', 'k1', 'other body')), pub.publish(msg('b', 'k2'))]);
  await pub.publish(msg('a', 'k1'));
  const c = new SqliteConsumer({ path: file, logger });
  t.equal(await c.lag(), 2, 'two distinct messages');
  const got: DeliveredMessage[] = [];
  await c.start(async (m) => { got.push(m); });
  await waitFor(async () => (await c.lag()) === 0, 5000, 'lag 0');
  t.same(got.map((m) => m.id).sort(), ['a', 'b']);
  t.equal(text(got.find((m) => m.id === 'a')!.data), 'a', 'first body kept');
  await pub.publish(msg('b', 'k2'));
  await sleep(100);
  t.equal(got.length, 2, 'republished id not delivered again');
  await c.close();
  await pub.close();
});

t.test('per-key order holds while different keys run concurrently', async (t) => {
  const file = path.join(t.testdir(), 'q.db');
  const pub = new SqlitePublisher({ path: file });
  const keys = 20, perKey = 50;
  const all: Promise<void>[] = [];
  for (let i = 0; i < perKey; i++) for (let k = 0; k < keys; k++) all.push(pub.publish(msg(`k${k}-${i}`, `k${k}`, String(i))));
  await Promise.all(all);
  const c = new SqliteConsumer({ path: file, logger, maxInFlight: 64 });
  const seen = new Map<string, number[]>();
  const running = new Set<string>();
  let maxConcurrent = 0, sameKeyOverlap = 0;
  await c.start(async (m) => {
    if (running.has(m.key)) sameKeyOverlap++;
    running.add(m.key);
    maxConcurrent = Math.max(maxConcurrent, running.size);
    await sleep(Math.random() * 3);
    running.delete(m.key);
    const arr = seen.get(m.key) ?? [];
    arr.push(Number(text(m.data)));
    seen.set(m.key, arr);
  });
  await waitFor(async () => (await c.lag()) === 0, 30_000, 'drained');
  await c.close();
  await pub.close();
  t.equal(sameKeyOverlap, 0, 'never two handlers for one key at once');
  t.ok(maxConcurrent > 1, `different keys ran concurrently (max ${maxConcurrent})`);
  for (let k = 0; k < keys; k++) {
    t.same(seen.get(`k${k}`), Array.from({ length: perKey }, (_, i) => i), `key k${k} in publish order`);
  }
});

t.test('a failed handler gets the message again, and its key waits for it', async (t) => {
  const file = path.join(t.testdir(), 'q.db');
  const pub = new SqlitePublisher({ path: file });
  await pub.publish(msg('x1', 'x'));
  await pub.publish(msg('x2', 'x'));
  await pub.publish(msg('y1', 'y'));
  const c = new SqliteConsumer({ path: file, logger, retryMinMs: 20, retryMaxMs: 50 });
  const order: string[] = [];
  let failures = 0;
  await c.start(async (m) => {
    if (m.id === 'x1' && failures < 2) { failures++; throw new Error('boom'); }
    order.push(`${m.id}#${m.redeliveries}`);
  });
  await waitFor(async () => (await c.lag()) === 0, 5000, 'drained');
  await c.close();
  await pub.close();
  t.equal(failures, 2);
  t.ok(order.indexOf('x1#2') >= 0, 'x1 delivered a third time with redeliveries=2');
  t.ok(order.indexOf('x1#2') < order.indexOf('x2#0'), 'x2 only after x1 succeeded');
  t.ok(order.includes('y1#0'), 'other key not blocked');
});

t.test('consumer started late gets everything; close releases in-flight for the next consumer', async (t) => {
  const file = path.join(t.testdir(), 'q.db');
  const pub = new SqlitePublisher({ path: file });
  for (let i = 0; i < 10; i++) await pub.publish(msg(`m${i}`, `k${i % 3}`));
  const c1 = new SqliteConsumer({ path: file, logger, maxInFlight: 4 });
  let release!: () => void;
  const gate = new Promise<void>((r) => { release = r; });
  let started = 0;
  await c1.start(async () => { started++; await gate; throw new Error('shutting down'); });
  await waitFor(() => started >= 3, 5000, 'handlers running');
  const closing = c1.close(100);
  release();
  await closing;
  const c2 = new SqliteConsumer({ path: file, logger, retryMinMs: 1, retryMaxMs: 5 });
  const ids = new Set<string>();
  await c2.start(async (m) => { ids.add(m.id); });
  await waitFor(async () => (await c2.lag()) === 0, 5000, 'drained by c2');
  t.equal(ids.size, 10);
  await c2.close();
  await pub.close();
});
