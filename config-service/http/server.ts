/**
 * The config instance's HTTP API (JSON) and console page.
 *   GET  /                      console page (read-only without a token)
 *   GET  /healthz               instance + store health
 *   GET  /config                latest (?have=N -> 204 when not newer; gateway report in the query)
 *   GET  /config/:version       one version
 *   POST /config                { document, baseVersion, comment?, confirmed? }            (operator token)
 *   POST /config/correction     { ...Correction, baseVersion, comment?, confirmed? }       (operator token)
 *   POST /config/rollback       { version, baseVersion, comment?, confirmed? }             (operator token)
 *   POST /api/preview           { document, baseVersion } -> field errors, diff, confirmations (no token needed; changes nothing)
 * Every change names baseVersion, the version it was prepared from: if the
 * show moved on meanwhile it is refused (409 VERSION_CONFLICT, details list
 * what changed). A change that moves a running/imminent round or adds an
 * unfed round needs confirmed: true (else 409 CONFIRMATION_REQUIRED).
 *   GET  /history               who/when/what, newest first
 *   GET  /gateways              versions, clock offsets, flags
 *   GET  /api/state             latest + gateways + history + server time (for the console)
 *   GET  /push                  channel (a): Server-Sent Events (?gatewayId&version)
 */
import http from 'node:http';
import { ShakeError } from '../../common/errors.ts';
import type { Logger } from '../../common/logger.ts';
import { parseCorrection } from '../document/corrections.ts';
import type { OperatorAuth } from '../operators.ts';
import type { ChangeRequest, ConfigService } from '../service.ts';
import { catalogued } from '../../contracts/errors.ts';
import { consolePage } from './console-page.ts';
import type { PushHub } from './push-hub.ts';
import { readJson, sendError, sendJson } from './respond.ts';

export interface ApiDeps {
  service: ConfigService;
  auth: OperatorAuth;
  push: PushHub;
  identity: { site: string; instanceId: string };
  logger: Logger;
}

function num(v: string | null): number | null {
  if (v === null || v === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/** The fields every change carries besides its content. */
function changeRequest(body: unknown, operator: string): ChangeRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new ShakeError('BAD_REQUEST', 'body must be a JSON object');
  const b = body as { baseVersion?: unknown; comment?: unknown; confirmed?: unknown };
  if (!Number.isSafeInteger(b.baseVersion) || (b.baseVersion as number) < 0) throw catalogued('BASE_VERSION_REQUIRED');
  if (b.comment !== undefined && typeof b.comment !== 'string') throw new ShakeError('BAD_REQUEST', 'comment must be a string');
  return { operator, baseVersion: b.baseVersion as number, comment: b.comment as string | undefined, confirmed: b.confirmed === true };
}

export function createApiServer(d: ApiDeps): http.Server {
  const { service, auth, push } = d;

  async function route(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const p = url.pathname;
    const m = req.method ?? 'GET';
    if (m === 'GET' && p === '/') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      res.end(consolePage(d.identity));
      return;
    }
    if (m === 'GET' && p === '/healthz') {
      sendJson(res, 200, { ok: true, ...d.identity, latestVersion: service.latest()?.version ?? 0, storeHealthy: service.store.healthy() });
      return;
    }
    if (m === 'GET' && p === '/config') {
      const gatewayId = url.searchParams.get('gatewayId');
      if (gatewayId) {
        void service.report({
          gatewayId, configVersion: num(url.searchParams.get('version')) ?? 0,
          clockOffsetMs: num(url.searchParams.get('clockOffsetMs')), clockSynced: url.searchParams.get('clockSynced') === '1', channel: 'poll',
        });
      }
      const latest = service.latest();
      const have = num(url.searchParams.get('have'));
      if (!latest) throw new ShakeError('NO_CONFIG', 'no config stored yet');
      if (have !== null && latest.version <= have) { res.writeHead(204, { 'x-config-version': String(latest.version) }); res.end(); return; }
      sendJson(res, 200, latest, { 'x-config-version': String(latest.version) });
      return;
    }
    const vm = /^\/config\/(\d+)$/.exec(p);
    if (m === 'GET' && vm) {
      const doc = await service.store.get(Number(vm[1]));
      if (!doc) throw new ShakeError('VERSION_NOT_FOUND', `no version ${vm[1]}`);
      sendJson(res, 200, doc);
      return;
    }
    if (m === 'GET' && p === '/history') { sendJson(res, 200, service.history()); return; }
    if (m === 'GET' && p === '/gateways') { sendJson(res, 200, service.gateways()); return; }
    if (m === 'GET' && p === '/api/state') {
      sendJson(res, 200, { serverNowMs: Date.now(), instance: d.identity, latest: service.latest(), gateways: service.gateways(), history: service.history().slice(0, 50) });
      return;
    }
    if (m === 'GET' && p === '/push') {
      const gatewayId = url.searchParams.get('gatewayId') ?? 'anonymous';
      const version = num(url.searchParams.get('version')) ?? 0;
      if (gatewayId !== 'anonymous') {
        void service.report({ gatewayId, configVersion: version, clockOffsetMs: num(url.searchParams.get('clockOffsetMs')),
          clockSynced: url.searchParams.get('clockSynced') === '1', channel: 'push' });
      }
      push.attach(res, gatewayId, version, service.latest());
      return;
    }
    if (m === 'POST' && (p === '/config' || p === '/config/correction' || p === '/config/rollback')) {
      const operator = auth.authenticate(req.headers.authorization);
      const body = await readJson(req);
      const change = changeRequest(body, operator);
      let doc;
      if (p === '/config') {
        if (!('document' in (body as object))) throw new ShakeError('BAD_REQUEST', 'body must be { document, baseVersion, comment?, confirmed? }');
        doc = await service.submit((body as { document: unknown }).document, change);
      } else if (p === '/config/correction') {
        doc = await service.correct(parseCorrection(body), change);
      } else {
        const v = (body as { version?: unknown }).version;
        if (!Number.isSafeInteger(v)) throw new ShakeError('BAD_REQUEST', 'body must be { version: <integer>, baseVersion }');
        doc = await service.rollback(v as number, change);
      }
      sendJson(res, 200, { accepted: true, version: doc.version, document: doc });
      return;
    }
    throw new ShakeError('NOT_FOUND', `no route ${m} ${p}`);
  }

  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    route(req, res, url).catch((e: unknown) => {
      if (!(e instanceof ShakeError)) d.logger.error({ err: String(e), path: url.pathname }, 'request failed');
      sendError(res, e);
    });
  });
}
