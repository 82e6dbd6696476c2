import t from 'tap';
import { NativeLoadClient } from './native-load-client.ts';
import { startTarget } from './targets.ts';
import { shakeRequest } from './shake-hooks.ts';

t.test('the native load generator against the uWS echo server: open and closed loop, every reply matched', async (t) => {
  const server = await startTarget('echo', { host: '127.0.0.1', secret: 'unused-unused-unused' });
  t.teardown(() => server.stop());
  const big = new Uint8Array(60_000).map((_, i) => i & 255);
  big.set(shakeRequest(7)); // a seq first, so the echo reads as a reply; field 2 present
  const connections = Array.from({ length: 8 }, (_, i) => ({
    path: `/?token=echo-${i}`, address: ['127.0.77.1', '127.0.77.2'][i % 2],
    payloads: i === 0 ? [big, shakeRequest(1)] : [shakeRequest(1), shakeRequest(2), shakeRequest(3)],
  }));
  // The echo returns our ClientMessage: its shake request (field 2) marks an ok reply.
  const c = new NativeLoadClient({ host: '127.0.0.1', port: server.port, connections, validField: 2 });
  t.teardown(() => c.close());
  const conn = await c.connect();
  t.equal(conn.connected, 8, 'all connected');
  const open = await c.run({ mode: { kind: 'open', rate: 2000 }, warmupMs: 100, durationMs: 500 });
  t.ok(Math.abs(open.rps - 2000) < 300, `open loop near its rate (${open.rps.toFixed(0)}/s)`);
  t.equal(open.invalid, 0, 'every echo recognised');
  t.equal(open.lostAtEnd, 0, "nothing unanswered");
  t.equal(open.closed, 0, "no connection lost");
  t.equal(open.replies, open.sent, 'one reply per request in the window');
  t.ok(open.latency.p50 >= open.serviceLatency.p50 * 0.99, 'latency from schedule >= from the write');
  const closed = await c.run({ mode: { kind: 'closed', inFlight: 2 }, warmupMs: 100, durationMs: 300 });
  t.ok(closed.okRps > 1000, `closed loop runs (${closed.okRps.toFixed(0)}/s)`);
  t.equal(closed.closed, 0, 'no connection lost');
});

t.test('connect failures are reported, not hidden', async (t) => {
  const c = new NativeLoadClient({ host: '127.0.0.1', port: 1, connections: [{ path: '/', address: '', payloads: [shakeRequest(1)] }], validField: 3 });
  t.teardown(() => c.close());
  const r = await c.connect();
  t.equal(r.connected, 0);
  t.equal(r.failed, 1);
  t.match(r.firstError, /connect/);
});
