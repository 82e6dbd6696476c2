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
 */
import http from 'node:http';
import { ShakeError } from '../../common/errors.ts';
import type { Logger } from '../../common/logger.ts';
import { parseCorrection } from '../document/corrections.ts';
import type { OperatorAuth } from '../operators.ts';
import type { ConfigService } from '../service.ts';
import { consolePage } from './console-page.ts';
import { coveragePage } from './coverage-page.ts';
import { coverageParam, fleetCoverage } from '../resource-coverage.ts';
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
          ...coverageParam(url),
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
    if (m === 'GET' && p === '/api/coverage') { sendJson(res, 200, fleetCoverage(service.store.gatewayReports(), service.latest())); return; }
    if (m === 'GET' && p === '/coverage') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(coveragePage()); return; }
    if (m === 'GET' && p === '/api/state') {
      sendJson(res, 200, { serverNowMs: Date.now(), instance: d.identity, latest: service.latest(), gateways: service.gateways(), history: service.history().slice(0, 50) });
      return;
    }
    if (m === 'GET' && p === '/push') {
      const gatewayId = url.searchParams.get('gatewayId') ?? 'anonymous';
      const version = num(url.searchParams.get('version')) ?? 0;
      if (gatewayId !== 'anonymous') {
        void service.report({ gatewayId, configVersion: version, clockOffsetMs: num(url.searchParams.get('clockOffsetMs')),
          clockSynced: url.searchParams.get('clockSynced') === '1', channel: 'push', ...coverageParam(url) });
      }
      push.attach(res, gatewayId, version, service.latest());
      return;
    }
    if (m === 'POST' && (p === '/config' || p === '/config/correction' || p === '/config/rollback')) {
      const operator = auth.authenticate(req.headers.authorization);
      const body = await readJson(req);
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

  return http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    route(req, res, url).catch((e: unknown) => {
      if (!(e instanceof ShakeError)) d.logger.error({ err: String(e), path: url.pathname }, 'request failed');
      sendError(res, e);
    });
  });
}
