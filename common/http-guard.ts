/**
 * What every internal HTTP server (gateway admin, agent admin, config
 * service, money service) shares so none is left open or unbounded:
 *   - limits: header and whole-request timeouts, a body limit, a connection cap;
 *   - one error shape, `{code, message}` (plus `details` where a code has them),
 *     with the status from the catalogue in contracts/errors.ts;
 *   - the guard of state-changing endpoints: the service credential
 *     (`Authorization: Bearer`, common/service-auth.ts) and no cross-origin
 *     request (a browser page elsewhere must not be able to post to us, even
 *     a "simple" text/plain POST that needs no preflight).
 * The guard takes a header getter so the uWebSockets.js admin server and the
 * node:http servers use the same code.
 */
import type http from 'node:http';
import type { Duplex } from 'node:stream';
import { ShakeError, isShakeError } from './errors.ts';
import { isServiceAuthorized } from './service-auth.ts';
import { ERRORS, catalogued, httpStatus } from '../contracts/errors.ts';

export interface HttpLimits {
  /** Time for a client to send all request headers. */
  headersTimeoutMs: number;
  /** Time for a client to send the whole request (headers and body). */
  requestTimeoutMs: number;
  /** Largest request body accepted. */
  bodyLimitBytes: number;
  /** Open connections at most; more are dropped at accept. */
  maxConnections: number;
}

export const DEFAULT_HTTP_LIMITS: HttpLimits = {
  headersTimeoutMs: 5_000,
  requestTimeoutMs: 10_000,
  bodyLimitBytes: 1 << 20,
  maxConnections: 512,
};

/** Applies the limits to a node:http server; a malformed or slow request gets the one error shape. */
export function boundHttpServer(server: http.Server, limits: HttpLimits = DEFAULT_HTTP_LIMITS): http.Server {
  server.headersTimeout = limits.headersTimeoutMs;
  server.requestTimeout = limits.requestTimeoutMs;
  server.maxConnections = limits.maxConnections;
  server.keepAliveTimeout = Math.min(server.keepAliveTimeout, limits.headersTimeoutMs);
  // Node's checker runs every connectionsCheckingInterval (30 s default): a slow body would live that long.
  (server as http.Server & { connectionsCheckingInterval?: number }).connectionsCheckingInterval = Math.min(1000, limits.headersTimeoutMs);
  const owed = trackAnswers(server);
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) { socket.destroy(); return; }
    const timeout = err.code === 'ERR_HTTP_REQUEST_TIMEOUT' || err.code === 'ERR_HTTP_HEADERS_TIMEOUT';
    const tooLarge = err.code === 'HPE_HEADER_OVERFLOW';
    const code = timeout ? 'REQUEST_TIMEOUT' : tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
    const status = timeout ? '408 Request Timeout' : tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request';
    const body = JSON.stringify({ code, message: timeout ? ERRORS.REQUEST_TIMEOUT.message : err.message });
    const refuse = () => { if (socket.writable) socket.end(`HTTP/1.1 ${status}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`); };
    owed.afterOwedAnswers(socket, timeout, limits.requestTimeoutMs, refuse);
  });
  return server;
}

/**
 * Requests of a keep-alive connection still waiting for their answer. An error or a
 * timeout on a later, partial request must not overtake them: written at once, its
 * raw answer would arrive as the answer to the oldest request and the answers still
 * owed would be lost with the connection (a pipelining client, e.g. an agent under
 * a grab storm while the server is slow to answer, sees requests vanish).
 */
function trackAnswers(server: http.Server): { afterOwedAnswers(socket: Duplex, timeout: boolean, maxWaitMs: number, refuse: () => void): void } {
  const pending = new WeakMap<Duplex, { reqs: Set<http.IncomingMessage>; received: number; settled: (() => void) | null }>();
  server.prependListener('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    let c = pending.get(req.socket);
    if (!c) pending.set(req.socket, c = { reqs: new Set(), received: 0, settled: null });
    const conn = c;
    conn.reqs.add(req);
    conn.received++;
    res.once('finish', () => { conn.reqs.delete(req); conn.settled?.(); });
  });
  const owedCount = (reqs: Set<http.IncomingMessage>) => { let n = 0; for (const r of reqs) if (r.complete) n++; return n; };
  return {
    afterOwedAnswers(socket, timeout, maxWaitMs, refuse) {
      const c = pending.get(socket);
      if (!c || owedCount(c.reqs) === 0) return refuse();
      const receivedAtError = c.received;
      // A wedged handler must not hold the connection for ever: refuse after the request timeout anyway.
      const deadline = setTimeout(() => { c.settled = null; refuse(); }, maxWaitMs);
      deadline.unref();
      c.settled = () => {
        if (owedCount(c.reqs) > 0) return;
        c.settled = null;
        clearTimeout(deadline);
        // The timed-out request arrived whole meanwhile (the server had paused reading
        // while it owed answers) and was answered: the connection is fine, keep it.
        if (timeout && c.received > receivedAtError && c.reqs.size === 0) return;
        refuse();
      };
    },
  };
}

