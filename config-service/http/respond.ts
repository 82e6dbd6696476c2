/** JSON request/response helpers; an error's HTTP status is the catalogue's (contracts/errors.ts), 500 where it has none. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readJsonBody, sendHttpError } from '../../common/http-guard.ts';

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const data = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(data);
}

export function sendError(res: ServerResponse, e: unknown): void {
  sendHttpError(res, e);
}

/** A JSON request body (operator changes): at most `limitBytes`, else PAYLOAD_TOO_LARGE; BAD_REQUEST when unparsable. */
export function readJson(req: IncomingMessage, limitBytes = 1 << 20): Promise<unknown> {
  return readJsonBody(req, limitBytes);
}
