/**
 * The config service against hostile callers, on a real instance process:
 * gateway reports need the per-gateway credential and a gateway of the fleet,
 * POSTs are refused cross-origin, push clients are capped, slow bodies are cut,
 * and random requests always get a clear answer in the one error shape.
 */
import t from 'tap';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { startConfigInstance } from '../../test/helpers/config-instance-process.ts';
import { fuzzHttp, slowBody } from '../../test/helpers/http-abuse.ts';
import { gatewayCredential, serviceAuthHeaders } from '../../common/service-auth.ts';
import { DEV_SECRETS } from '../../common/secrets.ts';

const operatorToken = 'operator-token-0123456789abcdef';
const asGateway = (id: string) => serviceAuthHeaders(gatewayCredential(DEV_SECRETS.service, id));

async function start(t: Tap.Test, extra: Record<string, unknown> = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'cfg-hard-'));
  const inst = await startConfigInstance({
    store: { kind: 'sqlite', path: path.join(dir, 'c.sqlite') }, operators: [{ name: 'op', token: operatorToken }],
    seedFleet: ['gw-1', 'gw-2'], http: { headersTimeoutMs: 1500, requestTimeoutMs: 2000, bodyLimitBytes: 1 << 20, maxConnections: 256 }, ...extra,
  });
  t.teardown(() => inst.stop());
  return inst;
}

const gateways = async (url: string) => (await (await fetch(`${url}/gateways`)).json()) as { gatewayId: string; clockOffsetMs: number | null }[];

t.test('finding: forged gateway reports are refused; tracked gateways stay within the fleet list', async (t) => {
  const inst = await start(t);
  const forged = `${inst.url}/config?gatewayId=gw-1&version=0&clockOffsetMs=4300&clockSynced=1`;
  const none = await fetch(forged);
  t.equal(none.status, 401, 'no credential: 401');
  t.same((await none.json()).code, 'SERVICE_UNAUTHORIZED');
  t.equal((await fetch(forged, { headers: asGateway('gw-2') })).status, 401, "another gateway's credential: 401");
  t.equal((await fetch(forged.replace('/config', '/push'))).status, 401, 'the same on /push');
  for (let i = 0; i < 50; i++) {
    const r = await fetch(`${inst.url}/config?gatewayId=junk-${i}&clockOffsetMs=1`, { headers: asGateway(`junk-${i}`) });
    if (r.status !== 403) t.fail(`junk-${i}: ${r.status}`);
    await r.arrayBuffer();
  }
  const rows = await gateways(inst.url);
  t.notOk(rows.some((r) => r.clockOffsetMs === 4300), 'the forged 4.3 s offset was not recorded');
  t.ok(rows.every((r) => r.gatewayId === 'gw-1' || r.gatewayId === 'gw-2'), `only fleet gateways are tracked: ${rows.map((r) => r.gatewayId)}`);
  const real = await fetch(`${inst.url}/config?gatewayId=gw-1&version=0&clockOffsetMs=3&clockSynced=1`, { headers: asGateway('gw-1') });
  t.equal(real.status, 200, 'the real gateway with its credential is served');
  await real.arrayBuffer();
  await new Promise((r) => setTimeout(r, 200));
  t.equal((await gateways(inst.url)).find((r) => r.gatewayId === 'gw-1')?.clockOffsetMs, 3, 'and its report recorded');
});

t.test('operator POSTs are refused cross-origin (even text/plain with the token)', async (t) => {
  const inst = await start(t);
  const res = await fetch(`${inst.url}/config/rollback`, {
    method: 'POST', headers: { 'content-type': 'text/plain', origin: 'http://evil.example', authorization: `Bearer ${operatorToken}` }, body: '{"version":1}',
  });
  t.equal(res.status, 403);
  t.same((await res.json()).code, 'CROSS_ORIGIN_REFUSED');
  const same = await fetch(`${inst.url}/config/rollback`, {
    method: 'POST', headers: { origin: inst.url, authorization: `Bearer ${operatorToken}` }, body: '{"version":999}',
  });
  t.not(same.status, 403, 'the console itself (same origin) is not refused');
  await same.arrayBuffer();
});

t.test('finding: /push has a client cap; a slow body is cut; the service keeps serving', async (t) => {
  const inst = await start(t, { maxPushClients: 2 });
  const open = [1, 2].map(() => new AbortController());
  const held = await Promise.all(open.map((ac, i) => fetch(`${inst.url}/push?gatewayId=gw-${i + 1}`, { headers: asGateway(`gw-${i + 1}`), signal: ac.signal })));
  t.same(held.map((r) => r.status), [200, 200]);
  const third = await fetch(`${inst.url}/push`);
  t.equal(third.status, 503);
  t.same((await third.json()).code, 'PUSH_CLIENTS_FULL');
  open.forEach((ac) => ac.abort());
  const slow = await slowBody(inst.port, '/config', { authorization: `Bearer ${operatorToken}` });
  t.ok(slow.heldMs < 6000, `a 1 byte/s body is cut after ${slow.heldMs} ms (requestTimeout 2 s)`);
  t.match(slow.response, /408/, 'with 408');
  t.equal((await fetch(`${inst.url}/health`)).status, 200, 'still serving');
});

t.test('fuzz: random requests get a clear answer', async (t) => {
  const inst = await start(t);
  const seen = await fuzzHttp({
    base: inst.url, authorised: { authorization: `Bearer ${operatorToken}` },
    routes: ['/', '/health', '/metrics', '/config', '/config/1', '/config/correction', '/config/rollback', '/history', '/gateways', '/api/state', '/nope'],
  });
  t.ok(Object.keys(seen).length > 1, `statuses seen: ${JSON.stringify(seen)}`);
  t.equal((await fetch(`${inst.url}/health`)).status, 200, 'still serving');
});
