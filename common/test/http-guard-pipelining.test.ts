/**
 * A request timeout on a keep-alive connection that still owes answers to earlier,
 * complete (pipelined) requests: those answers go out first, in order, and only
 * then the 408 and the close. Written at once, the 408 would arrive as the answer
 * to the oldest request and every answer still owed would be lost.
 */
import t from 'tap';
import http from 'node:http';
import net from 'node:net';
import { boundHttpServer, DEFAULT_HTTP_LIMITS } from '../http-guard.ts';

async function serve(t: Tap.Test, slowMs: number): Promise<number> {
  const server = boundHttpServer(http.createServer((req, res) => {
    const answer = () => { res.writeHead(200, { 'content-type': 'text/plain', 'content-length': 4 }); res.end(req.url === '/slow' ? 'slow' : 'fast'); };
    if (req.url === '/slow') setTimeout(answer, slowMs).unref(); else answer();
  }), { ...DEFAULT_HTTP_LIMITS, headersTimeoutMs: 300, requestTimeoutMs: 2000 });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  t.teardown(() => { server.closeAllConnections(); server.close(); });
  return (server.address() as net.AddressInfo).port;
}

function exchange(port: number, send: string): Promise<string> {
  return new Promise((resolve) => {
    let got = '';
    const s = net.connect(port, '127.0.0.1', () => s.write(send));
    s.setEncoding('latin1');
    s.on('data', (d: string) => { got += d; });
    s.on('close', () => resolve(got));
    s.on('error', () => {});
    setTimeout(() => s.destroy(), 10_000).unref();
  });
}

t.test('a partial request times out while an earlier one is still being answered: that answer first, then 408', async (t) => {
  const port = await serve(t, 1200);
  const got = await exchange(port, 'GET /slow HTTP/1.1\r\nhost: x\r\n\r\nGET /fast HTTP/1.1\r\nhost: x\r\n\r\nGET /never HTTP/1.1\r\nhost:');
  const statuses = [...got.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((m) => m[1]);
  t.same(statuses, ['200', '200', '408'], `answers in order: ${JSON.stringify(got)}`);
  t.match(got, /slow[\s\S]*fast[\s\S]*REQUEST_TIMEOUT/, 'each complete request got its own answer, the partial one the timeout');
});

t.test('a partial request with nothing owed before it: 408 at once', async (t) => {
  const port = await serve(t, 10);
  const started = Date.now();
  const got = await exchange(port, 'GET /never HTTP/1.1\r\nhost:');
  t.match(got, /^HTTP\/1\.1 408/);
  t.ok(Date.now() - started < 5000, 'cut by the headers timeout');
});

t.test('a handler that never answers does not hold the connection past the request timeout', async (t) => {
  const port = await serve(t, 60_000);
  const started = Date.now();
  const got = await exchange(port, 'GET /slow HTTP/1.1\r\nhost: x\r\n\r\nGET /never HTTP/1.1\r\nhost:');
  t.match(got, /^HTTP\/1\.1 408/, 'the timeout is answered after the wait');
  t.ok(Date.now() - started < 5000, `closed after ${Date.now() - started} ms`);
});
