/**
 * The agent's pipelined money client against a real node:http server: answers
 * match their requests in order on few connections; a server dropping a
 * connection mid-pipeline fails the unanswered requests (idempotent ones are
 * sent again once); a server that does not answer times requests out and the
 * stuck connection is replaced; a refused endpoint and a full queue fail at once.
 */
import t from 'tap';
import http from 'node:http';
import type net from 'node:net';
import { freePort } from '../ports.ts';
import { DEFAULT_PIPELINED_HTTP, PipelinedHttpClient, PipelinedHttpError, type PipelinedHttpOptions } from '../pipelined-http.ts';

async function serve(t: Tap.Test, handler: http.RequestListener): Promise<{ port: number; sockets: Set<net.Socket> }> {
  const server = http.createServer(handler);
  const sockets = new Set<net.Socket>();
  server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  t.teardown(() => { server.closeAllConnections(); server.close(); });
  return { port: (server.address() as net.AddressInfo).port, sockets };
}

function client(t: Tap.Test, port: number, o: Partial<PipelinedHttpOptions> = {}): PipelinedHttpClient {
  const c = new PipelinedHttpClient({ ...DEFAULT_PIPELINED_HTTP, host: '127.0.0.1', port, ...o });
  t.teardown(() => c.close());
  return c;
}

const echo: http.RequestListener = (req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => { body += c.toString(); });
  req.on('end', () => {
    const s = JSON.stringify({ url: req.url, body });
    // Answers take varying times: a server answering out of order would show here.
    setTimeout(() => { res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(s) }); res.end(s); }, Number(req.url!.slice(1)) % 3);
  });
};

const kindOf = (e: unknown) => (e instanceof PipelinedHttpError ? e.kind : `not typed: ${String(e)}`);

t.test('pipelined answers match their requests, on at most the configured connections', async (t) => {
  const { port } = await serve(t, echo);
  const c = client(t, port, { connections: 2, maxInFlightPerConnection: 8 });
  const n = 500;
  const rs = await Promise.all(Array.from({ length: n }, (_, i) => c.request({ method: 'POST', path: `/${i}`, body: `b${i}`, timeoutMs: 5000 })));
  t.ok(rs.every((r, i) => r.status === 200 && r.body === JSON.stringify({ url: `/${i}`, body: `b${i}` })), 'each answer is its own request\'s');
  const s = c.stats();
  t.equal(s.connects, 2, 'two connections carried them all');
  t.ok(s.inFlightPeak <= 16, `in flight bounded by 2 x 8 (peak ${s.inFlightPeak})`);
  t.ok(s.queuedPeak > 0 && s.queued === 0 && s.inFlight === 0, 'the excess waited for slots and nothing is left');
});

t.test('server drops the connection mid-pipeline: unanswered requests fail, idempotent ones are sent again once', async (t) => {
  let dropped = false;
  const { port } = await serve(t, (req, res) => {
    if (req.url === '/drop' && !dropped) { dropped = true; req.socket.destroy(); return; }
    const s = req.url!;
    res.writeHead(200, { 'content-length': Buffer.byteLength(s) });
    res.end(s);
  });
  const c = client(t, port, { connections: 1, maxInFlightPerConnection: 8 });
  const calls = [
    c.request({ method: 'GET', path: '/a', timeoutMs: 5000 }),
    c.request({ method: 'POST', path: '/drop', timeoutMs: 5000 }),
    c.request({ method: 'GET', path: '/b', timeoutMs: 5000, idempotent: true }),
    c.request({ method: 'POST', path: '/c', timeoutMs: 5000 }),
  ];
  const settled = await Promise.allSettled(calls);
  const out = settled.map((s) => (s.status === 'fulfilled' ? s.value.body : kindOf(s.reason)));
  t.same(out, ['/a', 'connection_lost', '/b', 'connection_lost'], 'answered, lost, resent and answered, lost');
  t.equal(c.stats().resent, 1);
  t.equal((await c.request({ method: 'GET', path: '/after', timeoutMs: 5000 })).body, '/after', 'a fresh connection serves what comes next');
  t.equal(c.stats().connects, 2);
});

t.test('no answer: the request times out, the stuck connection is replaced', async (t) => {
  const { port } = await serve(t, (req, res) => {
    if (req.url === '/hang') return; // never answers
    res.writeHead(200, { 'content-length': 2 });
    res.end('ok');
  });
  const c = client(t, port, { connections: 1, maxInFlightPerConnection: 4 });
  const t0 = performance.now();
  const e = await c.request({ method: 'POST', path: '/hang', timeoutMs: 100 }).catch((x: unknown) => x);
  const waited = performance.now() - t0;
  t.equal(kindOf(e), 'timeout');
  t.ok(waited >= 95 && waited < 1000, `failed at its deadline (${waited.toFixed(0)} ms)`);
  // Behind the hung request on the same connection nothing can be answered; once stuck long enough it is dropped.
  const r = await c.request({ method: 'GET', path: '/ok', timeoutMs: 5000, idempotent: true });
  t.equal(r.body, 'ok', 'answered after the stuck connection was replaced');
  t.equal(c.stats().failed.timeout, 1);
});

t.test('a refused endpoint fails at once; a full queue refuses at once', async (t) => {
  const closedPort = await freePort();
  const down = client(t, closedPort, { reconnectMs: 500 });
  const first = await down.request({ method: 'GET', path: '/x', timeoutMs: 5000 }).catch((x: unknown) => x);
  t.equal(kindOf(first), 'connect_failed', 'the first request learns the endpoint refuses');
  const t0 = performance.now();
  const again = await down.request({ method: 'GET', path: '/x', timeoutMs: 5000 }).catch((x: unknown) => x);
  t.equal(kindOf(again), 'connect_failed');
  t.ok(performance.now() - t0 < 50, 'while resting, requests fail without trying');

  const { port } = await serve(t, () => { /* never answers */ });
  const c = client(t, port, { connections: 1, maxInFlightPerConnection: 1, maxQueued: 2 });
  const calls = Array.from({ length: 4 }, () => c.request({ method: 'GET', path: '/', timeoutMs: 200 }).catch((x: unknown) => kindOf(x)));
  t.same(await Promise.all(calls), ['timeout', 'timeout', 'timeout', 'queue_full'], 'one in flight, two queued, the fourth refused');
});

t.test('an answer that arrives after its timeout goes to onLateAnswer; the connection carries on', async (t) => {
  const { port } = await serve(t, (req, res) => {
    const s = req.url!;
    setTimeout(() => { res.writeHead(200, { 'content-length': Buffer.byteLength(s) }); res.end(s); }, req.url === '/slow' ? 250 : 0);
  });
  const c = client(t, port, { connections: 1 });
  let late: string | null = null;
  const e = await c.request({ method: 'POST', path: '/slow', timeoutMs: 50, onLateAnswer: (r) => { late = r.body; } }).catch((x: unknown) => x);
  t.equal(kindOf(e), 'timeout');
  const next = await c.request({ method: 'GET', path: '/next', timeoutMs: 5000 });
  t.equal(next.body, '/next', 'the next answer is matched to its own request');
  t.equal(late, '/slow', 'the late answer was handed over');
  t.equal(c.stats().connects, 1, 'on the same connection');
});
