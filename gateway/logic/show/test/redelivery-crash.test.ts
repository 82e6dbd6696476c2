/**
 * A won packet survives its gateway's crash, with real gateway processes and
 * the caps feed over NATS JetStream: phones win on gateway A and drop the
 * reply, A is SIGKILLed, and each phone reconnects to the restarted A and to
 * gateway B. Both hand the same packet (same id, same token) back, and no
 * phone ever holds a fourth packet or two of one sponsor.
 */
import t from 'tap';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { NatsCluster } from '../../../../ops/nats/cluster.ts';
import { startGatewayProcess, type GatewayProcess } from '../../../../test/helpers/gateway-process.ts';
import { TestPhone } from '../../../../test/helpers/phone.ts';
import { drill, packets, roundShow, testServiceToken } from '../../../../test/helpers/show-drill.ts';

const secret = 'e2e-secret-0123456789';
const RED_PACKET = 5;

async function until(what: string, cond: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if (await cond()) return;
    await sleep(25);
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function shakeOnce(p: TestPhone) {
  const seq = p.replies.length + 1;
  p.send({ seq, shake: {} }); // no cookie: only the issued records and the feed know the wins
  await p.until((x) => x.replies.length === seq);
  return p.replies[seq - 1].shake!;
}

function issuedUsers(dataDir: string, gatewayId: string): { packet_id: string; user_id: string; sponsor_id: string }[] {
  const db = new Database(path.join(dataDir, gatewayId, 'issued.db'), { readonly: true });
  try { return db.prepare('SELECT packet_id, user_id, sponsor_id FROM issued').all() as never[]; } finally { db.close(); }
}

/**
 * Both gateways read the whole feed stream, so once the wins are stored, the other gateway has them
 * when its count equals this one's and holds still. The count is taken when a win is received, before
 * the logic worker has applied it: the stillness also gives the worker that time. A count alone could
 * be met by wins still in flight from the previous phone's last draws on the other gateway.
 */
async function caughtUp(self: GatewayProcess, other: GatewayProcess): Promise<void> {
  let same = 0;
  await until('the other gateway to read the feed up to its end', async () => {
    const [x, y] = await Promise.all([self.status(), other.status()]);
    same = x.capsFeed.received === y.capsFeed.received ? same + 1 : 0;
    if (same < 4) await sleep(50);
    return same >= 4;
  });
}

t.test('a phone whose win reply died with its gateway gets the same packet back from the restarted gateway and from another one, never a fourth', async (t) => {
  const cluster = await NatsCluster.start({ dir: mkdtempSync(path.join(tmpdir(), 'nats-redeliver-')), serviceToken: testServiceToken() });
  t.teardown(() => cluster.stop());
  const dataDir = mkdtempSync('/tmp/gw-redeliver-');
  const env = (id: string) => ({ SHAKE_AUTH_SECRET: secret, SHAKE_FAULT_INJECTION: '1', SHAKE_DATA_DIR: dataDir, SHAKE_GATEWAY_ID: id, SHAKE_CAPS_FEED_NATS: cluster.urls.join(',') });
  const show = roundShow({ gatewayIds: ['gw-a', 'gw-b'] });
  const open = async (id: string, prefix: string) => {
    const g = await startGatewayProcess(env(id));
    await until(`${id} feed`, async () => (await g.status()).capsFeed.connected);
    await drill.applyShow(g.adminPort, show);
    await drill.feed(g.adminPort, packets(60, ['s1', 's2', 's3', 's4', 's5'], prefix));
    return g;
  };
  let a: GatewayProcess = await open('gw-a', 'a-');
  const b = await open('gw-b', 'b-');
  t.teardown(async () => { await Promise.all([a.stop(), b.stop()]); });

  const users = ['lost0', 'lost1', 'lost2', 'lost3'];
  const firstWin = new Map<string, { packetId: string; token: string; sponsorId: string }>();
  for (const userId of users) {
    const p = await TestPhone.connect(a.url, { secret, userId });
    const r = await shakeOnce(p);
    t.equal(r.outcome, RED_PACKET, `${userId} wins on A`);
    // The phone drops this reply (kept here only to compare): as far as the phone's app knows, it won nothing.
    firstWin.set(userId, { packetId: r.packet!.packetId!, token: r.packet!.token!, sponsorId: r.packet!.sponsorId! });
    p.close();
  }
  await until('B to learn the wins from the feed', async () => (await b.status()).capsFeed.received >= users.length);
  const killed = await a.stop('SIGKILL');
  t.equal(killed, null, 'gateway A SIGKILLed');
  a = await open('gw-a', 'a2-');

  const held = new Map<string, Set<string>>(users.map((u) => [u, new Set()]));
  const sponsorsOf = new Map<string, Map<string, string>>(users.map((u) => [u, new Map()]));
  const note = (userId: string, r: Awaited<ReturnType<typeof shakeOnce>>) => {
    if (r.outcome !== RED_PACKET) return;
    held.get(userId)!.add(r.packet!.packetId!);
    sponsorsOf.get(userId)!.set(r.packet!.packetId!, r.packet!.sponsorId!);
  };
  for (const [i, userId] of users.entries()) {
    const order = i % 2 === 0 ? [a, b] : [b, a];
    const phones = await Promise.all(order.map((g) => TestPhone.connect(g.url, { secret, userId })));
    for (const [k, p] of phones.entries()) {
      const r = await shakeOnce(p);
      t.equal(r.packet?.packetId, firstWin.get(userId)!.packetId, `${userId}: ${order[k] === a ? 'the restarted A' : 'B'} hands the lost packet back`);
      t.equal(r.packet?.token, firstWin.get(userId)!.token, `${userId}: with the same token`);
      note(userId, r);
    }
    // Then the phone keeps shaking on its first connection: fresh draws up to the cap, never beyond.
    const [self, other] = order;
    const publishedBefore = (await self.status()).capsFeed.published;
    const heldBefore = held.get(userId)!.size;
    for (let k = 0; k < 6; k++) note(userId, await shakeOnce(phones[0]));
    const newWins = held.get(userId)!.size - heldBefore;
    await until('the new wins stored in the feed', async () => (await self.status()).capsFeed.published >= publishedBefore + newWins);
    await caughtUp(self, other);
    for (let k = 0; k < 3; k++) note(userId, await shakeOnce(phones[1]));
    phones.forEach((p) => p.close());
  }
  for (const userId of users) {
    const ids = held.get(userId)!;
    t.ok(ids.size <= 3, `${userId} holds ${ids.size} distinct packets (cap 3)`);
    const sponsors = [...sponsorsOf.get(userId)!.values()];
    t.equal(new Set(sponsors).size, sponsors.length, `${userId}: at most 1 per sponsor`);
  }
  t.ok([...held.values()].some((ids) => ids.size === 3), 'some phones reached the cap (fewer is the pool head held by a sponsor they have)');
  const rows = [...issuedUsers(dataDir, 'gw-a'), ...issuedUsers(dataDir, 'gw-b')];
  t.equal(new Set(rows.map((r) => r.packet_id)).size, rows.length, 'no packet in two issued records');
  for (const userId of users) t.ok(rows.filter((r) => r.user_id === userId).length <= 3, `${userId}: at most 3 issued over both gateways`);
  const [sa, sb] = await Promise.all([a.status(), b.status()]);
  t.ok(sa.counters.packetsRedelivered >= users.length, `the restarted A counted its re-deliveries (${sa.counters.packetsRedelivered})`);
  t.ok(sb.counters.packetsRedelivered >= users.length, `B counted its re-deliveries (${sb.counters.packetsRedelivered})`);
  const metrics = await (await fetch(`http://127.0.0.1:${b.adminPort}/metrics`)).text();
  t.match(metrics, new RegExp(`shake_packets_redelivered_total ${sb.counters.packetsRedelivered}\\b`), 'exported as a metric');
});
