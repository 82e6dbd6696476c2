/**
 * Hostile HTTP clients for the abuse tests of every internal HTTP server: a
 * body sent one byte a second, and random requests (fast-check) whose answers
 * must all be clear: a 2xx/3xx, or an error in the one shape {code, message}.
 */
import net from 'node:net';
import fc from 'fast-check';

/** Sends headers announcing a 1,000-byte body, then one byte a second; resolves with how long the server kept it and what it said. */
export function slowBody(port: number, route: string, headers: Record<string, string> = {}, giveUpMs = 30_000): Promise<{ heldMs: number; response: string }> {
  return new Promise((resolve) => {
    const started = Date.now();
    let response = '';
    const s = net.connect(port, '127.0.0.1', () => {
      const extra = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('');
      s.write(`POST ${route} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n${extra}\r\n`);
    });
    const drip = setInterval(() => { if (s.writable) s.write(' '); }, 1000);
    const done = () => { clearInterval(drip); clearTimeout(limit); s.destroy(); resolve({ heldMs: Date.now() - started, response }); };
    const limit = setTimeout(done, giveUpMs);
    s.setEncoding('latin1');
    s.on('data', (d: string) => { response += d; });
    s.on('close', done);
    s.on('error', () => {});
  });
}

export interface FuzzTarget {
  base: string;
  routes: string[];
  /** Headers sent on about half the requests (a valid credential), so the fuzz reaches past the guard. */
  authorised?: Record<string, string>;
  numRuns?: number;
}

/** Random method, route, query, headers and body; every answer must be clear. Resolves with the statuses seen. */
export async function fuzzHttp(target: FuzzTarget): Promise<Record<number, number>> {
  const seen: Record<number, number> = {};
  const body = fc.oneof(fc.string({ maxLength: 400 }), fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? 'null'),
    fc.constantFrom('{"__proto__":{"x":1}}', '[]', 'null', '{', '\u0000', '{"document":{"__proto__":null}}'));
  const query = fc.oneof(fc.constant(''), fc.webQueryParameters().map((q) => `?${q}`),
    fc.constantFrom('?gatewayId=gw-1&clockOffsetMs=4300&clockSynced=1', '?page=-1', '?since=%zz', '?limit=1e999'));
  await fc.assert(fc.asyncProperty(
    fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH'), fc.constantFrom(...target.routes), query, fc.boolean(), body,
    fc.constantFrom<Record<string, string>>({}, { origin: 'http://evil.example' }, { 'content-type': 'text/plain' }, { authorization: 'Bearer x' }),
    async (method, route, q, authorised, b, extra) => {
      const res = await fetch(`${target.base}${route}${q}`, {
        method, body: method === 'GET' ? undefined : b, signal: AbortSignal.timeout(5000),
        headers: { ...extra, ...(authorised ? target.authorised : {}) },
      });
      seen[res.status] = (seen[res.status] ?? 0) + 1;
      const type = res.headers.get('content-type') ?? '';
      if (type.startsWith('text/event-stream')) { await res.body?.cancel(); return true; }
      const text = await res.text();
      if (res.status < 400) return true;
      const j = JSON.parse(text) as { code?: unknown; message?: unknown };
      return res.status !== 500 && typeof j.code === 'string' && typeof j.message === 'string';
    },
  ), { numRuns: target.numRuns ?? 100, interruptAfterTimeLimit: 10_000 });
  return seen;
}

/** Requests no well-behaved client sends: an unparsable target, garbage, a huge header, a lying content-length. */
const RAW_HOSTILE = [
  'GET //[ HTTP/1.1\r\nHost: x\r\n\r\n',
  'GET /%zz%00 HTTP/1.1\r\nHost: x\r\n\r\n',
  '\u0000\u0001garbage\r\n\r\n',
  `GET / HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(100_000)}\r\n\r\n`,
  'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n',
  'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
];

/** Sends each hostile request on its own socket; resolves with the first status line of each answer ('' if none). */
export async function rawHostileRequests(port: number): Promise<string[]> {
  return Promise.all(RAW_HOSTILE.map((req) => new Promise<string>((resolve) => {
    let got = '';
    const s = net.connect(port, '127.0.0.1', () => s.write(req));
    s.setEncoding('latin1');
    s.on('data', (d: string) => { got += d; if (got.includes('\r\n')) done(); });
    const done = () => { clearTimeout(limit); s.destroy(); resolve(got.split('\r\n')[0] ?? ''); };
    const limit = setTimeout(done, 5000);
    s.on('close', done);
    s.on('error', () => {});
  })));
}
