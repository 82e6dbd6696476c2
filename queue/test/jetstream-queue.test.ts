import t from 'tap';
import { JetStreamPublisher, JetStreamConsumer } from '../jetstream-queue.ts';
import type { JetStreamQueueConfig } from '../config.ts';
import { createLogger } from '../../common/logger.ts';
import { connectNats } from '../jetstream-connect.ts';
import { startCluster } from './cluster-fixture.ts';
import { msg, text, waitFor, sleep } from './helpers.ts';

const logger = createLogger('test', { level: 'silent' });

t.test('JetStream R3 queue against a real 3-node cluster', async (t) => {
  const cluster = await startCluster(t);
  const config: JetStreamQueueConfig = {
    kind: 'jetstream', servers: cluster.urls, stream: 'SHAKE_OPS', subjectPrefix: 'shake.ops', replicas: 3,
    shards: 8, consumerName: 'money', maxAckPending: 200, ackWaitMs: 5_000, publishTimeoutMs: 3_000,
  };
  const pub = await JetStreamPublisher.create(config, { serviceToken: cluster.serviceToken, logger });
  t.teardown(() => pub.close());
  // Creating it twice is idempotent.
  await (await JetStreamPublisher.create(config, { serviceToken: cluster.serviceToken, logger })).close();

  const nc = await connectNats(cluster.clientOptions());
  t.teardown(() => nc.close());
  const jsm = await nc.jetstreamManager();
  const si = await jsm.streams.info('SHAKE_OPS');
  t.equal(si.config.num_replicas, 3, 'stream has 3 replicas');
  t.equal(si.config.storage, 'file', 'file storage');

  const keys = 25, perKey = 40;
  const sends: Promise<void>[] = [];
  for (let i = 0; i < perKey; i++) for (let k = 0; k < keys; k++) sends.push(pub.publish(msg(`p${k}-${i}`, `pkt${k}`, String(i))));
  await Promise.all(sends);
  // Duplicates (same id) are dropped by the stream.
  await Promise.all(Array.from({ length: 100 }, (_, i) => pub.publish(msg(`p${i % keys}-${Math.floor(i / keys)}`, `pkt${i % keys}`, 'dup'))));
  t.equal((await jsm.streams.info('SHAKE_OPS')).state.messages, keys * perKey, 'each id stored once');

  const consumer = await JetStreamConsumer.create(config, { serviceToken: cluster.serviceToken, logger, retryMinMs: 50, retryMaxMs: 100 });
  t.teardown(() => consumer.close());
  const seen = new Map<string, number[]>();
  const running = new Set<string>();
  let overlap = 0, maxConc = 0, failedOnce = false, deliveries = 0;
  const failedRedeliveries: number[] = [];
  await consumer.start(async (m) => {
    deliveries++;
    if (running.has(m.key)) overlap++;
    running.add(m.key);
    maxConc = Math.max(maxConc, running.size);
    try {
      await sleep(Math.random() * 2);
      if (m.id === 'p3-5' && !failedOnce) { failedOnce = true; throw new Error('transient'); }
      if (m.id === 'p3-5') failedRedeliveries.push(m.redeliveries);
      const arr = seen.get(m.key) ?? [];
      arr.push(Number(text(m.data)));
      seen.set(m.key, arr);
    } finally {
      running.delete(m.key);
    }
  });
  await waitFor(async () => (await consumer.lag()) === 0 && [...seen.values()].reduce((a, b) => a + b.length, 0) === keys * perKey, 30_000, 'drain');
  t.equal(overlap, 0, 'one handler at a time per key');
  t.ok(maxConc > 1, `keys handled concurrently (max ${maxConc})`);
  for (let k = 0; k < keys; k++) t.same(seen.get(`pkt${k}`), Array.from({ length: perKey }, (_, i) => i), `pkt${k} in order`);
  t.same(failedRedeliveries, [1], 'failed message redelivered once (after nak), key order kept');
  t.equal(deliveries, keys * perKey + 1, 'no delivery besides the one retried failure');

  const total = () => [...seen.values()].reduce((a, b) => a + b.length, 0);
  const leaderOf = async () => (await jsm.streams.info('SHAKE_OPS')).cluster!.leader!;
  let next = perKey;
  const publishRound = async (tag: string, tolerateFailures: boolean) => {
    let failures = 0;
    const t0 = Date.now();
    // One publish per key at a time, awaited (as the forwarder does), retried on failure.
    await Promise.all(Array.from({ length: keys }, async (_, k) => {
      for (let i = 0; i < 20; i++) {
        for (;;) {
          try { await pub.publish(msg(`${tag}-${k}-${i}`, `pkt${k}`, String(next + i))); break; } catch (e) {
            failures++;
            if (!tolerateFailures) throw e;
            await sleep(200);
          }
        }
      }
    }));
    next += 20;
    return { failures, ms: Date.now() - t0 };
  };

  // A follower (not the stream leader) down: publishing continues without a single failure.
  // Prefer the follower the publisher is connected to: its in-flight publishes die with it.
  const leader1 = await leaderOf();
  const connected = cluster.nodes.findIndex((n) => n.url.endsWith(pub.connectedServer));
  const victim = cluster.nodes[connected]?.name !== leader1 && connected >= 0
    ? connected : cluster.nodes.findIndex((n) => n.name !== leader1);
  t.comment(`publisher connected to ${pub.connectedServer}; killing follower ${cluster.nodes[victim].name} (${victim === connected ? 'the connected one' : 'not the connected one'})`);
  await cluster.killNode(victim);
  const r1 = await publishRound('f', false);
  t.equal(r1.failures, 0, `500 publishes acked with follower ${cluster.nodes[victim].name} down, no failure (${r1.ms} ms)`);
  await waitFor(async () => total() === keys * perKey + 500, 30_000, 'consume with a follower down');
  await cluster.startNode(victim);
  await cluster.waitHealthy(30_000);

  // The stream leader down: publishes fail until a new leader is elected, then continue.
  const leader2 = await leaderOf();
  const li = cluster.nodes.findIndex((n) => n.name === leader2);
  await cluster.killNode(li);
  const r2 = await publishRound('l', true);
  t.ok(r2.ms < 20_000, `stream leader ${leader2} killed: 500 publishes done in ${r2.ms} ms with ${r2.failures} retried failures`);
  await waitFor(async () => total() === keys * perKey + 1000, 30_000, 'consume with the leader down');
  t.equal(total(), keys * perKey + 1000, 'everything consumed');
  for (let k = 0; k < keys; k++) {
    t.same(seen.get(`pkt${k}`), Array.from({ length: next }, (_, i) => i), `pkt${k} in order, no loss, no dup`);
  }
  t.equal((await jsm.streams.info('SHAKE_OPS')).state.messages, keys * perKey + 1000, 'stream holds each id once');
  await cluster.startNode(li);
});
