import t from 'tap';
import http from 'node:http';
import { createHttpServer, listen } from '../http.ts';
import { book, op, pid, startService, type Seed } from './helpers.ts';
import { serviceAuthHeaders } from '../../common/service-auth.ts';
import { parsePrometheusText, histogramProblems, histogramCount } from '../../test/helpers/prometheus-text.ts';

const TOKEN = 'test-service-token-0123456789';
const AUTH = serviceAuthHeaders(TOKEN);

interface Reply { status: number; body: Record<string, unknown> }

function post(agent: http.Agent, port: number, path: string, payload: unknown): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(payload);
    const req = http.request({ host: '127.0.0.1', port, path, method: 'POST', agent, headers: { ...AUTH, 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString()) as Record<string, unknown> }));
    });
    req.on('error', reject);
    req.end(data);
  });
}

async function get(port: number, path: string): Promise<Reply> {
  const r = await fetch(`http://127.0.0.1:${port}${path}`, { headers: AUTH });
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
}

for (const { shares, amount } of [{ shares: 100, amount: 1_000_000 }, { shares: 1000, amount: 1000 }]) {
  t.test(`1000 concurrent grabbers over HTTP on one group packet of ${amount} cents in ${shares} shares`, async (t) => {
    const { svc } = startService(t, { shardCount: 2, maxShareCents: 20_000 });
    const server = createHttpServer(svc, { serviceToken: TOKEN });
    const port = await listen(server, '127.0.0.1', 0);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1000 });
    const agent2 = new http.Agent({ keepAlive: true, maxSockets: 1000 });
    t.teardown(() => { agent.destroy(); agent2.destroy(); server.close(); });
    const seed: Seed = { packetId: pid(4242), userId: 'sender', sponsorId: 's1', amountCents: 1, shares, shareAmountCents: amount };
    await book(svc, seed);
    await svc.apply(op('open', seed));
    t.equal((await svc.apply(op('share', seed))).outcome, 'shared');

    const users = Array.from({ length: 1000 }, (_, i) => `friend-${i}`);
    const replies = await Promise.all(users.map((userId) => post(agent, port, '/grab', { groupPacketId: seed.packetId, userId })));
    const ok = replies.filter((r) => r.status === 200);
    const empty = replies.filter((r) => r.status === 409 && r.body.code === 'GROUP_PACKET_EMPTY');
    t.equal(ok.length, shares, `exactly ${shares} grabs succeed`);
    t.equal(empty.length, 1000 - shares, 'every other grabber is told the packet is empty');
    t.equal(ok.length + empty.length, 1000, 'no other answer (no contention errors)');
    const amounts = ok.map((r) => r.body.amountCents as number);
    t.equal(amounts.reduce((a, b) => a + b, 0), amount, 'amounts sum to M exactly');
    t.ok(amounts.every((a) => Number.isInteger(a) && a >= 1 && a <= 20_000), 'each share within [1, max]');
    t.same(ok.map((r) => r.body.seq as number).sort((a, b) => a - b), Array.from({ length: shares }, (_, i) => i + 1), 'each share taken once');

    // Everyone asks again: winners get their first result, the rest still "empty".
    agent.destroy(); // fresh connections: idle keep-alive sockets may have been closed by the server meanwhile
    const again = await Promise.all(users.map((userId) => post(agent2, port, '/grab', { groupPacketId: seed.packetId, userId })));
    const byUser = new Map(replies.map((r, i) => [users[i], r]));
    // Listed rather than counted, so a failure shows what the differing answers were.
    const differing = again.flatMap((r, i) => {
      const first = byUser.get(users[i])!;
      const same = r.status === first.status && (r.status !== 200 || (r.body.amountCents === first.body.amountCents && r.body.repeat === true));
      return same ? [] : [{ userId: users[i], first: [first.status, first.body.code ?? first.body.amountCents], again: [r.status, r.body.code ?? r.body.amountCents, r.body.repeat] }];
    });
    t.same(differing.slice(0, 5), [], `repeats return the first result (${differing.length} differ)`);

    const p0 = await get(port, `/packets/${seed.packetId}?page=0`);
    const p1 = await get(port, `/packets/${seed.packetId}?page=1`);
    const p2 = await get(port, `/packets/${seed.packetId}?page=2`);
    t.equal((p0.body.grabs as unknown[]).length, 20);
    t.equal((p1.body.grabs as { seq: number }[])[0].seq, 21, 'second screen continues the first');
    t.same([p2.status, p2.body.code], [403, 'DETAIL_PAGE_LIMIT'], 'no third screen');
    const best = p0.body.bestLuck as { amountCents: number };
    t.equal(best.amountCents, Math.max(...amounts), 'best luck is the largest share');
    t.equal((await get(port, '/balance/sender')).body.balanceCents, 1);
  });
}

