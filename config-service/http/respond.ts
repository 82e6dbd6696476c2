/** JSON request/response helpers and the error-code -> HTTP status mapping (the catalogue's status first). */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ShakeError, isShakeError } from '../../common/errors.ts';
import { ERRORS, type ErrorSpec } from '../../contracts/errors.ts';

const STATUS: Record<string, number> = {
  BAD_REQUEST: 400, INVALID_DOCUMENT: 400, INVALID_CORRECTION: 400,
  UNAUTHORIZED: 401, NOT_FOUND: 404, VERSION_NOT_FOUND: 404, ROUND_NOT_FOUND: 404,
  VERSION_CONFLICT: 409, ROUND_NOT_RUNNING: 409, ROUND_ALREADY_STARTED: 409, NO_CONFIG: 409,
  PAYLOAD_TOO_LARGE: 413, STORE_UNAVAILABLE: 503, VERSION_TAKEN: 503,
};

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const data = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(data);
}

export function sendError(res: ServerResponse, e: unknown): void {
  const err = isShakeError(e) ? e : new ShakeError('INTERNAL', 'internal error');
  if (res.headersSent) { res.destroy(); return; }
  const catalogue = ERRORS as Record<string, ErrorSpec>;
  sendJson(res, catalogue[err.code]?.http ?? STATUS[err.code] ?? 500, { error: err.toJSON() });
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
