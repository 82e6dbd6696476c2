import t from 'tap';
import { LoadClient } from './ws-load-client.ts';
import { startTarget } from './targets.ts';

t.test('against the uWS echo server: big frames, closed and open loop, FIFO accounting', async (t) => {
  const server = await startTarget('echo', { host: '127.0.0.1', secret: 'unused-unused-unused' });
  t.teardown(() => server.stop());
  for (const size of [10, 300, 65536]) {
    const bytes = new Uint8Array(size).map((_, i) => i & 255);
    const c = new LoadClient({
      host: '127.0.0.1', port: server.port, connections: 4, payload: bytes, localAddresses: ['127.0.77.1', '127.0.77.2'],
      validateReply: (b) => b.length === size && b[size - 1] === ((size - 1) & 255),
    });
    const conn = await c.connect();
    t.equal(conn.connected, 4);
    const s = await c.run({ mode: { kind: 'closed', inFlight: 3 }, warmupMs: 50, durationMs: 300 });
    t.ok(s.replies > 0, `${size} B: replies`);
    t.equal(s.invalid, 0, `${size} B: every reply validated`);
    t.equal(s.lostAtEnd, 0);
    await c.close();
  }
  let seq = 0;
  const c = new LoadClient({
    host: '127.0.0.1', port: server.port, connections: 10,
    payload: (n) => { seq = n; return Buffer.from([n & 255, 1, 2]); },
  });
  await c.connect();
  const s = await c.run({ mode: { kind: 'open', rate: 2000 }, warmupMs: 100, durationMs: 500 });
  t.ok(Math.abs(s.rps - 2000) < 400, `open loop near its rate (${s.rps.toFixed(0)} req/s)`);
  t.ok(s.latency.p50 > 0 && s.latency.p50 >= s.serviceLatency.p50 * 0.99, 'schedule latency >= service latency');
  t.equal(s.lostAtEnd, 0);
  t.ok(seq > 0, 'payload function called with seq');
  await c.close();
});
