/**
 * Journal → forwarder → JetStream R3 (real 3-node cluster) → durable consumer,
 * through one node down and then the whole cluster down while the gateway keeps
 * writing. Every entry must arrive exactly once, in order per packet.
 */
import t from 'tap';
import path from 'node:path';
import { Forwarder } from '../forwarder.ts';
import { JetStreamPublisher, JetStreamConsumer } from '../../../queue/jetstream-queue.ts';
import type { JetStreamQueueConfig } from '../../../queue/config.ts';
import { createLogger } from '../../../common/logger.ts';
import { connectNats } from '../../../queue/jetstream-connect.ts';
import { startCluster } from '../../../queue/test/cluster-fixture.ts';
import { waitFor, sleep } from '../../../queue/test/helpers.ts';
import { openJournal, appendEntries, decode } from './journal-fixture.ts';

const logger = createLogger('test', { level: 'silent' });
const keyOf = (s: number) => `pkt${(s * 7919) % 300}`;

t.test('forwarder keeps retrying through a full cluster outage; nothing lost, nothing duplicated', async (t) => {
  const cluster = await startCluster(t);
  const dir = t.testdir();
  const journalPath = path.join(dir, 'journal.db');
  const journal = openJournal(journalPath);
  t.teardown(() => journal.close());
  const config: JetStreamQueueConfig = {
    kind: 'jetstream', servers: cluster.urls, stream: 'SHAKE_OPS', subjectPrefix: 'shake.ops', replicas: 3,
    consumerName: 'money', publishTimeoutMs: 2_000, ackWaitMs: 10_000, maxAckPending: 1000,
  };
  const pub = await JetStreamPublisher.create(config, { serviceToken: cluster.serviceToken, logger });
  t.teardown(() => pub.close());
  const consumer = await JetStreamConsumer.create(config, { serviceToken: cluster.serviceToken, logger });
  t.teardown(() => consumer.close());
  const fwd = new Forwarder({ journalPath, statePath: path.join(dir, 'fwd.db'), maxInFlight: 512, retryInitialMs: 100, retryMaxMs: 1_000 },
    { publisher: pub, logger, queueLag: () => consumer.lag() });
  t.teardown(() => fwd.close());

  const handled = new Map<string, number>();
  const lastByKey = new Map<string, number>();
  let outOfOrder = 0, redelivered = 0;
  await consumer.start(async (m) => {
    const e = decode(m.data);
    const seq = Number(e.journalSeq);
    if (m.redeliveries > 0) redelivered++;
    if ((lastByKey.get(m.key) ?? 0) > seq) outOfOrder++;
    lastByKey.set(m.key, Math.max(seq, lastByKey.get(m.key) ?? 0));
    handled.set(m.id, (handled.get(m.id) ?? 0) + 1);
  });
  await fwd.start();

  let last = appendEntries(journal, 0, 2000, keyOf);
  await waitFor(async () => (await fwd.stats()).backlog === 0, 20_000, 'initial drain');

  // One node down: forwarding continues.
  await cluster.killNode(2);
  for (let i = 0; i < 10; i++) { last = appendEntries(journal, last, 200, keyOf); await sleep(20); }
  await waitFor(async () => (await fwd.stats()).backlog === 0, 30_000, 'drain with one node down');
  t.pass(`one node down: forwarded up to seq ${last}`);
  await cluster.startNode(2);
  await cluster.waitHealthy(30_000);
  // The consumer is idle before the outage (no ack in flight at the kill), so any duplicate
  // afterwards would be a real one.
  await waitFor(async () => handled.size === last && (await consumer.lag()) === 0, 30_000, 'consumer idle before outage');

  // All three down; the gateway keeps writing.
  await Promise.all([0, 1, 2].map((i) => cluster.killNode(i)));
  const downAt = Date.now();
  const backlogs: number[] = [];
  for (let i = 0; i < 8; i++) {
    last = appendEntries(journal, last, 400, keyOf);
    await sleep(500);
    backlogs.push((await fwd.stats()).backlog);
  }
  const down = await fwd.stats();
  t.ok(backlogs.every((b, i) => i === 0 || b > backlogs[i - 1]), `backlog grows while the cluster is down: ${backlogs.join(' → ')}`);
  t.equal(down.queueHealthy, false, 'forwarder knows the queue is down');
  t.equal(down.lastError?.code, 'QUEUE_PUBLISH_FAILED', `lastError: ${down.lastError?.message}`);
  t.ok(down.forwardedSeq < last, 'not forwarded while down');

  const restartAt = Date.now();
  await Promise.all([0, 1, 2].map((i) => cluster.startNode(i)));
  await cluster.waitHealthy(50_000);
  const upAt = Date.now();
  t.comment(`cluster down ${restartAt - downAt} ms; restarted nodes healthy after ${upAt - restartAt} ms`);
  await waitFor(async () => (await fwd.stats()).backlog === 0, 40_000, 'drain after the cluster returns');
  const drainedAt = Date.now();
  await waitFor(() => handled.size === last, 30_000, `consumer to get all ${last}`);
  await sleep(500); // let any late redelivery show up
  t.pass(`backlog of ${backlogs[backlogs.length - 1]} drained ${drainedAt - upAt} ms after the cluster was healthy`);

  const nc = await connectNats(cluster.clientOptions());
  t.teardown(() => nc.close());
  const jsm = await nc.jetstreamManager();
  const si = await jsm.streams.info('SHAKE_OPS');
  t.equal(si.state.messages, last, `stream holds exactly ${last} messages (no loss, no duplicate stored)`);
  t.equal(handled.size, last, 'every entry handled (distinct ids)');
  const dups = [...handled.values()].filter((n) => n > 1).length;
  t.equal(dups, 0, `no entry handled twice (handler saw ${redelivered} redeliveries; ` +
    `${consumer.redeliveriesSuppressed} redeliveries of already-handled messages re-acked without the handler)`);
  t.equal(outOfOrder, 0, 'per-packet order kept');
  const fin = await fwd.stats();
  t.equal(fin.forwardedSeq, last, 'forwarder progress = last journal seq');
  // Acks sent just before this point may still be on their way to the cluster (under a loaded
  // machine, hundreds of ms): the lag must reach 0, it need not be 0 at this instant.
  await waitFor(async () => (await consumer.lag()) === 0, 30_000, 'consumer lag to reach 0');
  t.equal(await consumer.lag(), 0, 'consumer lag 0');
  t.ok(fin.queueLag !== null, `forwarder reports queue lag (${fin.queueLag})`);
});
