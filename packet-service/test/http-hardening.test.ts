/**
 * The money service's HTTP against hostile callers: a slow body is cut, bodies
 * over the limit are refused at once, unparsable targets and random requests
 * get a clear {code, message}, and the service keeps serving.
 */
import t from 'tap';
import { createHttpServer, listen } from '../http.ts';
import { startService } from './helpers.ts';
import { serviceAuthHeaders } from '../../common/service-auth.ts';

const TOKEN = 'money-service-token-for-tests';
const AUTH = serviceAuthHeaders(TOKEN);
import { fuzzHttp, rawHostileRequests, slowBody } from '../../test/helpers/http-abuse.ts';

async function serve(t: Tap.Test) {
  const { svc } = startService(t);
  const server = createHttpServer(svc, { serviceToken: TOKEN }, { headersTimeoutMs: 1500, requestTimeoutMs: 2000 });
  const port = await listen(server, '127.0.0.1', 0);
  t.teardown(() => { server.closeAllConnections(); server.close(); });
  return { port, base: `http://127.0.0.1:${port}` };
}

t.test('finding: a 1 byte/s body is cut by the request timeout; the service keeps serving', async (t) => {
  const { port, base } = await serve(t);
  const slow = await slowBody(port, '/grab', AUTH, 20_000);
  t.ok(slow.heldMs < 6_000, `cut after ${slow.heldMs} ms with requestTimeout 2 s (Node's default would keep it for minutes)`);
  t.match(slow.response, /^HTTP\/1\.1 408/, '408');
  t.match(slow.response, /"code":"REQUEST_TIMEOUT"/, 'in the one error shape');
  t.equal((await fetch(`${base}/health`)).status, 200);
});

t.test('bodies over the limit are refused with PAYLOAD_TOO_LARGE; hostile raw requests get an answer', async (t) => {
  const { port, base } = await serve(t);
  const big = await fetch(`${base}/grab`, { method: 'POST', headers: AUTH, body: 'x'.repeat(100_000) });
  t.equal(big.status, 413);
  t.same((await big.json()).code, 'PAYLOAD_TOO_LARGE');
  const lines = await rawHostileRequests(port);
  t.ok(lines.every((l) => l === '' || /^HTTP\/1\.1 4\d\d/.test(l)), `each refused with a 4xx or closed: ${JSON.stringify(lines)}`);
  t.equal((await fetch(`${base}/health`)).status, 200, 'still serving');
});

t.test('fuzz: random requests to the money service get a clear answer', async (t) => {
  const { base } = await serve(t);
  const seen = await fuzzHttp({ base, routes: ['/grab', '/packets/x', '/packets/', '/recycled', '/balance/u1', '/balance/', '/health', '/nope'], authorised: AUTH });
  t.ok(Object.keys(seen).length > 1, `statuses: ${JSON.stringify(seen)}`);
  t.equal((await fetch(`${base}/health`)).status, 200, 'still serving');
});
