/**
 * Internal HTTP API of the packet service. Only our own processes call it, and
 * every route but /health requires the service credential
 * (`Authorization: Bearer <SHAKE_SERVICE_TOKEN>`, common/service-auth.ts;
 * otherwise 401 SERVICE_UNAUTHORIZED). Phones never call it: their grabs,
 * balances and details reach it from their gateway through the local agent
 * (agent/money/), which passes the user of the phone's connection.
 *   POST /grab                 {"groupPacketId","userId"} -> {status:"ok", amountCents, seq, repeat}
 *                              (429 GRAB_BUSY: too many grabs waiting for that packet, nothing done, try later)
 *   GET  /packets/:id?page=N   detail list, one screen per page, at most two screens
 *   GET  /recycled?since=C     packets returned to sponsors' pools (cursor C from the previous answer)
 *   GET  /balance/:userId      a user's balance in cents
 *   GET  /health               {ok, shards, queueLag, rejectedTotal: {reason: n}, grabs: grab gate figures, heapUsedBytes} (no credential)
 *   GET  /metrics              Prometheus text: money_grab_duration_seconds, money_rejected_total,
 *                              process metrics (the service credential, like every route but /health)
 * Errors: {code, message} with a stable code and a matching HTTP status.
 * Bounded like every internal server: header/request timeouts, a 16 KiB body
 * limit, a connection cap (common/http-guard.ts).
 */
import http from 'node:http';
import { ShakeError, isShakeError } from '../common/errors.ts';
import { boundHttpServer, DEFAULT_HTTP_LIMITS, requestUrl, sendHttpError, type HttpLimits } from '../common/http-guard.ts';
import { catalogued } from '../contracts/errors.ts';
import type { PacketService } from './service.ts';
import { GrabEndpoint } from './grab-http.ts';
import { isServiceAuthorized, SERVICE_AUTH_HEADER } from '../common/service-auth.ts';
import { Histogram, type Registry } from 'prom-client';
import { createMetricsRegistry, LATENCY_BUCKETS_SECONDS, METRICS_CONTENT_TYPE, MetricTable, renderMetrics } from '../common/metrics/index.ts';

/** The money service's metrics: grab latency (prom-client observes per grab: an HTTP call, far from a hot loop) and refusals. */
function createMoneyMetrics(svc: PacketService): { registry: Registry; grab: Histogram<'outcome'> } {
  const registry = createMetricsRegistry();
  // Every series names its money SET, so one scrape config covers all SETs and dashboards split by it.
  registry.setDefaultLabels({ money_set: String(svc.config.set.index) });
  const grab = new Histogram({ name: 'money_grab_duration_seconds', help: 'Time the money service takes to decide one grab (outcome: ok, empty, expired, not_found, error)',
    labelNames: ['outcome'], buckets: [...LATENCY_BUCKETS_SECONDS], registers: [registry] });
  new MetricTable(registry, () => svc.rejectedCounts())
    .counter('money_rejected_total', 'Operations refused at the money service level, by reason', (s) => s, { spreadLabel: 'reason' });
  new MetricTable(registry, () => ({ applied: svc.appliedTotal }))
    .counter('money_operations_applied_total', 'Opens and shares applied by this SET since start (repeats and refusals not counted)', (s) => s.applied);
  return { registry, grab };
}

class MetricsText { constructor(readonly text: string) {} }

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const s = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(s) });
  res.end(s);
}

const BODY_LIMIT_BYTES = 16_384;

export interface HttpOptions {
  /** The service credential every route but /health requires. */
  serviceToken: string;
  lag?: () => Promise<number>;
  /** More /health fields (a SET process adds its SET and cap-authority figures). */
  healthExtras?: () => Record<string, unknown>;
}

type Metrics = ReturnType<typeof createMoneyMetrics>;

async function route(svc: PacketService, req: http.IncomingMessage, url: URL, extras: HttpOptions, metrics: Metrics): Promise<[number, unknown]> {
  const p = url.pathname;
  if (req.method === 'GET' && p === '/health') return [200, { ok: true, shards: svc.shards.length, queueLag: extras.lag ? await extras.lag() : null, rejectedTotal: svc.rejectedCounts(),
    grabs: svc.grabGate.stats(), heapUsedBytes: process.memoryUsage().heapUsed, ...extras.healthExtras?.() }];
  if (!isServiceAuthorized(req.headers[SERVICE_AUTH_HEADER], extras.serviceToken)) {
    throw new ShakeError('SERVICE_UNAUTHORIZED', 'internal API: send Authorization: Bearer <SHAKE_SERVICE_TOKEN>');
  }
  if (req.method === 'GET' && p === '/metrics') return [200, new MetricsText(await renderMetrics(metrics.registry))];
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
  throw new ShakeError('NOT_FOUND', 'no such route');
}

export function createHttpServer(svc: PacketService, extras: HttpOptions, limits: Partial<HttpLimits> = {}): http.Server {
  const metrics = createMoneyMetrics(svc);
  const grabs = new GrabEndpoint(svc, extras.serviceToken, BODY_LIMIT_BYTES, metrics.grab);
  return boundHttpServer(http.createServer((req, res) => {
    // The phone's grab path, the one a storm multiplies: its own lean handler (grab-http.ts).
    if (req.method === 'POST' && req.url === '/grab') return grabs.handle(req, res);
    const url = requestUrl(req);
    if (!url) return sendHttpError(res, catalogued('BAD_REQUEST', 'unparsable request target'));
    route(svc, req, url, extras, metrics).then(([status, body]) => {
      if (!(body instanceof MetricsText)) return send(res, status, body);
      res.writeHead(status, { 'content-type': METRICS_CONTENT_TYPE, 'content-length': Buffer.byteLength(body.text) });
      res.end(body.text);
    }, (e: unknown) => {
      if (isShakeError(e)) return sendHttpError(res, e, 503);
      svc.log.error({ err: e, path: url.pathname }, 'http request failed');
      sendHttpError(res, e);
    });
  // Many agents and drill clients grab at once: a larger connection cap than the default.
  }), { ...DEFAULT_HTTP_LIMITS, bodyLimitBytes: BODY_LIMIT_BYTES, maxConnections: 4096, ...limits });
}

export async function listen(server: http.Server, host: string, port: number): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const a = server.address();
  return typeof a === 'object' && a ? a.port : port;
}
