import t from 'tap';
import { KeyedSerialExecutor } from '../serial-executor.ts';

t.test('one batch at a time per key, in arrival order; keys run concurrently', async (t) => {
  const log: string[] = [];
  let running = new Map<string, number>();
  let maxParallelSameKey = 0;
  let maxKeys = 0;
  const ex = new KeyedSerialExecutor<number, number>(async (key, items) => {
    running.set(key, (running.get(key) ?? 0) + 1);
    maxParallelSameKey = Math.max(maxParallelSameKey, running.get(key)!);
    maxKeys = Math.max(maxKeys, running.size);
    await new Promise((r) => setTimeout(r, 2));
    log.push(...items.map((i) => `${key}${i}`));
    running.set(key, running.get(key)! - 1);
    if (running.get(key) === 0) running.delete(key);
    return items.map((i) => i * 10);
  }, 4);
  const ps: Promise<number>[] = [];
  for (let i = 0; i < 20; i++) ps.push(ex.submit('a', i), ex.submit('b', i));
  const res = await Promise.all(ps);
  t.same(res.filter((_, i) => i % 2 === 0), Array.from({ length: 20 }, (_, i) => i * 10));
  t.same(log.filter((x) => x.startsWith('a')), Array.from({ length: 20 }, (_, i) => `a${i}`), 'FIFO per key');
  t.equal(maxParallelSameKey, 1, 'never two batches of one key at once');
  t.equal(maxKeys, 2, 'different keys in parallel');
  t.equal(ex.activeKeys, 0);
  running = new Map();
});

t.test('a failing batch rejects its items only; the lane goes on', async (t) => {
  const ex = new KeyedSerialExecutor<number, number>(async (_k, items) => {
    if (items.includes(1)) throw new Error('boom');
    return items;
  }, 1);
  const r = await Promise.allSettled([ex.submit('k', 0), ex.submit('k', 1), ex.submit('k', 2)]);
  t.same(r.map((x) => x.status), ['fulfilled', 'rejected', 'fulfilled']);
});