/** The HTTP status of an error code: the catalogue's, else `fallback`. */
export function statusOf(code: string, fallback = 500): number {
  return httpStatus(code, fallback);
}

/** The one error body: `{code, message}` (and `details` where the error carries them). */
export function errorBody(e: unknown): Record<string, unknown> {
  return isShakeError(e) ? e.toJSON() : { code: 'INTERNAL_ERROR', message: 'internal error' };
}

/**
 * Sends an error in the one shape with the catalogue's status (`fallback` for a
 * code that has none); a response already under way is cut (it cannot change its status).
 */
export function sendHttpError(res: http.ServerResponse, e: unknown, fallback = 500): void {
  if (res.headersSent) { res.destroy(); return; }
  const body = JSON.stringify(errorBody(e));
  const status = isShakeError(e) ? statusOf(e.code, fallback) : 500;
  // After PAYLOAD_TOO_LARGE the rest of the body is never read: close instead of draining it.
  const close = isShakeError(e) && e.code === 'PAYLOAD_TOO_LARGE' ? { connection: 'close' } : {};
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(body), ...close });
  res.end(body);
}

/**
 * Reads a request body up to `limitBytes`. Over the limit (announced or sent)
 * it throws PAYLOAD_TOO_LARGE at once and stops reading (the connection is closed
 * after the answer, so the rest of a huge body is never read).
 */
export async function readBody(req: http.IncomingMessage, limitBytes: number): Promise<Buffer> {
  const announced = Number(req.headers['content-length'] ?? 0);
  const tooLarge = () => catalogued('PAYLOAD_TOO_LARGE', `request body over ${limitBytes} bytes`, { limitBytes });
  if (announced > limitBytes) throw tooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limitBytes) throw tooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * The request's URL, or null for a target that does not parse (`GET //[`):
 * `new URL` throws there, and a throw in a request listener would end the process.
 */
export function requestUrl(req: http.IncomingMessage): URL | null {
  try {
    return new URL(req.url ?? '/', 'http://local');
  } catch {
    return null;
  }
}

/** Reads a request body up to the limit and parses it as JSON (PAYLOAD_TOO_LARGE, BAD_REQUEST). */
export async function readJsonBody(req: http.IncomingMessage, limitBytes: number): Promise<unknown> {
  const raw = await readBody(req, limitBytes);
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw catalogued('BAD_REQUEST');
  }
}

export type HeaderGetter = (name: string) => string | undefined;

/**
 * Refuses a state-changing request that lacks the service credential or comes
 * from another origin: a browser sends `Origin` (and `Sec-Fetch-Site`) on
 * cross-origin POSTs; our own tools and the same-origin console either send
 * no Origin or one whose host is the host they asked. Returns the error to
 * send, or null when the request may proceed.
 */
export function stateChangeRefusal(header: HeaderGetter, serviceToken: string): ShakeError | null {
  if (crossOriginRefusal(header)) return catalogued('CROSS_ORIGIN_REFUSED');
  if (!isServiceAuthorized(header('authorization'), serviceToken)) return catalogued('SERVICE_UNAUTHORIZED');
  return null;
}

/** True when a request comes from a page of another origin (its Origin or Sec-Fetch-Site says so). */
export function crossOriginRefusal(header: HeaderGetter): boolean {
  const site = header('sec-fetch-site');
  const origin = header('origin');
  return Boolean((site && site !== 'same-origin' && site !== 'none') || (origin && !sameOrigin(origin, header('host'))));
}

function sameOrigin(origin: string, host: string | undefined): boolean {
  if (!host || origin === 'null') return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** A node:http header getter for `stateChangeRefusal`. */
export function nodeHeaders(req: http.IncomingMessage): HeaderGetter {
  return (name) => {
    const v = req.headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
}
