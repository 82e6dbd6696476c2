/** JSON request/response helpers and the error-code -> HTTP status mapping. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readJsonBody, sendHttpError } from '../../common/http-guard.ts';

const STATUS: Record<string, number> = {
  BAD_REQUEST: 400, INVALID_DOCUMENT: 400, INVALID_CORRECTION: 400,
  UNAUTHORIZED: 401, NOT_FOUND: 404, VERSION_NOT_FOUND: 404, ROUND_NOT_FOUND: 404,
  VERSION_CONFLICT: 409, ROUND_NOT_RUNNING: 409, ROUND_ALREADY_STARTED: 409, NO_CONFIG: 409,
  STORE_UNAVAILABLE: 503, VERSION_TAKEN: 503,
};

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const data = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers });
  res.end(data);
}

export function sendError(res: ServerResponse, e: unknown): void {
  sendHttpError(res, e, STATUS);
}

/** A JSON request body (operator changes): at most `limitBytes`, else BODY_TOO_LARGE; BAD_JSON when unparsable. */
export function readJson(req: IncomingMessage, limitBytes = 1 << 20): Promise<unknown> {
  return readJsonBody(req, limitBytes);
}
