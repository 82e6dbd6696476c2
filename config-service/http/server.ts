/**
 * The config instance's HTTP API (JSON) and console page.
 *   GET  /                      console page (read-only without a token); /console/<asset> its script and style
 *   GET  /health                instance + store health (503 when the store is not healthy)
 *   GET  /metrics               Prometheus text: config_latest_version, config_gateways_tracked, config_store_healthy,
 *                               config_money_set_up / _backlog_messages / _pay_operations_per_second / _refused / _stalled{money_set}, process metrics
 *   GET  /config                latest (?have=N -> 204 when not newer; gateway report in the query)
 *   GET  /config/:version       one version
 *   GET  /history               who/when/what, newest first
 *   GET  /gateways              versions, clock offsets, flags
 *   GET  /drafts                drafts waiting to be published
 *   GET  /api/state             what the console shows: latest, gateways, per-round figures, money SETs, history, drafts, the instances, server time
 *   GET  /api/money-sets        each money SET this instance watches: up/down, stalled, last seen, backlog, pay rate, refusals, last error
 *   POST /api/preview           { document, baseVersion } -> field errors, diff, confirmations (changes nothing)
 *   GET  /push                  channel (a): Server-Sent Events (?gatewayId&version)
 * A gateway's report (gatewayId in the query of /config or /push) must carry
 * `Authorization: Bearer gatewayCredential(serviceToken, gatewayId)` and name a
 * gateway of the latest show's fleet: the gateways tracked are bounded by the
 * fleet list. POSTs are refused cross-origin. Errors: {code, message[, details]}.
 *   POST (changes)              see change-routes.ts (operator token; every change names its baseVersion)
 * The console follows the instances of both sites: the API answers the
 * other instances' console origins (CORS), so a page keeps working when the
 * instance that served it dies.
 */
import http from 'node:http';
import { ShakeError } from '../../common/errors.ts';
import type { Logger } from '../../common/logger.ts';
import type { DraftDesk } from '../drafts.ts';
import type { OperatorAuth } from '../operators.ts';
import type { ConfigService } from '../service.ts';
import { handleChange } from './change-routes.ts';
import { consoleAsset } from './console-assets.ts';
import { coveragePage } from './coverage-page.ts';
import { coverageParam, fleetCoverage } from '../resource-coverage.ts';
import { liveFigures, roundFiguresParams } from '../../contracts/round-report.ts';
import type { PushHub } from './push-hub.ts';
import type { MoneySetState } from '../money-sets-monitor.ts';
import { readJson, sendError, sendJson } from './respond.ts';
import { boundHttpServer, crossOriginRefusal, nodeHeaders, requestUrl, type HttpLimits } from '../../common/http-guard.ts';
import { gatewayCredential, isServiceAuthorized } from '../../common/service-auth.ts';
import { catalogued } from '../../contracts/errors.ts';
import { createMetricsRegistry, METRICS_CONTENT_TYPE, MetricTable, renderMetrics } from '../../common/metrics/index.ts';

export interface ApiDeps {
  service: ConfigService;
  drafts: DraftDesk;
  auth: OperatorAuth;
  push: PushHub;
  /** The service token gateways' credentials are derived from. */
  serviceToken: string;
  http: HttpLimits;
  identity: { site: string; instanceId: string };
  /** Base URLs of every config instance (both sites): the console's failover list and the origins allowed to call this API. */
  peers: string[];
  /** The money SETs' last polled state (config-service/money-sets-monitor.ts); none watched: an empty list. */
  moneySets: { snapshot(): MoneySetState[]; readonly intervalMs: number };
  logger: Logger;
}

/** One sample per watched SET, labelled with its index like the SETs' own series; a figure the SET did not report has no sample. */
function perSet(sets: MoneySetState[], read: (s: MoneySetState) => number | null): Record<string, number> {
  const out: Record<string, number> = {};
  for (const s of sets) { const v = read(s); if (v !== null) out[String(s.set)] = v; }
  return out;
}

function num(v: string | null): number | null {
  if (v === null || v === '') return null;
  const n = Number(v);
  return Number.isFinite(n) ? n : null;
}

