import t from 'tap';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { NatsCluster } from '../../../../ops/nats/cluster.ts';
import { startGatewayProcess, type GatewayProcess } from '../../../../test/helpers/gateway-process.ts';
import { TestPhone } from '../../../../test/helpers/phone.ts';
import { drill, packets, roundShow, testServiceToken } from '../../../../test/helpers/show-drill.ts';

const secret = 'e2e-secret-0123456789';
const RED_PACKET = 5;
const CAP_REACHED = 3; // shake.v1.NoPacketReason

async function waitFeed(gw: GatewayProcess) {
  for (let i = 0; i < 200; i++) {
    if ((await gw.status()).capsFeed.connected) return;
    await sleep(50);
  }
  throw new Error('caps feed did not connect');
}

t.test('users hopping between two gateways without cookies get at most 3 packets, 1 per sponsor (summary feed over NATS JetStream)', async (t) => {
  const cluster = await NatsCluster.start({ dir: mkdtempSync(path.join(tmpdir(), 'nats-caps-')), serviceToken: testServiceToken() });
  t.teardown(() => cluster.stop());
  const dataDir = mkdtempSync(path.join(tmpdir(), 'gw-hop-'));
  const env = (id: string) => ({ SHAKE_AUTH_SECRET: secret, SHAKE_FAULT_INJECTION: '1', SHAKE_DATA_DIR: dataDir, SHAKE_GATEWAY_ID: id, SHAKE_CAPS_FEED_NATS: cluster.urls.join(',') });
  const gws = [await startGatewayProcess(env('gw-a')), await startGatewayProcess(env('gw-b'))];
  t.teardown(() => Promise.all(gws.map((g) => g.stop())));
  const show = roundShow({ gatewayIds: ['gw-a', 'gw-b'] });
  for (const [i, g] of gws.entries()) {
    await waitFeed(g);
    await drill.applyShow(g.adminPort, show);
    await drill.feed(g.adminPort, packets(200, ['s1', 's2', 's3', 's4', 's5'], `g${i}-`));
  }
  const users = Array.from({ length: 20 }, (_, i) => `hopper${i}`);
  const wins = new Map<string, { packetId: string; sponsorId: string }[]>();
  const capRefusals = new Map<string, number>();
  let winsSeen = 0;
  let redelivered = 0;
  await Promise.all(users.map(async (userId) => {
    const phones = await Promise.all(gws.map((g) => TestPhone.connect(g.url, { secret, userId })));
    const won: { packetId: string; sponsorId: string }[] = [];
    for (let i = 0; i < 40; i++) {
      const p = phones[i % 2];
      const seq = p.replies.length + 1;
      p.send({ seq, shake: {} }); // never sends a cookie: only the local record and the feed can stop it
      await p.until((x) => x.replies.length === seq);
      const r = p.replies[seq - 1].shake!;
      if (r.noPacketReason === CAP_REACHED && won.length < 3) capRefusals.set(userId, (capRefusals.get(userId) ?? 0) + 1);
      // A packet won on the other gateway comes back once per connection (this phone never shows a cookie): the same packet, not a new win.
      if (r.outcome === RED_PACKET && won.some((w) => w.packetId === r.packet!.packetId)) redelivered++;
      else if (r.outcome === RED_PACKET) {
        won.push({ packetId: r.packet!.packetId!, sponsorId: r.packet!.sponsorId! });
        // The feed is asynchronous: a hop faster than its delivery is a race the design accepts
        // (a real hop is a reconnect, far slower). Hop once the other gateway has received as
        // many wins as have been seen so far (under a loaded CI this took more than the 10 ms below).
        const seen = ++winsSeen;
        const other = gws[(i + 1) % 2];
        for (let k = 0; k < 200 && (await other.status()).capsFeed.received < seen; k++) await sleep(25);
      }
      await sleep(10);
    }
    phones.forEach((p) => p.close());
    wins.set(userId, won);
  }));
  let total = 0;
  for (const [userId, won] of wins) {
    total += won.length;
    if (won.length > 3) t.fail(`${userId} won ${won.length}`);
    if (new Set(won.map((w) => w.sponsorId)).size !== won.length) t.fail(`${userId} won twice from one sponsor`);
  }
  // Fewer than 3 is possible: a packet at the pool's head from a sponsor the hopper already has is
  // refused (SPONSOR_CAP) and stays at the head; once the others are capped nobody moves it. What must
  // never happen is a hopper under the cap refused as if capped (a false count across the feed).
  t.same([...capRefusals], [], 'no hopper under the cap was refused CAP_REACHED');
  t.ok(total <= users.length * 3, `${total} packets to ${users.length} hoppers: none over the cap`);
  t.ok(total >= users.length * 2, 'hopping does not starve anyone (at least 2 each on average)');
  const statuses = await Promise.all(gws.map((g) => g.status()));
  t.ok(statuses.every((s) => s.capsFeed.received >= total), 'both gateways saw every win on the feed');
  t.equal(statuses.reduce((n, s) => n + s.counters.packetsRedelivered, 0), redelivered, `${redelivered} wins handed again on the hopper's other connection, all counted`);
});

t.test('with the summary feed down, shakes are answered and cookie + local record still cap', async (t) => {
  const cluster = await NatsCluster.start({ dir: mkdtempSync(path.join(tmpdir(), 'nats-caps-')), serviceToken: testServiceToken() });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'gw-nofeed-'));
  const gw = await startGatewayProcess({ SHAKE_AUTH_SECRET: secret, SHAKE_FAULT_INJECTION: '1', SHAKE_DATA_DIR: dataDir, SHAKE_CAPS_FEED_NATS: cluster.urls.join(',') });
  t.teardown(() => gw.stop());
  await waitFeed(gw);
  await cluster.stop();
  await drill.applyShow(gw.adminPort, roundShow());
  await drill.feed(gw.adminPort, packets(50, ['s1', 's2', 's3', 's4', 's5']));
  const p = await TestPhone.connect(gw.url, { secret, userId: 'solo' });
  t.teardown(() => p.close());
  let won = 0;
  for (let seq = 1; seq <= 20; seq++) {
    p.send({ seq, shake: {} });
    await p.until((x) => x.replies.length === seq);
    if (p.replies[seq - 1].shake?.outcome === RED_PACKET) won++;
  }
  t.equal(won, 3, 'capped at 3 by the local record alone (no cookie sent, feed down)');
  t.notOk((await gw.status()).capsFeed.connected, 'the feed is reported down');
});
