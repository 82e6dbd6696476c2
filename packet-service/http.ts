/**
 * HTTP API of the packet service (loopback; friends' grabs come through the
 * gateway side):
 *   POST /grab                 {"groupPacketId","userId"} -> {status:"ok", amountCents, seq, repeat}
 *   GET  /packets/:id?page=N   detail list, one screen per page, at most two screens
 *   GET  /recycled?since=C     packets returned to sponsors' pools (cursor C from the previous answer)
 *   GET  /balance/:userId      a user's balance in cents
 *   GET  /health               {ok, shards, queueLag, rejectedTotal: {reason: n}}
 * Errors: {code, message} with a stable code and the catalogue's HTTP status
 * (contracts/errors.ts; 503 for a code that has none: the service could not do it now).
 */
import http from 'node:http';
import { ShakeError, isShakeError } from '../common/errors.ts';
import { httpStatus } from '../contracts/errors.ts';
import type { PacketService } from './service.ts';

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const s = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(s) });
  res.end(s);
}

async function readJson(req: http.IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of req) {
    n += (c as Buffer).length;
    if (n > 16_384) throw new ShakeError('PAYLOAD_TOO_LARGE', 'body too large');
    chunks.push(c as Buffer);
  }
  try {
    const v = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
    if (v && typeof v === 'object') return v as Record<string, unknown>;
  } catch { /* fallthrough */ }
  throw new ShakeError('BAD_REQUEST', 'body must be a JSON object');
}

export interface HttpExtras { lag?: () => Promise<number> }

async function route(svc: PacketService, req: http.IncomingMessage, url: URL, extras: HttpExtras): Promise<[number, unknown]> {
  const p = url.pathname;
  if (req.method === 'POST' && p === '/grab') {
    const b = await readJson(req);
    const groupId = b.groupPacketId, userId = b.userId;
    if (typeof groupId !== 'string' || typeof userId !== 'string') throw new ShakeError('BAD_REQUEST', 'groupPacketId and userId are required strings');
    const r = await svc.grab(groupId, userId);
    if (r.status === 'ok') return [200, r];
    const code = r.status === 'empty' ? 'GROUP_PACKET_EMPTY' : r.status === 'expired' ? 'GROUP_PACKET_EXPIRED' : 'GROUP_PACKET_NOT_FOUND';
    throw new ShakeError(code, `group packet ${r.status.replace('_', ' ')}`, { groupPacketId: groupId });
  }
  if (req.method === 'GET' && p.startsWith('/packets/')) {
    const id = decodeURIComponent(p.slice('/packets/'.length));
    const d = await svc.detail(id, Number(url.searchParams.get('page') ?? '0'));
    if (!d.found) throw new ShakeError('GROUP_PACKET_NOT_FOUND', 'group packet not found', { groupPacketId: id });
    return [200, d];
  }
  if (req.method === 'GET' && p === '/recycled') {
    const limit = Math.min(10_000, Math.max(1, Number(url.searchParams.get('limit') ?? '1000') || 1000));
    return [200, await svc.recycled(url.searchParams.get('since') ?? undefined, limit)];
  }
  if (req.method === 'GET' && p.startsWith('/balance/')) {
    const userId = decodeURIComponent(p.slice('/balance/'.length));
    return [200, { userId, balanceCents: await svc.balance(userId) }];
  }
  if (req.method === 'GET' && p === '/health') return [200, { ok: true, shards: svc.shards.length, queueLag: extras.lag ? await extras.lag() : null, rejectedTotal: svc.rejectedCounts() }];
  throw new ShakeError('NOT_FOUND', 'no such route');
}

export function createHttpServer(svc: PacketService, extras: HttpExtras = {}): http.Server {
  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://local');
    route(svc, req, url, extras).then(([status, body]) => send(res, status, body), (e: unknown) => {
      if (isShakeError(e)) return send(res, httpStatus(e.code, 503), e.toJSON());
      svc.log.error({ err: e, path: url.pathname }, 'http request failed');
      send(res, 500, { code: 'INTERNAL_ERROR', message: 'internal error' });
    });
  });
}

export async function listen(server: http.Server, host: string, port: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const a = server.address();
  return typeof a === 'object' && a ? a.port : port;
}
