/**
 * The SDK against real gateway processes: token, shake, cookie and caps, open
 * and share, fail-over along the list, reconnect after a gateway dies, refused
 * upgrades (bad token, gateway full).
 */
import t from 'tap';
import { mkdtempSync, rmSync } from 'node:fs';

type Test = { teardown(fn: () => unknown): void };
import { makeUserToken } from '../../gateway/auth/user-token.ts';
import { startGatewayProcess, type GatewayProcess } from '../../test/helpers/gateway-process.ts';
import { drill, packets, roundShow } from '../../test/helpers/show-drill.ts';
import { freePort } from '../../common/ports.ts';
import { ShakeClient, ClientErrorCode, Outcome, NoPacketReason, OpStatus, type ShakeResult } from '../index.ts';
import { nodeWebSocketFactory } from '../node-websocket.ts';

const SECRET = 'sdk-test-secret-0123456789';
const token = (userId: string) => makeUserToken(SECRET, userId, Date.now() + 3_600_000);

async function gateway(t: Test, id: string, env: Record<string, string> = {}): Promise<GatewayProcess> {
  // Short dir: the gateway opens its agent socket under it (Unix socket paths are limited to ~104 bytes).
  const dir = mkdtempSync('/tmp/sdk-gw-');
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const gw = await startGatewayProcess({ SHAKE_AUTH_SECRET: SECRET, SHAKE_FAULT_INJECTION: '1', SHAKE_GATEWAY_ID: id, SHAKE_DATA_DIR: dir, ...env });
  t.teardown(() => gw.stop());
  return gw;
}

function client(t: Test, gateways: string[], userId: string, extra: Partial<ConstructorParameters<typeof ShakeClient>[0]> = {}): ShakeClient {
  const c = new ShakeClient({ gateways, token: token(userId), webSocket: nodeWebSocketFactory(), backoff: { baseMs: 50, capMs: 400 }, ...extra });
  t.teardown(() => c.close());
  return c;
}

t.test('shake, keep the cookie, hit the caps, open and share', async (t) => {
  const gw = await gateway(t, 'gw-1');
  await drill.applyShow(gw.adminPort, roundShow({ drawProbability: 1, caps: { packetsPerUser: 3, packetsPerSponsor: 1 } }));
  await drill.feed(gw.adminPort, packets(20, ['s1', 's2', 's3', 's4', 's5']));
  const c = client(t, [gw.url], 'sdk-user-1');
  await c.connect();
  t.ok(c.connected);
  const won: ShakeResult[] = [];
  let capped: ShakeResult | null = null;
  for (let i = 0; i < 10 && !capped; i++) {
    const r = await c.shake();
    if (r.outcome === Outcome.RED_PACKET) won.push(r);
    else if (r.noPacketReason === NoPacketReason.CAP_REACHED) capped = r;
  }
  t.equal(won.length, 3, 'three packets, then the per-user cap');
  t.ok(capped, 'the fourth draw is refused by the cap');
  t.equal(new Set(won.map((w) => w.packet!.sponsorId)).size, 3, 'one per sponsor');
  t.ok(c.cookie.length > 0, 'the cookie is kept');

  // A new connection of the same user, carrying no cookie (a phone that lost its state): a packet it
  // holds and has not opened comes back (the reply of its win may have been lost), never a fourth
  // packet. That reply's refreshed cookie lists every win the gateway knows, so the phone counts as
  // holding them and the next shake is capped (layer b).
  const c2 = client(t, [gw.url], 'sdk-user-1');
  const back: string[] = [];
  let again: ShakeResult | null = null;
  for (let i = 0; i < 5 && !again; i++) {
    const r = await c2.shake();
    if (r.outcome === Outcome.RED_PACKET) back.push(r.packet!.packetId);
    else again = r;
  }
  const wonIds = new Set(won.map((w) => w.packet!.packetId));
  t.ok(back.length >= 1 && back.every((id) => wonIds.has(id)), `one of its own packets again, no new one (${back.join(', ')})`);
  t.equal(again?.noPacketReason, NoPacketReason.CAP_REACHED, 'then the cap');
  t.ok(c2.cookie.length > 0, 'the gateway refreshed the missing cookie');

  const p = won[0].packet!;
  const opened = await c.open(p.token);
  t.equal(opened.status, OpStatus.OK);
  t.equal(opened.packetId, p.packetId);
  t.equal(opened.amountCents, p.amountCents);
  t.equal(opened.operationId, `open:${p.packetId}`);
  const shared = await c.share(p.token);
  t.equal(shared.status, OpStatus.OK);
  t.equal(shared.operationId, `share:${p.packetId}`);
  t.same(await c.open(p.token), opened, 'open is idempotent');

  // Another user cannot use this packet's token.
  const thief = client(t, [gw.url], 'sdk-thief');
  await t.rejects(thief.open(p.token), { name: 'GatewayError' });
});

