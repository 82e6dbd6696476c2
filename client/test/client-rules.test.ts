/**
 * Rate-limit tiers, Busy and the 5 s timeout rule. The real gateway does not
 * send rate limits yet (issue 8) and cannot be made to drop one reply, so these
 * run the SDK against a small scripted WebSocket server (the `ws` library)
 * that answers with real shake.v1 frames; plus the pure backoff rules.
 */
import t from 'tap';

type Test = { teardown(fn: () => unknown): void };
import { WebSocketServer, type WebSocket as WsSocket } from 'ws';
import { shake } from '../../contracts/proto/gen/shake.js';
import { ShakeClient, ClientErrorCode, connectBackoffMs, busyDelayMs, nextShakeAtMs } from '../index.ts';
import { nodeWebSocketFactory } from '../node-websocket.ts';

type Script = (req: shake.v1.ClientMessage, ws: WsSocket, n: number) => shake.v1.IServerMessage | null;

async function scripted(t: Test, script: Script): Promise<{ url: string; connections: () => number }> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((r) => wss.once('listening', () => r()));
  let n = 0;
  let conns = 0;
  wss.on('connection', (ws) => {
    conns++;
    ws.on('message', (data: Buffer) => {
      const reply = script(shake.v1.ClientMessage.decode(data), ws, n++);
      if (reply) ws.send(shake.v1.ServerMessage.encode(reply).finish());
    });
  });
  t.teardown(() => new Promise<void>((r) => { for (const c of wss.clients) c.terminate(); wss.close(() => r()); }));
  return { url: `ws://127.0.0.1:${(wss.address() as { port: number }).port}/`, connections: () => conns };
}

const nothing = (seq: number, extra: shake.v1.IServerMessage = {}): shake.v1.IServerMessage => ({ seq, shake: { outcome: 1 }, ...extra });

t.test('pure rules', async (t) => {
  t.equal(connectBackoffMs(0, 0.999), 499, 'base 500 ms, full jitter');
  t.equal(connectBackoffMs(3, 0.5), 2000, '500 * 2^3 * 0.5');
  t.equal(connectBackoffMs(20, 0.999), 29_970, 'capped at 30 s');
  t.equal(connectBackoffMs(0, 0, undefined, 3000), 3000, 'retry-after honoured');
  t.ok(connectBackoffMs(0, 0.5, undefined, 3000) >= 3000, 'retry-after is a floor (plus jitter)');
  t.equal(busyDelayMs(200, 0), 200);
  t.equal(busyDelayMs(200, 1), 300, 'up to +50 %');
  t.equal(nextShakeAtMs(null, { tier: 1, minIntervalMs: 1000 }, 0), 0);
  t.equal(nextShakeAtMs(5000, { tier: 0, minIntervalMs: 0 }, 0), 0);
  t.equal(nextShakeAtMs(5000, { tier: 2, minIntervalMs: 2000 }, 0), 7000);
  t.equal(nextShakeAtMs(5000, { tier: 2, minIntervalMs: 2000 }, 0.999), 7200, 'up to +10 %, never earlier');
});

t.test('a shake reply without rate_limit lifts the limit (tier 0)', async (t) => {
  const srv = await scripted(t, (m, _ws, n) => nothing(m.seq, n === 0 ? { rateLimit: { tier: 1, minIntervalMs: 50 } } : {}));
  const c = new ShakeClient({ gateways: [srv.url], token: 'x', webSocket: nodeWebSocketFactory() });
  t.teardown(() => c.close());
  await c.shake();
  t.same(c.rateLimit, { tier: 1, minIntervalMs: 50 });
  await c.shake();
  t.same(c.rateLimit, { tier: 0, minIntervalMs: 0 });
  t.equal(c.shakeAllowedInMs(), 0);
});

t.test('obeys the rate-limit tier: waits, or refuses in reject mode', async (t) => {
  const srv = await scripted(t, (m) => nothing(m.seq, { rateLimit: { tier: 2, minIntervalMs: 300 } }));
  const tiers: number[] = [];
  const c = new ShakeClient({ gateways: [srv.url], token: 'x', webSocket: nodeWebSocketFactory(), listener: { rateLimit: (tier) => tiers.push(tier) } });
  t.teardown(() => c.close());
  const t0 = Date.now();
  await c.shake();
  t.same(c.rateLimit, { tier: 2, minIntervalMs: 300 });
  t.same(tiers, [2]);
  t.ok(c.shakeAllowedInMs() > 200);
  await c.shake();
  t.ok(Date.now() - t0 >= 299, `two shakes took ${Date.now() - t0} ms (interval 300 ms)`);
  const r = new ShakeClient({ gateways: [srv.url], token: 'x', webSocket: nodeWebSocketFactory(), rateLimitMode: 'reject' });
  t.teardown(() => r.close());
  await r.shake();
  await t.rejects(r.shake(), { code: ClientErrorCode.RATE_LIMITED });
});

t.test('busy: the same request is resent after retry_after_ms (+ jitter)', async (t) => {
  const seen: number[] = [];
  const srv = await scripted(t, (m, _ws, n) => { seen.push(m.seq); return n < 2 ? { seq: m.seq, busy: { retryAfterMs: 50, reason: 'GATEWAY_BUSY' } } : nothing(m.seq); });
  const c = new ShakeClient({ gateways: [srv.url], token: 'x', webSocket: nodeWebSocketFactory() });
  t.teardown(() => c.close());
  const t0 = Date.now();
  const r = await c.shake();
  t.equal(r.outcome, 1);
  t.same(seen, [1, 1, 1], 'same seq resent twice');
  t.ok(Date.now() - t0 >= 100, 'waited at least 2 x 50 ms');
  t.equal(c.stats.busy, 2);
});

t.test('a request unanswered past the timeout: reconnect and resend', async (t) => {
  const srv = await scripted(t, (m, _ws, n) => (n === 0 ? null : nothing(m.seq)));
  const c = new ShakeClient({ gateways: [srv.url], token: 'x', webSocket: nodeWebSocketFactory(), requestTimeoutMs: 300, backoff: { baseMs: 20, capMs: 100 } });
  t.teardown(() => c.close());
  const r = await c.shake();
  t.equal(r.outcome, 1);
  t.equal(c.stats.timeouts, 1);
  t.equal(srv.connections(), 2, 'a second connection carried the resend');
});

t.test('close() rejects what is waiting', async (t) => {
  const srv = await scripted(t, () => null);
  const c = new ShakeClient({ gateways: [srv.url], token: 'x', webSocket: nodeWebSocketFactory() });
  await c.connect();
  const p = c.shake();
  setTimeout(() => c.close(), 50);
  await t.rejects(p, { code: ClientErrorCode.CLOSED });
});
