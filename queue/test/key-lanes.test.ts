import t from 'tap';
import { KeyLanes } from '../key-lanes.ts';
import { RecentSet } from '../recent-set.ts';
import { shardOf, fnv1a32 } from '../shard.ts';
import { validateQueueConfig } from '../config.ts';
import { backoffMs } from '../backoff.ts';
import { sleep, waitFor } from './helpers.ts';

interface It { seq: number; key: string; attempt: number }

t.test('a failed item blocks only its key until the same seq comes back', async (t) => {
  const log: string[] = [];
  let failNext = true;
  const lanes = new KeyLanes<It>(async (it) => {
    if (it.seq === 1 && failNext) { failNext = false; log.push('fail 1'); return false; }
    await sleep(1);
    log.push(`done ${it.seq}`);
    return true;
  }, 5_000);
  lanes.offer({ seq: 1, key: 'a', attempt: 0 });
  lanes.offer({ seq: 2, key: 'a', attempt: 0 });
  lanes.offer({ seq: 3, key: 'b', attempt: 0 });
  await waitFor(() => log.includes('done 3'), 1000, 'b runs');
  t.notOk(log.includes('done 2'), 'a:2 waits for the redelivery of a:1');
  lanes.offer({ seq: 1, key: 'a', attempt: 1 }); // the redelivery
  await waitFor(() => log.includes('done 2'), 1000, 'a resumes');
  t.same(log.filter((l) => l !== 'done 3'), ['fail 1', 'done 1', 'done 2'], 'order kept for key a');
  t.equal(lanes.size, 0);
});

t.test('if the redelivery never comes, the key is released after waitMs', async (t) => {
  const done: number[] = [];
  const lanes = new KeyLanes<It>(async (it) => { if (it.seq === 1) return false; done.push(it.seq); return true; }, 100);
  lanes.offer({ seq: 1, key: 'a', attempt: 0 });
  lanes.offer({ seq: 2, key: 'a', attempt: 0 });
  await sleep(50);
  t.same(done, []);
  await waitFor(() => done.includes(2), 1000, 'released');
});

t.test('a redelivery of a queued seq replaces it; of a running seq is dropped', async (t) => {
  const ran: string[] = [];
  let release!: () => void;
  const gate = new Promise<void>((r) => { release = r; });
  const lanes = new KeyLanes<It>(async (it) => { ran.push(`${it.seq}/${it.attempt}`); if (it.seq === 1) await gate; return true; }, 1000);
  lanes.offer({ seq: 1, key: 'a', attempt: 0 });
  lanes.offer({ seq: 2, key: 'a', attempt: 0 });
  lanes.offer({ seq: 1, key: 'a', attempt: 1 });
  lanes.offer({ seq: 2, key: 'a', attempt: 1 });
  release();
  await lanes.idle();
  await waitFor(() => ran.length === 2, 1000, 'both ran');
  t.same(ran, ['1/0', '2/1']);
});

t.test('helpers', async (t) => {
  const r = new RecentSet(3);
  [1, 2, 3, 4].forEach((n) => r.add(n));
  t.notOk(r.has(1), 'evicted');
  t.ok(r.has(4) && r.has(2));
  t.equal(fnv1a32('pkt1'), fnv1a32('pkt1'), 'stable hash');
  t.ok(shardOf('x', 64) >= 0 && shardOf('x', 64) < 64);
  for (let a = 0; a < 20; a++) {
    const d = backoffMs(a, 100, 5000);
    t.ok(d >= Math.min(5000, 100 * 2 ** a) / 2 && d <= Math.min(5000, 100 * 2 ** a), `backoff ${a}: ${d}`);
  }
  t.throws(() => validateQueueConfig({ kind: 'jetstream', servers: [], stream: 'S', subjectPrefix: 'a', replicas: 3 }), { code: 'QUEUE_CONFIG_INVALID' });
  t.throws(() => validateQueueConfig({ kind: 'jetstream', servers: ['nats://x'], stream: 'S', subjectPrefix: 'a', replicas: 2 }), { code: 'QUEUE_CONFIG_INVALID' });
  t.throws(() => validateQueueConfig({ kind: 'sqlite', path: '' }), { code: 'QUEUE_CONFIG_INVALID' });
  t.ok(validateQueueConfig({ kind: 'sqlite', path: 'q.db' }));
});
