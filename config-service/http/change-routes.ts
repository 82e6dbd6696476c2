/**
 * The operator's write routes. Every one needs an operator token (the name
 * it maps to is what the history records), is authenticated before the body
 * is read, and carries the fields of a ChangeRequest:
 *   POST /config                { document, baseVersion, comment?, confirmed? }
 *   POST /config/correction     { ...Correction, baseVersion, comment?, confirmed? }
 *   POST /config/rollback       { version, baseVersion, comment?, confirmed? }
 *   POST /drafts                { document, baseVersion, comment? }      -> the stored draft
 *   POST /drafts/:id/publish    { comment?, confirmed? }                 (base = the draft's)
 *   POST /drafts/:id/discard    {}
 */
import type http from 'node:http';
import { ShakeError } from '../../common/errors.ts';
import { catalogued } from '../../contracts/errors.ts';
import { parseCorrection } from '../../contracts/show/corrections.ts';
import type { DraftDesk } from '../drafts.ts';
import type { OperatorAuth } from '../operators.ts';
import type { ChangeRequest, ConfigService } from '../service.ts';
import { readJson, sendJson } from './respond.ts';

export interface ChangeDeps {
  service: ConfigService;
  drafts: DraftDesk;
  auth: OperatorAuth;
}

function object(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ShakeError('BAD_REQUEST', 'body must be a JSON object');
  return body as Record<string, unknown>;
}

/** The comment and confirmation every change may carry. */
function extras(b: Record<string, unknown>): { comment?: string; confirmed: boolean } {
  if (b.comment !== undefined && typeof b.comment !== 'string') throw new ShakeError('BAD_REQUEST', 'comment must be a string');
  return { comment: b.comment as string | undefined, confirmed: b.confirmed === true };
}

function changeRequest(b: Record<string, unknown>, operator: string): ChangeRequest {
  if (!Number.isSafeInteger(b.baseVersion) || (b.baseVersion as number) < 0) throw catalogued('BASE_VERSION_REQUIRED');
  return { operator, baseVersion: b.baseVersion as number, ...extras(b) };
}

const CHANGE_ROUTES = new Set(['/config', '/config/correction', '/config/rollback', '/drafts']);
const DRAFT_ACTION = /^\/drafts\/([A-Za-z0-9-]{1,64})\/(publish|discard)$/;

/** Handles a write route; false when the request is not one. */
export async function handleChange(d: ChangeDeps, req: http.IncomingMessage, res: http.ServerResponse, p: string): Promise<boolean> {
  const action = DRAFT_ACTION.exec(p);
  if (req.method !== 'POST' || (!CHANGE_ROUTES.has(p) && !action)) return false;
  const operator = d.auth.authenticate(req.headers.authorization);
  const b = object(await readJson(req));
  if (action) {
    if (action[2] === 'discard') { await d.drafts.discard(action[1]); sendJson(res, 200, { discarded: action[1] }); return true; }
    const doc = await d.drafts.publish(action[1], { operator, ...extras(b) });
    sendJson(res, 200, { accepted: true, version: doc.version, document: doc });
    return true;
  }
  const change = changeRequest(b, operator);
  if (p === '/drafts') {
    if (!('document' in b)) throw new ShakeError('BAD_REQUEST', 'body must be { document, baseVersion, comment? }');
    sendJson(res, 200, { draft: await d.drafts.prepare(b.document, change) });
    return true;
  }
  let doc;
  if (p === '/config') {
    if (!('document' in b)) throw new ShakeError('BAD_REQUEST', 'body must be { document, baseVersion, comment?, confirmed? }');
    doc = await d.service.submit(b.document, change);
  } else if (p === '/config/correction') {
    doc = await d.service.correct(parseCorrection(b), change);
  } else {
    if (!Number.isSafeInteger(b.version)) throw new ShakeError('BAD_REQUEST', 'body must be { version: <integer>, baseVersion }');
    doc = await d.service.rollback(b.version as number, change);
  }
  sendJson(res, 200, { accepted: true, version: doc.version, document: doc });
  return true;
}
