import t from 'tap';
import { setTimeout as sleep } from 'node:timers/promises';
import { startGatewayProcess } from '../../test/helpers/gateway-process.ts';
import { TestPhone } from '../../test/helpers/phone.ts';
import { createGatewayLanes, ioLanes, ioThreadOf, logicLanes, logicWorkerOf, IO_SHIFT } from '../lanes.ts';
import { resolveThreadCounts } from '../threads.ts';

const secret = 'e2e-secret-0123456789';

t.test('routing: a user maps to one logic worker, spread over the workers', async (t) => {
  for (const m of [1, 2, 3, 7]) {
    const counts = new Array(m).fill(0);
    let unstable = 0;
    for (let i = 0; i < 7000; i++) {
      const w = logicWorkerOf(`user-${i}`, m);
      if (logicWorkerOf(`user-${i}`, m) !== w || w < 0 || w >= m) unstable++;
      counts[w]++;
    }
    t.equal(unstable, 0, `${m} workers: the same worker every time`);
    t.ok(counts.every((n) => n > (7000 / m) * 0.8), `${m} workers: ${counts.join('/')}`);
  }
  t.end();
});

t.test('lanes: every (IO thread, logic worker) pair has its own rings; doorbells are shared per consumer', async (t) => {
  const l = createGatewayLanes(3, 2, 1024, 1024);
  const io1 = ioLanes(l, 1);
  const w0 = logicLanes(l, 0);
  t.equal(io1.requests[0], w0.requests[1], 'IO 1 -> worker 0 is one ring seen from both ends');
  t.equal(io1.replies[0], w0.replies[1]);
  t.equal(new Set(l.requests.flat()).size, 6);
  t.equal(io1.logicDoorbells[0], w0.doorbell);
  t.equal(w0.ioDoorbells[1], io1.doorbell);
  t.equal(ioThreadOf((2 << IO_SHIFT) | 77), 2);
  t.end();
});

t.test('thread counts: from the core count by default (1 x 1 on 2 cores); several IO threads only with the port-sharing preload', async (t) => {
  t.same(resolveThreadCounts({ io: 0, logic: 0 }, 1, true), { io: 1, logic: 1, ioLimitedBy: null });
  t.same(resolveThreadCounts({ io: 0, logic: 0 }, 2, true), { io: 1, logic: 1, ioLimitedBy: null });
  t.same(resolveThreadCounts({ io: 0, logic: 0 }, 4, true), { io: 2, logic: 1, ioLimitedBy: null });
  t.same(resolveThreadCounts({ io: 0, logic: 0 }, 8, true), { io: 4, logic: 2, ioLimitedBy: null });
  t.same(resolveThreadCounts({ io: 0, logic: 0 }, 16, true), { io: 8, logic: 4, ioLimitedBy: null });
  t.same(resolveThreadCounts({ io: 0, logic: 0 }, 16, false), { io: 1, logic: 4, ioLimitedBy: 'reuseport' });
  t.same(resolveThreadCounts({ io: 8, logic: 4 }, 16, true), { io: 8, logic: 4, ioLimitedBy: null });
  t.same(resolveThreadCounts({ io: 4, logic: 2 }, 16, false), { io: 1, logic: 2, ioLimitedBy: 'reuseport' });
  t.end();
});