/** CORS for the sibling instances' consoles only; answers preflights. Returns true when the request was a preflight. */
function cors(req: http.IncomingMessage, res: http.ServerResponse, allowed: ReadonlySet<string>): boolean {
  const origin = req.headers.origin;
  if (origin && allowed.has(origin)) {
    res.setHeader('access-control-allow-origin', origin);
    res.setHeader('vary', 'origin');
    res.setHeader('access-control-allow-headers', 'content-type, authorization');
    res.setHeader('access-control-allow-methods', 'GET, POST');
    res.setHeader('access-control-max-age', '600');
  }
  if (req.method !== 'OPTIONS') return false;
  res.writeHead(204).end();
  return true;
}

export function createApiServer(d: ApiDeps): http.Server {
  const { service, push } = d;
  const origins = new Set(d.peers.map((u) => new URL(u).origin));
  // Read-only like the console's GETs, so open like them.
  const metrics = createMetricsRegistry();
  new MetricTable(metrics, () => ({ latest: service.latest()?.version ?? 0, gateways: service.gateways().length, healthy: service.store.healthy() }))
    .gauge('config_latest_version', 'Latest show config version stored', (s) => s.latest)
    .gauge('config_gateways_tracked', 'Gateways that reported to this instance', (s) => s.gateways)
    .gauge('config_store_healthy', '1 while the config store answers', (s) => (s.healthy ? 1 : 0));
  // Seen from this instance (prefix config_): a SET that is down cannot report on its own /metrics, so its absence shows here.
  new MetricTable(metrics, () => d.moneySets.snapshot())
    .gauge('config_money_set_up', '1 while the money SET answers its /health within the poll timeout', (s) => perSet(s, (x) => (x.up ? 1 : 0)), { spreadLabel: 'money_set' })
    .gauge('config_money_set_backlog_messages', 'Queue messages published for the money SET and not yet acknowledged by it (last answer)', (s) => perSet(s, (x) => x.backlog), { spreadLabel: 'money_set' })
    .gauge('config_money_set_pay_operations_per_second', 'Opens and shares the money SET applied per second between its last two answers', (s) => perSet(s, (x) => x.payOpsPerSecond), { spreadLabel: 'money_set' })
    .gauge('config_money_set_refused', 'Operations the money SET refused since it started, all reasons (last answer)', (s) => perSet(s, (x) => x.refusedTotal), { spreadLabel: 'money_set' })
    .gauge('config_money_set_stalled', '1 while the money SET answers but has applied nothing with work waiting for the stall time', (s) => perSet(s, (x) => (x.stalled ? 1 : 0)), { spreadLabel: 'money_set' });

  function state(): unknown {
    return {
      serverNowMs: Date.now(), instance: d.identity, peers: d.peers, latest: service.latest(), gateways: service.gateways(),
      history: service.history().slice(0, 50), drafts: d.drafts.list(), imminentWindowMs: service.imminentWindowMs,
      heldSponsorIds: service.heldSponsorIds(), twoPersonRule: service.twoPersonRule,
      figures: liveFigures(service.store.gatewayReports(), service.latest(), Date.now()),
      moneySets: d.moneySets.snapshot(),
    };
  }

  /** A report must carry this gateway's credential and name a gateway of the fleet (so the gateways tracked stay bounded). */
  function checkGateway(req: http.IncomingMessage, gatewayId: string): void {
    if (!isServiceAuthorized(req.headers.authorization, gatewayCredential(d.serviceToken, gatewayId))) throw catalogued('SERVICE_UNAUTHORIZED');
    const fleet = service.latest()?.fleet ?? [];
    if (!fleet.some((f) => f.gatewayId === gatewayId)) throw catalogued('UNKNOWN_GATEWAY', `gateway ${JSON.stringify(gatewayId.slice(0, 64))} is not in the show's fleet list`);
  }

  async function route(req: http.IncomingMessage, res: http.ServerResponse, url: URL): Promise<void> {
    const p = url.pathname;
    const m = req.method ?? 'GET';
    // A change from another page is refused; the console pages of this show's own instances (peers) may post here.
    if (m === 'POST' && crossOriginRefusal(nodeHeaders(req)) && !origins.has(req.headers.origin ?? '')) throw catalogued('CROSS_ORIGIN_REFUSED');
    if (m === 'GET' && (p === '/' || p.startsWith('/console/'))) {
      const asset = consoleAsset(p === '/' ? 'index.html' : p.slice('/console/'.length));
      if (!asset) throw new ShakeError('NOT_FOUND', `no console asset ${p}`);
      res.writeHead(200, { 'content-type': asset.type, 'cache-control': 'no-store' });
      res.end(asset.body);
      return;
    }
    if (m === 'GET' && p === '/health') {
      const storeHealthy = service.store.healthy();
      sendJson(res, storeHealthy ? 200 : 503, { ok: storeHealthy, ...d.identity, latestVersion: service.latest()?.version ?? 0, storeHealthy });
      return;
    }
    if (m === 'GET' && p === '/metrics') {
      const text = await renderMetrics(metrics);
      res.writeHead(200, { 'content-type': METRICS_CONTENT_TYPE, 'content-length': Buffer.byteLength(text) });
      res.end(text);
      return;
    }
    if (m === 'GET' && p === '/config') {
      const gatewayId = url.searchParams.get('gatewayId');
      if (gatewayId) {
        checkGateway(req, gatewayId);
        void service.report({
          gatewayId, configVersion: num(url.searchParams.get('version')) ?? 0,
          clockOffsetMs: num(url.searchParams.get('clockOffsetMs')), clockSynced: url.searchParams.get('clockSynced') === '1', channel: 'poll',
          ...coverageParam(url), ...roundFiguresParams(url),
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
    if (m === 'GET' && p === '/drafts') { sendJson(res, 200, d.drafts.list()); return; }
    if (m === 'GET' && p === '/api/state') { sendJson(res, 200, state()); return; }
    if (m === 'GET' && p === '/api/money-sets') { sendJson(res, 200, { serverNowMs: Date.now(), pollIntervalMs: d.moneySets.intervalMs, sets: d.moneySets.snapshot() }); return; }
    if (m === 'POST' && p === '/api/preview') {
      const b = (await readJson(req)) as { document?: unknown; baseVersion?: unknown } | null;
      if (!b || !Number.isSafeInteger(b.baseVersion)) throw new ShakeError('BAD_REQUEST', 'body must be { document, baseVersion }');
      sendJson(res, 200, await service.preview(b.document, b.baseVersion as number));
      return;
    }
    if (m === 'GET' && p === '/api/coverage') { sendJson(res, 200, fleetCoverage(service.store.gatewayReports(), service.latest())); return; }
    if (m === 'GET' && p === '/coverage') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(coveragePage()); return; }
    if (m === 'GET' && p === '/push') {
      const gatewayId = url.searchParams.get('gatewayId') ?? 'anonymous';
      const version = num(url.searchParams.get('version')) ?? 0;
      if (gatewayId !== 'anonymous') checkGateway(req, gatewayId);
      if (push.full) throw catalogued('PUSH_CLIENTS_FULL');
      if (gatewayId !== 'anonymous') {
        void service.report({ gatewayId, configVersion: version, clockOffsetMs: num(url.searchParams.get('clockOffsetMs')),
          clockSynced: url.searchParams.get('clockSynced') === '1', channel: 'push', ...coverageParam(url), ...roundFiguresParams(url) });
      }
      push.attach(res, gatewayId, version, service.latest());
      return;
    }
    if (await handleChange(d, req, res, p)) return;
    throw new ShakeError('NOT_FOUND', `no route ${m} ${p}`);
  }

  return boundHttpServer(http.createServer((req, res) => {
    const url = requestUrl(req);
    if (!url) return sendError(res, catalogued('BAD_REQUEST', 'unparsable request target'));
    if (cors(req, res, origins)) return;
    route(req, res, url).catch((e: unknown) => {
      if (!(e instanceof ShakeError)) d.logger.error({ err: String(e), path: url.pathname }, 'request failed');
      sendError(res, e);
    });
  }), d.http);
}
