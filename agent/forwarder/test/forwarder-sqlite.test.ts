import t from 'tap';
import path from 'node:path';
import { Forwarder } from '../forwarder.ts';
import { SqlitePublisher, SqliteConsumer } from '../../../queue/sqlite-queue.ts';
import type { QueueMessage, QueuePublisher } from '../../../queue/types.ts';
import { ShakeError } from '../../../common/errors.ts';
import { createLogger } from '../../../common/logger.ts';
import { openJournal, appendEntries, decode } from './journal-fixture.ts';
import { waitFor, sleep } from '../../../queue/test/helpers.ts';

const logger = createLogger('test', { level: 'silent' });

/** Collects what a consumer receives; checks per-key order via journal_seq inside the payload. */
function collector() {
  const ids = new Map<string, number>();
  const lastSeqByKey = new Map<string, number>();
  let outOfOrder = 0;
  return {
    ids, get outOfOrder() { return outOfOrder; },
    handle: async (m: { id: string; key: string; data: Uint8Array }) => {
      const e = decode(m.data);
      if (e.entryId !== m.id || e.packetId !== m.key) throw new Error('payload/id mismatch');
      const seq = Number(e.journalSeq);
      if (!ids.has(m.id) && (lastSeqByKey.get(m.key) ?? 0) > seq) outOfOrder++;
      lastSeqByKey.set(m.key, Math.max(seq, lastSeqByKey.get(m.key) ?? 0));
      ids.set(m.id, (ids.get(m.id) ?? 0) + 1);
    },
  };
}

t.test('forwards a journal written concurrently, in order per packet, and resumes after restart', async (t) => {
  const dir = t.testdir();
  const journalPath = path.join(dir, 'journal.db');
  const queuePath = path.join(dir, 'queue.db');
  const statePath = path.join(dir, 'forwarder.db');
  const journal = openJournal(journalPath);
  t.teardown(() => journal.close());
  let last = appendEntries(journal, 0, 3000, (s) => `pkt${s % 97}`);

  const pub = new SqlitePublisher({ path: queuePath });
  t.teardown(() => pub.close());
  const f1 = new Forwarder({ journalPath, statePath, maxInFlight: 256 }, { publisher: pub, logger });
  await f1.start();
  for (let i = 0; i < 10; i++) { last = appendEntries(journal, last, 200, (s) => `pkt${s % 97}`); await sleep(5); }
  await waitFor(async () => (await f1.stats()).forwardedSeq >= 2000, 10_000, 'partial progress');
  await f1.close(); // stops mid-stream (journal keeps growing)
  last = appendEntries(journal, last, 1000, (s) => `pkt${s % 97}`);

  const f2 = new Forwarder({ journalPath, statePath, maxInFlight: 256 }, { publisher: pub, logger });
  t.teardown(() => f2.close());
  await f2.start();
  const s0 = await f2.stats();
  t.ok(s0.forwardedSeq >= 2000, `resumed from saved progress (seq ${s0.forwardedSeq})`);
  await f2.drained();
  const st = await f2.stats();
  t.equal(st.backlog, 0, 'drained() resolves with no backlog');
  t.ok(st.forwardedTotal >= last - s0.forwardedSeq, `forwardedTotal counts this run's acks (${st.forwardedTotal})`);
  t.equal(st.forwardedSeq, last, 'forwarded up to the last journal seq');
  t.equal(st.journalMaxSeq, last);

  const c = new SqliteConsumer({ path: queuePath, logger, maxInFlight: 128 });
  t.teardown(() => c.close());
  const col = collector();
  await c.start(col.handle);
  await waitFor(async () => (await c.lag()) === 0, 20_000, 'consumer drain');
  t.equal(col.ids.size, last, 'every entry arrived');
  t.equal([...col.ids.values()].filter((n) => n !== 1).length, 0, 'each delivered once');
  t.equal(col.outOfOrder, 0, 'per-packet order kept');
});

/** A real SQLite publisher that can be switched to refuse, as a queue that is down would. */
class SwitchablePublisher implements QueuePublisher {
  down = false;
  attempts = 0;
  constructor(private readonly inner: QueuePublisher) {}
  async publish(m: QueueMessage): Promise<void> {
    this.attempts++;
    if (this.down) { await sleep(2); throw new ShakeError('QUEUE_PUBLISH_FAILED', 'queue unavailable'); }
    return this.inner.publish(m);
  }
  close() { return this.inner.close(); }
}

t.test('queue down: backs off (few attempts), backlog grows, drains when it returns', async (t) => {
  const dir = t.testdir();
  const journalPath = path.join(dir, 'journal.db');
  const queuePath = path.join(dir, 'queue.db');
  const journal = openJournal(journalPath);
  t.teardown(() => journal.close());
  const pub = new SwitchablePublisher(new SqlitePublisher({ path: queuePath }));
  t.teardown(() => pub.close());
  const f = new Forwarder({ journalPath, statePath: path.join(dir, 'f.db'), retryInitialMs: 20, retryMaxMs: 200 }, { publisher: pub, logger });
  t.teardown(() => f.close());
  await f.start();
  let last = appendEntries(journal, 0, 500, (s) => `p${s % 50}`);
  await waitFor(async () => (await f.stats()).backlog === 0, 5000, 'first drain');
  pub.down = true;
  const attemptsBefore = pub.attempts;
  for (let i = 0; i < 20; i++) { last = appendEntries(journal, last, 100, (s) => `p${s % 50}`); await sleep(50); }
  const down = await f.stats();
  t.equal(down.backlog, 2000, 'backlog = everything written while down');
  t.equal(down.queueHealthy, false);
  t.equal(down.lastError?.code, 'QUEUE_PUBLISH_FAILED', 'last error reported');
  const during = pub.attempts - attemptsBefore;
  t.ok(during < 200, `probing with one publish at a time while down (${during} attempts in ~1 s, not thousands)`);
  pub.down = false;
  await waitFor(async () => (await f.stats()).backlog === 0, 5000, 'drain after recovery');
  const c = new SqliteConsumer({ path: queuePath, logger });
  t.teardown(() => c.close());
  const col = collector();
  await c.start(col.handle);
  await waitFor(async () => (await c.lag()) === 0, 10_000, 'consumer drain');
  t.equal(col.ids.size, last, 'nothing lost');
  t.equal(col.outOfOrder, 0, 'order per packet kept across the outage');
});
