/**
 * The NATS cluster from ops/nats requires credentials on its client port and on
 * its route port (derived from the service token, common/nats-auth.ts): a real
 * 3-node cluster refuses a client without credentials or with a wrong password
 * (SERVICE_UNAUTHORIZED, at once rather than retrying forever), serves the right
 * one (R3 stream, publish and consume), keeps its configs owner-only, refuses a
 * route from a server without the route credential, and takes a restarted node
 * back over the authenticated routes.
 */
import t from 'tap';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect, type NatsConnection } from 'nats';
import { NatsCluster } from '../cluster.ts';
import { natsClientCredentials, natsRouteCredentials } from '../../../common/nats-auth.ts';
import { createLogger } from '../../../common/logger.ts';
import { connectForever, connectNats } from '../../../queue/jetstream-connect.ts';
import { JetStreamConsumer, JetStreamPublisher } from '../../../queue/jetstream-queue.ts';
import type { JetStreamQueueConfig } from '../../../queue/config.ts';
import { msg, waitFor } from '../../../queue/test/helpers.ts';

const TOKEN = 'cluster-auth-test-service-token';
const logger = createLogger('test', { level: 'silent' });
/** A refusal must come well inside this; a client that retried forever would hit it. */
const FAST_MS = 10_000;

/** Resolves to what the connect attempt ended with, or 'hung' after FAST_MS. */
async function outcome(attempt: Promise<NatsConnection>): Promise<{ code?: string; ms: number; hung?: true; nc?: NatsConnection }> {
  const t0 = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const hung = new Promise<'hung'>((r) => { timer = setTimeout(() => r('hung'), FAST_MS); });
  try {
    const r = await Promise.race([attempt, hung]);
    if (r === 'hung') return { hung: true, ms: Date.now() - t0 };
    return { nc: r, ms: Date.now() - t0 };
  } catch (e) {
    return { code: (e as { code?: string }).code, ms: Date.now() - t0 };
  } finally {
    clearTimeout(timer);
  }
}

async function monitor<T>(cluster: NatsCluster, i: number, endpoint: string): Promise<T> {
  return (await (await fetch(`http://127.0.0.1:${cluster.nodes[i].monitorPort}/${endpoint}`)).json()) as T;
}

const routesOf = async (cluster: NatsCluster, i: number) => (await monitor<{ num_routes: number }>(cluster, i, 'routez')).num_routes;

/** Publishes `n` messages through the R3 stream with the right credential and waits until a consumer got every one. */
async function roundTrip(config: JetStreamQueueConfig, prefix: string, n: number): Promise<string[]> {
  const pub = await JetStreamPublisher.create(config, { serviceToken: TOKEN, logger });
  const consumer = await JetStreamConsumer.create(config, { serviceToken: TOKEN, logger });
  try {
    const got: string[] = [];
    await consumer.start(async (m) => { if (m.id.startsWith(prefix)) got.push(m.id); });
    for (let i = 0; i < n; i++) await pub.publish(msg(`${prefix}-${i}`, `k${i % 3}`));
    await waitFor(() => got.length >= n, 30_000, `${n} ${prefix} messages consumed`);
    return got.sort();
  } finally {
    await consumer.close();
    await pub.close();
  }
}