t.test('the HTTP API is internal: no service token, no grab (nor balance, detail, recycled); /health stays open', async (t) => {
  const { svc } = startService(t, { shardCount: 1 });
  const server = createHttpServer(svc, { serviceToken: TOKEN });
  const port = await listen(server, '127.0.0.1', 0);
  t.teardown(() => server.close());
  const seed: Seed = { packetId: pid(77), userId: 'sender', sponsorId: 's1', amountCents: 1, shares: 2, shareAmountCents: 10 };
  await book(svc, seed);
  await svc.apply(op('open', seed));
  await svc.apply(op('share', seed));
  const body = JSON.stringify({ groupPacketId: seed.packetId, userId: 'thief' });
  for (const headers of [{}, { authorization: 'Bearer wrong-token-0123456789' }, { authorization: TOKEN }] as Record<string, string>[]) {
    const r = await fetch(`http://127.0.0.1:${port}/grab`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body });
    t.same([r.status, ((await r.json()) as { code: string }).code], [401, 'SERVICE_UNAUTHORIZED'], `POST /grab refused with ${JSON.stringify(headers)}`);
  }
  for (const path of ['/balance/sender', `/packets/${seed.packetId}?page=0`, '/recycled']) {
    t.equal((await fetch(`http://127.0.0.1:${port}${path}`)).status, 401, `GET ${path} refused without the token`);
  }
  t.equal((await fetch(`http://127.0.0.1:${port}/health`)).status, 200, '/health needs no token');
  const detail = await get(port, `/packets/${seed.packetId}?page=0`);
  t.equal((detail.body.grabs as unknown[]).length, 0, 'the refused grabs moved nothing');
  const ok = await post(new http.Agent(), port, '/grab', { groupPacketId: seed.packetId, userId: 'friend' });
  t.equal(ok.status, 200, 'with the token the grab goes through');
});

t.test('/metrics needs the service token and exports grab latency as a cumulative histogram in seconds', async (t) => {
  const { svc } = startService(t, { shardCount: 1 });
  const server = createHttpServer(svc, { serviceToken: TOKEN });
  const port = await listen(server, '127.0.0.1', 0);
  t.teardown(() => server.close());
  const seed: Seed = { packetId: pid(78), userId: 'sender', sponsorId: 's1', amountCents: 1, shares: 2, shareAmountCents: 10 };
  await book(svc, seed);
  await svc.apply(op('open', seed));
  await svc.apply(op('share', seed));
  const agent = new http.Agent();
  for (const userId of ['f1', 'f2', 'f3']) await post(agent, port, '/grab', { groupPacketId: seed.packetId, userId });
  t.equal((await fetch(`http://127.0.0.1:${port}/metrics`)).status, 401, 'refused without the token');
  const res = await fetch(`http://127.0.0.1:${port}/metrics`, { headers: AUTH });
  t.equal(res.status, 200);
  t.match(res.headers.get('content-type'), /^text\/plain; version=0\.0\.4/);
  const fams = parsePrometheusText(await res.text());
  const grab = fams.get('money_grab_duration_seconds')!;
  t.same(histogramProblems(grab), [], 'well formed');
  t.equal(histogramCount(grab, { outcome: 'ok' }), 2, 'two grabs took a share');
  t.equal(histogramCount(grab), 3, 'every grab timed');
  t.ok(fams.has('process_cpu_seconds_total') && fams.has('nodejs_eventloop_lag_seconds'), 'process and event-loop metrics');
});
