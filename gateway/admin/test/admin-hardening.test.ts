/**
 * The gateway's admin HTTP against hostile callers, on a real gateway process:
 * state-changing POSTs need the service token and refuse cross-origin requests,
 * an oversized body is answered once and the gateway keeps serving, and random
 * requests always get a clear answer in the one error shape.
 */
import t from 'tap';
import fc from 'fast-check';
import net from 'node:net';
import http from 'node:http';
import { startGatewayProcess } from '../../../test/helpers/gateway-process.ts';
import { adminHeaders } from '../../../test/helpers/show-drill.ts';

async function post(port: number, route: string, headers: Record<string, string>, body?: string | Blob) {
  const res = await fetch(`http://127.0.0.1:${port}${route}`, { method: 'POST', headers, body });
  const text = await res.text();
  let json: Record<string, unknown> = {};
  try { json = JSON.parse(text); } catch { /* not JSON */ }
  return { status: res.status, json, text };
}

/**
 * One request on its own connection: the fuzz judges the server's answer to each
 * request, and a keep-alive connection the server closed after an earlier
 * refusal (it answers "Connection: close" rather than read an unwanted body)
 * must not be blamed on the next request a pooled client sends on it.
 */
function freshRequest(port: number, method: string, route: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: route, agent: false, headers: body === undefined ? headers : { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

t.test('finding: POST /admin/reload needs the token and refuses a cross-origin text/plain POST', async (t) => {
  const gw = await startGatewayProcess({});
  t.teardown(() => gw.stop());
  const reloads = async () => (await gw.status()).counters.logicReloads as number;
  const before = await reloads();
  const none = await post(gw.adminPort, '/admin/reload', {});
  t.equal(none.status, 401);
  t.same(none.json.code, 'SERVICE_UNAUTHORIZED');
  const wrong = await post(gw.adminPort, '/admin/reload', { authorization: 'Bearer not-the-token-0123456789' });
  t.equal(wrong.status, 401);
  // What a page on another site can send without a preflight: a text/plain POST, with the browser's Origin.
  const crossOrigin = await post(gw.adminPort, '/admin/reload', { 'content-type': 'text/plain', origin: 'http://evil.example', ...adminHeaders() }, 'x');
  t.equal(crossOrigin.status, 403);
  t.same(crossOrigin.json.code, 'CROSS_ORIGIN_REFUSED');
  const fetchSite = await post(gw.adminPort, '/admin/reload', { 'sec-fetch-site': 'cross-site', ...adminHeaders() });
  t.equal(fetchSite.status, 403);
  t.equal(await reloads(), before, 'nothing reloaded');
  const ok = await post(gw.adminPort, '/admin/reload', adminHeaders());
  t.equal(ok.status, 200, 'with the token, same origin: reloaded');
  t.equal(await reloads(), before + 1, 'the authorised reload ran');
});

t.test('finding: a 12 MB POST to /admin/drill/feed answers 413 and the gateway keeps serving', async (t) => {
  const gw = await startGatewayProcess({ SHAKE_FAULT_INJECTION: '1' });
  t.teardown(() => gw.stop());
  const big = new Blob([Buffer.alloc(12 << 20, 0x20)]);
  const r = await post(gw.adminPort, '/admin/drill/feed', adminHeaders(), big).catch((e: Error) => ({ status: -1, json: {} as Record<string, unknown>, text: e.message }));
  t.ok(r.status === 413 || r.status === -1, `413 (or the connection closed after it): ${r.status}`);
  if (r.status === 413) t.same(r.json.code, 'PAYLOAD_TOO_LARGE');
  // The same again on a raw socket that keeps sending after the answer (what crashed the gateway).
  await new Promise<void>((resolve) => {
    const s = net.connect(gw.adminPort, '127.0.0.1', () => {
      const auth = adminHeaders().authorization;
      s.write(`POST /admin/drill/feed HTTP/1.1\r\nHost: x\r\nAuthorization: ${auth}\r\nContent-Length: ${12 << 20}\r\n\r\n`);
      const chunk = Buffer.alloc(64 << 10, 0x20);
      let sent = 0;
      const pump = () => { while (sent < (12 << 20) && s.write(chunk)) sent += chunk.length; if (sent < (12 << 20)) s.once('drain', pump); };
      pump();
    });
    s.on('error', () => resolve());
    s.on('close', () => resolve());
    setTimeout(() => { s.destroy(); resolve(); }, 5000);
  });
  t.equal(gw.child.exitCode, null, 'the gateway is still running');
  const status = await gw.status();
  t.ok(status.counters, 'and answers /status');
});

t.test('fuzz: random requests to the admin port get a clear answer; the gateway keeps serving', async (t) => {
  const gw = await startGatewayProcess({ SHAKE_FAULT_INJECTION: '1' });
  t.teardown(() => gw.stop());
  // Found by this fuzz: a null in a drill feed's array reached the pool's encoder and the throw ended the gateway.
  const good = { packetId: 'p1', sponsorId: 's1', amountCents: 100, shares: 0, shareAmountCents: 0 };
  for (const bad of [[null], [good, null], [{}], [{ ...good, amountCents: -1 }], [{ ...good, amountCents: 1.5 }], [{ ...good, packetId: 7 }], [{ ...good, shares: 'x' }], [[good]]]) {
    const r = await post(gw.adminPort, '/admin/drill/feed', adminHeaders(), JSON.stringify(bad));
    t.equal(r.status, 400, `feed ${JSON.stringify(bad).slice(0, 60)}: 400`);
    t.equal(r.json.code, 'BAD_REQUEST');
    t.match(r.json.message, /packets\[\d\]|array/, 'naming the bad element');
  }
  t.same((await post(gw.adminPort, '/admin/drill/feed', adminHeaders(), JSON.stringify([good, { ...good, packetId: 'p2', amountCents: '250' }]))).json,
    { accepted: 2 }, 'a well-formed batch is fed whole (cents may be decimal strings)');
  const routes = ['/admin/reload', '/admin/fault/logic-crash', '/admin/drill/feed', '/admin/drill/show-config', '/status', '/metrics', '/x', '/admin/../status'];
  await fc.assert(fc.asyncProperty(
    fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'), fc.constantFrom(...routes.filter((r) => r !== '/admin/reload' && r !== '/admin/fault/logic-crash')),
    fc.boolean(), fc.oneof(fc.string({ maxLength: 300 }), fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null')),
    async (method, route, authorised, body) => {
      const res = await freshRequest(gw.adminPort, method, route, authorised ? adminHeaders() : {}, method === 'GET' ? undefined : body);
      const text = res.text;
      if (res.status >= 400) {
        const j = JSON.parse(text) as { code?: unknown; message?: unknown };
        return typeof j.code === 'string' && typeof j.message === 'string';
      }
      return res.status < 300;
    },
  ), { numRuns: 120, interruptAfterTimeLimit: 20_000 });
  t.equal(gw.child.exitCode, null, 'still running');
  t.ok((await gw.status()).counters, 'still serving');
});