t.test('the ops/nats cluster requires credentials on clients and routes', async (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nats-auth-'));
  const cluster = await NatsCluster.start({ dir, size: 3, serviceToken: TOKEN });
  t.teardown(async () => { await cluster.stop(); rmSync(dir, { recursive: true, force: true }); });
  const config: JetStreamQueueConfig = {
    kind: 'jetstream', servers: cluster.urls, stream: 'AUTH_OPS', subjectPrefix: 'auth.ops', replicas: 3, shards: 4,
    consumerName: 'money', ackWaitMs: 5_000, publishTimeoutMs: 5_000,
  };

  t.test('configs on disk are owner-only and hold derived passwords, never the token', async (t) => {
    for (const [i, node] of cluster.nodes.entries()) {
      const file = cluster.configPath(i);
      t.equal(statSync(file).mode & 0o777, 0o600, `${node.name}.conf is 0600`);
      const text = readFileSync(file, 'utf8');
      t.ok(text.includes(natsClientCredentials(TOKEN).pass), `${node.name}: client password`);
      t.ok(text.includes(natsRouteCredentials(TOKEN).pass), `${node.name}: route password`);
      t.notOk(text.includes(TOKEN), `${node.name}: the service token itself is not written`);
    }
  });

  t.test('a client without credentials is refused', async (t) => {
    const raw = await outcome(connect({ servers: cluster.urls }));
    t.notOk(raw.hung, 'the plain nats client gets an answer');
    t.equal(raw.code, 'AUTHORIZATION_VIOLATION', 'nats-server refuses it');
    const ours = await outcome(connectNats({ servers: cluster.urls }));
    t.equal(ours.code, 'SERVICE_UNAUTHORIZED', 'connectNats types the refusal');
  });

  t.test('a wrong password is refused fast with SERVICE_UNAUTHORIZED, not retried forever', async (t) => {
    const r = await outcome(connectForever(cluster.urls, 'intruder', { serviceToken: 'some-other-deployment-token' }, logger));
    t.notOk(r.hung, `connectForever gave up (${r.ms} ms)`);
    t.equal(r.code, 'SERVICE_UNAUTHORIZED');
    t.ok(r.ms < FAST_MS, `refused in ${r.ms} ms`);
    await t.rejects(JetStreamPublisher.create(config, { serviceToken: 'some-other-deployment-token', logger }), { code: 'SERVICE_UNAUTHORIZED' },
      'a publisher with the wrong token does not start');
  });

  t.test('the monitoring port stays open without credentials (read-only status)', async (t) => {
    const res = await fetch(`http://127.0.0.1:${cluster.nodes[0].monitorPort}/healthz`);
    t.equal(res.status, 200);
  });

  t.test('the right credentials publish to the R3 stream and a consumer gets the messages', async (t) => {
    const got = await roundTrip(config, 'first', 20);
    t.same(got, Array.from({ length: 20 }, (_, i) => `first-${i}`).sort(), 'every message consumed once');
    const nc = await connectNats(cluster.clientOptions());
    t.teardown(() => nc.close());
    const si = await (await nc.jetstreamManager()).streams.info('AUTH_OPS');
    t.equal(si.config.num_replicas, 3, 'replicas 3');
    t.equal(si.cluster?.replicas?.length, 2, 'a leader and two replicas over the authenticated routes');
  });

  t.test('a server without the route credential cannot join', async (t) => {
    // The client credential is not a route credential: present it on the route port.
    const client = natsClientCredentials(TOKEN);
    const conf = path.join(dir, 'rogue.conf');
    writeFileSync(conf, [
      'server_name: rogue', 'listen: 127.0.0.1:-1', `jetstream { store_dir: "${path.join(dir, 'rogue')}" }`,
      'cluster {', '  name: shake', '  listen: 127.0.0.1:-1',
      `  routes: [nats-route://${client.user}:${client.pass}@127.0.0.1:${cluster.nodes[0].clusterPort}]`, '}', '',
    ].join('\n'), { mode: 0o600 });
    const rogue = spawn('nats-server', ['-c', conf], { stdio: 'ignore' });
    t.teardown(() => { rogue.kill('SIGKILL'); });
    const log = path.join(dir, `${cluster.nodes[0].name}.log`);
    await waitFor(() => /Router connection closed: Authentication Failure/.test(readFileSync(log, 'utf8')), 15_000, 'n1 to refuse the route');
    t.equal(await routesOf(cluster, 0), 2, 'n1 still routes to its two peers only');
  });

  t.test('a restarted node rejoins over the authenticated routes; the R3 stream still works', async (t) => {
    await cluster.killNode(1);
    await cluster.startNode(1);
    await cluster.waitHealthy(30_000);
    await waitFor(async () => (await routesOf(cluster, 1)) === 2, 30_000, 'the restarted node to route to both peers');
    const nc = await connectNats(cluster.clientOptions());
    t.teardown(() => nc.close());
    const jsm = await nc.jetstreamManager();
    await waitFor(async () => {
      const c = (await jsm.streams.info('AUTH_OPS')).cluster;
      const names = [c?.leader, ...(c?.replicas ?? []).filter((r) => r.current).map((r) => r.name)];
      return names.includes(cluster.nodes[1].name) && names.length === 3;
    }, 30_000, 'the restarted node to be a current replica of the stream again');
    t.pass('the restarted node is a current replica');
    const got = await roundTrip(config, 'after', 10);
    t.same(got, Array.from({ length: 10 }, (_, i) => `after-${i}`).sort(), 'publish and consume after the restart');
  });
});