t.test('2 IO threads x 2 logic workers: connections on both IO threads, each user decided by one worker only', async (t) => {
  const gw = await startGatewayProcess({ SHAKE_AUTH_SECRET: secret, SHAKE_IO_THREADS: '2', SHAKE_LOGIC_WORKERS: '2', SHAKE_OVERLOAD: 'off', SHAKE_MAX_CONNECTIONS_PER_USER: '4' });
  t.teardown(() => gw.stop());
  const status = await gw.status();
  t.same(status.threads, { io: 2, logic: 2 });
  const handledPerWorker = async () => ((await gw.status()).logicWorkers as { handled: number }[]).map((w) => w.handled);
  const SHAKES = 30;
  const usedWorkers = new Set<number>();
  const allPhones: TestPhone[] = [];
  t.teardown(() => allPhones.forEach((p) => p.close()));
  for (let u = 0; u < 6; u++) {
    const userId = `router-${u}`;
    // Several connections of the same user: the kernel spreads them over the IO threads.
    const phones = await Promise.all(Array.from({ length: 4 }, () => TestPhone.connect(gw.url, { secret, userId })));
    allPhones.push(...phones);
    const before = await handledPerWorker();
    let seq = 0;
    for (let k = 0; k < SHAKES; k++) for (const p of phones) p.send({ seq: ++seq, shake: {} });
    for (let i = 0; i < 400 && phones.some((p) => p.replies.length < SHAKES); i++) await sleep(10);
    t.ok(phones.every((p) => p.replies.length === SHAKES), `${userId}: every shake answered`);
    const after = await handledPerWorker();
    const delta = after.map((n, j) => n - before[j]);
    const deciders = delta.map((d, j) => (d > 0 ? j : -1)).filter((j) => j >= 0);
    t.same(deciders, [logicWorkerOf(userId, 2)], `${userId}: decided by worker ${logicWorkerOf(userId, 2)} only (handled delta ${delta.join('/')})`);
    t.equal(delta[logicWorkerOf(userId, 2)], SHAKES * phones.length);
    usedWorkers.add(deciders[0]);
  }
  t.equal(usedWorkers.size, 2, 'the users were spread over both workers');
  let perThread: number[] = [];
  for (let i = 0; i < 100; i++) {
    perThread = ((await gw.status()).ioThreads as { connections: number }[]).map((x) => x.connections);
    if (perThread.reduce((a, b) => a + b, 0) === allPhones.length) break;
    await sleep(50);
  }
  t.equal(perThread.reduce((a, b) => a + b, 0), allPhones.length, `connections per IO thread ${perThread.join('/')}`);
  t.ok(perThread.every((n) => n > 0), 'both IO threads hold connections');
});

t.test('each IO thread admits its share of the upgrade rate', async (t) => {
  const { defaultOverloadConfig, perIoThread } = await import('../overload/config.ts');
  const o = defaultOverloadConfig();
  t.equal(perIoThread(o, 1), o);
  const share = perIoThread(o, 4);
  t.equal(share.admission.upgradesPerSec * 4, o.admission.upgradesPerSec);
  t.equal(share.admission.burst * 4, o.admission.burst);
  t.equal(share.pacing, o.pacing, 'pacing is per connection: unchanged');
});

t.test('2 IO threads: the per-user connection cap holds for the whole process', async (t) => {
  const gw = await startGatewayProcess({ SHAKE_AUTH_SECRET: secret, SHAKE_IO_THREADS: '2', SHAKE_LOGIC_WORKERS: '1', SHAKE_MAX_CONNECTIONS_PER_USER: '3' });
  t.teardown(() => gw.stop());
  const phones: TestPhone[] = [];
  t.teardown(() => phones.forEach((p) => p.close()));
  // One at a time, so "oldest" is well defined; the kernel spreads them over both IO threads.
  for (let i = 0; i < 8; i++) phones.push(await TestPhone.connect(gw.url, { secret, userId: 'capped' }));
  for (let i = 0; i < 200 && phones.filter((p) => p.closed).length < 5; i++) await sleep(20);
  const closed = phones.map((p, i) => (p.closed ? i : -1)).filter((i) => i >= 0);
  t.same(closed, [0, 1, 2, 3, 4], 'the five oldest were replaced, the newest three stay');
  t.ok(phones.slice(0, 5).every((p) => p.closed?.reason === 'USER_CONNECTION_REPLACED'), 'closed as replaced');
  let s = await gw.status();
  for (let i = 0; i < 40 && (s.connections !== 3 || s.counters.userConnectionsReplaced !== 5); i++) { await sleep(50); s = await gw.status(); }
  t.equal(s.connections, 3);
  t.equal(s.counters.userConnectionsReplaced, 5);
  t.ok((s.ioThreads as { connections: number }[]).length === 2, `connections per IO thread ${(s.ioThreads as { connections: number }[]).map((x) => x.connections).join('/')}`);
});