t.test('fails over along the list: dead address, then a full gateway, then a live one', async (t) => {
  const full = await gateway(t, 'gw-full', { SHAKE_MAX_CONNECTIONS: '1' });
  const live = await gateway(t, 'gw-live');
  const dead = `ws://127.0.0.1:${await freePort()}/`;
  const occupant = client(t, [full.url], 'occupant');
  await occupant.connect();
  const failures: { url: string; code: string | null }[] = [];
  const c = client(t, [dead, full.url, live.url], 'sdk-user-2', {
    listener: { connectFailed: (url, refusal) => failures.push({ url, code: refusal?.code ?? null }) },
  });
  await c.connect();
  t.equal(c.currentUrl, live.url, 'ended on the live gateway');
  t.same(failures, [{ url: dead, code: null }, { url: full.url, code: 'GATEWAY_FULL' }], 'dead, then refused as full');
  const r = await c.shake();
  // The embedded default show's first round starts seconds after the gateway does (a slow start may reach it),
  // and no agent feeds this gateway: whatever the timeline says, the live gateway answers without a packet.
  t.ok(r.outcome !== Outcome.RED_PACKET && [NoPacketReason.NO_ROUND, NoPacketReason.POOL_EMPTY, NoPacketReason.NOT_DRAWN].includes(r.noPacketReason),
    `the live gateway answers the shake (no packet: reason ${r.noPacketReason})`);
});

t.test('reconnects to the next gateway when its gateway dies, resending the waiting request', async (t) => {
  const a = await gateway(t, 'gw-a');
  const b = await gateway(t, 'gw-b');
  const events: string[] = [];
  const c = client(t, [a.url, b.url], 'sdk-user-3', {
    listener: { connected: (u) => events.push(`connected ${u === a.url ? 'a' : 'b'}`), disconnected: (u) => events.push(`lost ${u === a.url ? 'a' : 'b'}`) },
  });
  await c.shake();
  await a.stop('SIGKILL');
  const r = await c.shake();
  t.equal(r.outcome > 0, true, 'answered');
  t.equal(c.currentUrl, b.url);
  t.same(events, ['connected a', 'lost a', 'connected b']);
  t.ok(c.stats.reconnects >= 1);
});

t.test('a bad token is refused for good, with the gateway code', async (t) => {
  const gw = await gateway(t, 'gw-auth');
  const c = new ShakeClient({ gateways: [gw.url], token: makeUserToken('some-other-secret-0123456', 'u9', Date.now() + 60_000), webSocket: nodeWebSocketFactory() });
  t.teardown(() => c.close());
  await t.rejects(c.connect(), { code: ClientErrorCode.AUTH_REFUSED, details: { code: 'AUTH_TOKEN_BAD_SIGNATURE' } });
  await t.rejects(c.shake(), { code: ClientErrorCode.AUTH_REFUSED }, 'a request made meanwhile is rejected the same way');
});

t.test('connect gives up after maxConnectAttempts', async (t) => {
  const dead = `ws://127.0.0.1:${await freePort()}/`;
  const c = client(t, [dead], 'u-none', { maxConnectAttempts: 3 });
  await t.rejects(c.connect(), { code: ClientErrorCode.CONNECT_FAILED });
  t.equal(c.stats.connectFailures, 3);
});
