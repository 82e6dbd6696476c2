/**
 * The config instance's HTTP API (JSON) and console page.
 *   GET  /                      console page (read-only without a token)
 *   GET  /healthz               instance + store health
 *   GET  /config                latest (?have=N -> 204 when not newer; gateway report in the query)
 *   GET  /config/:version       one version
 *   POST /config                { document, baseVersion? }        (operator token)
 *   POST /config/correction     Correction                        (operator token)
 *   POST /config/rollback       { version }                       (operator token)
 *   GET  /history               who/when/what, newest first
 *   GET  /gateways              versions, clock offsets, flags
 *   GET  /api/state             latest + gateways + history + server time (for the console)
 *   GET  /push                  channel (a): Server-Sent Events (?gatewayId&version)
 * A gateway's report (gatewayId in the query of /config or /push) must carry
 * `Authorization: Bearer gatewayCredential(serviceToken, gatewayId)` and name a
 * gateway of the latest show's fleet: the gateways tracked are bounded by the
 * fleet list. POSTs are refused cross-origin. Errors: {code, message[, details]}.
 */
import http from 'node:http';
import { ShakeError } from '../../common/errors.ts';
import type { Logger } from '../../common/logger.ts';
import { parseCorrection } from '../document/corrections.ts';
import type { OperatorAuth } from '../operators.ts';
import type { ConfigService } from '../service.ts';
import { consolePage } from './console-page.ts';
import type { PushHub } from './push-hub.ts';
import { readJson, sendError, sendJson } from './respond.ts';
import { boundHttpServer, crossOriginRefusal, nodeHeaders, requestUrl, type HttpLimits } from '../../common/http-guard.ts';
import { gatewayCredential, isServiceAuthorized } from '../../common/service-auth.ts';
import { catalogued } from '../../contracts/errors.ts';

export interface ApiDeps {
  service: ConfigService;
  auth: OperatorAuth;
  push: PushHub;
  /** The service token gateways' credentials are derived from. */
  serviceToken: string;
  http: HttpLimits;
  identity: { site: string; instanceId: string };
  logger: Logger;
}

function num(v: string | null): number | null {
  if (v === null || v === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

export function createApiServer(d: ApiDeps): http.Server {
  const { service, auth, push } = d;

  /** A report must carry this gateway's credential and name a gateway of the fleet (so the gateways tracked stay bounded). */
  function checkGateway(req: http.IncomingMessage, gatewayId: string): void {
    if (!isServiceAuthorized(req.headers.authorization, gatewayCredential(d.serviceToken, gatewayId))) throw catalogued('SERVICE_UNAUTHORIZED');
    const fleet = service.latest()?.fleet ?? [];
    if (!fleet.some((f) => f.gatewayId === gatewayId)) throw catalogued('UNKNOWN_GATEWAY', `gateway ${JSON.stringify(gatewayId.slice(0, 64))} is not in the show's fleet list`);
  }

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
        checkGateway(req, gatewayId);
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
      if (gatewayId !== 'anonymous') checkGateway(req, gatewayId);
      if (push.full) throw catalogued('PUSH_CLIENTS_FULL');
      if (gatewayId !== 'anonymous') {
        void service.report({ gatewayId, configVersion: version, clockOffsetMs: num(url.searchParams.get('clockOffsetMs')),
          clockSynced: url.searchParams.get('clockSynced') === '1', channel: 'push' });
      }
      push.attach(res, gatewayId, version, service.latest());
      return;
    }
    if (m === 'POST' && (p === '/config' || p === '/config/correction' || p === '/config/rollback')) {
      if (crossOriginRefusal(nodeHeaders(req))) throw catalogued('CROSS_ORIGIN_REFUSED');
      const operator = auth.authenticate(req.headers.authorization);
      const body = await readJson(req, d.http.bodyLimitBytes);
      let doc;
      if (p === '/config') {
        if (typeof body !== 'object' || body === null || !('document' in body)) throw new ShakeError('BAD_REQUEST', 'body must be { document, baseVersion? }');
        const b = body as { document: unknown; baseVersion?: unknown };
        if (b.baseVersion !== undefined && !Number.isSafeInteger(b.baseVersion)) throw new ShakeError('BAD_REQUEST', 'baseVersion must be an integer');
        doc = await service.submit(b.document, operator, b.baseVersion as number | undefined);
      } else if (p === '/config/correction') {
        doc = await service.correct(parseCorrection(body), operator);
      } else {
        const v = (body as { version?: unknown } | null)?.version;
        if (!Number.isSafeInteger(v)) throw new ShakeError('BAD_REQUEST', 'body must be { version: <integer> }');
        doc = await service.rollback(v as number, operator);
      }
      sendJson(res, 200, { accepted: true, version: doc.version, document: doc });
      return;
    }
    throw new ShakeError('NOT_FOUND', `no route ${m} ${p}`);
  }

  return boundHttpServer(http.createServer((req, res) => {
    const url = requestUrl(req);
    if (!url) return sendError(res, catalogued('BAD_REQUEST', 'unparsable request target'));
    route(req, res, url).catch((e: unknown) => {
      if (!(e instanceof ShakeError)) d.logger.error({ err: String(e), path: url.pathname }, 'request failed');
      sendError(res, e);
    });
  }), d.http);
}
