/**
 * POST /grab, the request every phone's grab becomes (gateway → agent → here)
 * and the one a storm at a popular group packet multiplies by 100,000. Most of
 * a storm is answered from the grab gate's memory (empty, a repeat), so what
 * costs here is per-request overhead, kept small:
 * - the service credential is checked once per connection (the header value
 *   that passed is remembered for that socket; another value is checked again);
 * - the small body is read with plain listeners, not an async iterator;
 * - answers memory already holds are sent without a promise, and a refusal
 *   body (empty/expired/not found) is built once per packet, not as a thrown
 *   error with a stack per request;
 * - no log line per request: the grab histogram and the gate's counters count.
 * Every answer keeps the shape and status of the general error path.
 */
import type http from 'node:http';
import type { Socket } from 'node:net';
import type { Histogram } from 'prom-client';
import { ShakeError, isShakeError } from '../common/errors.ts';
import { errorBody, sendHttpError, statusOf } from '../common/http-guard.ts';
import { catalogued } from '../contracts/errors.ts';
import { isServiceAuthorized, SERVICE_AUTH_HEADER } from '../common/service-auth.ts';
import type { PacketService } from './service.ts';
import type { GrabResult } from './shard/messages.ts';

/** Refusal bodies kept (one per packet and code); past this the map starts over. */
const REFUSAL_BODIES_KEPT = 10_000;
const REFUSAL_CODE = { empty: 'GROUP_PACKET_EMPTY', expired: 'GROUP_PACKET_EXPIRED', not_found: 'GROUP_PACKET_NOT_FOUND' } as const;

export class GrabEndpoint {
  // The header value verified on a connection: comparing a later request's value with it
  // compares two values this same client sent, never the secret, so a plain === is safe.
  private readonly verified = new WeakMap<Socket, string>();
  private readonly refusalBodies = new Map<string, string>();

  constructor(private readonly svc: PacketService, private readonly token: string, private readonly bodyLimitBytes: number,
    private readonly timed: Histogram<'outcome'>) {}

  handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    if (!this.authorized(req)) {
      req.resume();
      return sendHttpError(res, new ShakeError('SERVICE_UNAUTHORIZED', 'internal API: send Authorization: Bearer <SHAKE_SERVICE_TOKEN>'));
    }
    readSmallBody(req, this.bodyLimitBytes, (err, body) => {
      if (err) return sendHttpError(res, err);
      let groupId: unknown, userId: unknown;
      try {
        const b = JSON.parse(body.toString('utf8')) as Record<string, unknown> | null;
        if (!b || typeof b !== 'object') throw new Error('not an object');
        groupId = b.groupPacketId;
        userId = b.userId;
      } catch {
        return sendHttpError(res, new ShakeError('BAD_REQUEST', 'body must be a JSON object'));
      }
      if (typeof groupId !== 'string' || typeof userId !== 'string') {
        return sendHttpError(res, new ShakeError('BAD_REQUEST', 'groupPacketId and userId are required strings'));
      }
      this.grab(res, groupId, userId);
    });
  }

  private grab(res: http.ServerResponse, groupId: string, userId: string): void {
    const t0 = performance.now();
    const known = groupId && userId ? this.svc.grabGate.known(groupId, userId) : null;
    if (known) return this.answer(res, groupId, known, t0);
    this.svc.grab(groupId, userId).then((r) => this.answer(res, groupId, r, t0), (e: unknown) => {
      this.timed.labels('error').observe((performance.now() - t0) / 1000);
      if (isShakeError(e)) return sendHttpError(res, e, 503);
      this.svc.log.error({ err: e, path: '/grab' }, 'http request failed');
      sendHttpError(res, e);
    });
  }

  private answer(res: http.ServerResponse, groupId: string, r: GrabResult, t0: number): void {
    this.timed.labels(r.status).observe((performance.now() - t0) / 1000);
    if (r.status === 'ok') {
      const s = JSON.stringify(r);
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(s) });
      res.end(s);
      return;
    }
    const code = REFUSAL_CODE[r.status];
    const s = this.refusalBody(code, r.status, groupId);
    res.writeHead(statusOf(code), { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(s) });
    res.end(s);
  }

  private refusalBody(code: (typeof REFUSAL_CODE)[keyof typeof REFUSAL_CODE], status: string, groupId: string): string {
    const key = `${code}\n${groupId}`;
    let s = this.refusalBodies.get(key);
    if (s === undefined) {
      s = JSON.stringify(errorBody(new ShakeError(code, `group packet ${status.replace('_', ' ')}`, { groupPacketId: groupId })));
      if (this.refusalBodies.size >= REFUSAL_BODIES_KEPT) this.refusalBodies.clear();
      this.refusalBodies.set(key, s);
    }
    return s;
  }

  private authorized(req: http.IncomingMessage): boolean {
    const h = req.headers[SERVICE_AUTH_HEADER];
    if (typeof h === 'string' && this.verified.get(req.socket) === h) return true;
    if (!isServiceAuthorized(h, this.token)) return false;
    this.verified.set(req.socket, h as string);
    return true;
  }
}

/**
 * Reads a body up to `limitBytes` (PAYLOAD_TOO_LARGE past it, announced or sent; the
 * connection is then closed after the answer, as common/http-guard.ts readBody does).
 */
function readSmallBody(req: http.IncomingMessage, limitBytes: number, done: (err: ShakeError | null, body: Buffer) => void): void {
  const tooLarge = () => catalogued('PAYLOAD_TOO_LARGE', `request body over ${limitBytes} bytes`, { limitBytes });
  if (Number(req.headers['content-length'] ?? 0) > limitBytes) return done(tooLarge(), Buffer.alloc(0));
  const chunks: Buffer[] = [];
  let size = 0, over = false;
  req.on('data', (c: Buffer) => {
    size += c.length;
    if (size > limitBytes && !over) { over = true; req.pause(); done(tooLarge(), Buffer.alloc(0)); }
    else if (!over) chunks.push(c);
  });
  req.on('end', () => { if (!over) done(null, chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)); });
  req.on('error', () => { /* the socket's own error ends the connection; nothing to answer */ });
}
