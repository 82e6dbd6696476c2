/** JSON request/response helpers; an error's HTTP status is the catalogue's (contracts/errors.ts), 500 where it has none. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ShakeError, isShakeError } from '../../common/errors.ts';
import { httpStatus } from '../../contracts/errors.ts';

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const data = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(data);
}

export function sendError(res: ServerResponse, e: unknown): void {
  const err = isShakeError(e) ? e : new ShakeError('INTERNAL_ERROR', 'internal error');
  if (res.headersSent) { res.destroy(); return; }
  sendJson(res, httpStatus(err.code, 500), { error: err.toJSON() });
}

export async function readJson(req: IncomingMessage, limitBytes = 1 << 20): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limitBytes) throw new ShakeError('PAYLOAD_TOO_LARGE', `body larger than ${limitBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new ShakeError('BAD_REQUEST', 'body is not valid JSON');
  }
}
