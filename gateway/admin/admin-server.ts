/**
 * Admin HTTP on its own port (127.0.0.1 by default): GET /health (200 when
 * serving, 503 when not, with a short JSON summary), GET /status (JSON),
 * GET /metrics (Prometheus text, prom-client), POST /admin/reload (same as
 * SIGHUP), and the fault-drill endpoints when the config allows them. The GETs
 * are read-only and open on the admin port (loopback by default), so a
 * Prometheus scraper needs no credential here. Every POST needs the
 * service token (Authorization: Bearer) and is refused cross-origin; bodies
 * are bounded, and uWS itself closes an HTTP connection idle for 10 s (a slow
 * header or body cannot hold it longer). Errors: {code, message}.
 */
import { uws, type HttpRequest, type HttpResponse, type TemplatedApp, type us_listen_socket } from '../io/uws.ts';
import type { ShakeError } from '../../common/errors.ts';
import { stateChangeRefusal, statusOf } from '../../common/http-guard.ts';
import { catalogued } from '../../contracts/errors.ts';
import type { Registry } from 'prom-client';
import { METRICS_CONTENT_TYPE, renderMetrics } from '../../common/metrics/index.ts';
import type { SeedPacket } from '../pool/packet-pool.ts';
import { DrillPacketsError, parseDrillPackets } from './drill-packets.ts';
import type { ShowConfig } from '../../contracts/show/types.ts';
import { parseShowConfig } from '../show-source.ts';

export interface AdminRoutes {
  /** `ok` false answers 503: the gateway cannot serve (e.g. its journal is down). */
  health: () => { ok: boolean } & Record<string, unknown>;
  status: () => Record<string, unknown>;
  /** The gateway's own metrics (process metrics are added when rendered). */
  metrics: Registry;
  reload: () => Promise<void>;
  /** Present only when fault injection / drill hooks are allowed. */
  injectLogicCrash?: (frames: number) => void;
  /** Fault drill: the journal thread dies (opens/shares must then be refused, never acknowledged). */
  injectJournalCrash?: () => void;
  /** Drill hook: puts packets straight into the pool (what the agent does over its socket). */
  feedPool?: (packets: SeedPacket[]) => number;
  /** Drill hook: applies a show config directly (what the config channels do). */
  applyShowConfig?: (doc: ShowConfig) => boolean;
}

/** Requests being answered at once at most (uWS has no connection hook; this bounds the work and the bodies held). */
const MAX_IN_FLIGHT = 64;

/**
 * Reads a JSON body up to `limit` bytes. Over the limit it answers 413 once and
 * closes the connection; every later chunk (and the abort that follows) is
 * ignored, since the response must not be touched after it ended.
 */
function readJson(res: HttpResponse, limit: number, done: (body: unknown) => void, finished: () => void): void {
  let chunks: Buffer[] = [];
  let size = 0;
  let over = false;
  res.onAborted(() => { chunks = []; over = true; finished(); });
  res.onData((ab, isLast) => {
    if (over) return;
    size += ab.byteLength;
    if (size > limit) {
      over = true;
      chunks = [];
      res.cork(() => res.writeStatus('413 Payload Too Large').writeHeader('content-type', 'application/json')
        .writeHeader('connection', 'close').end(JSON.stringify({ code: 'PAYLOAD_TOO_LARGE', message: `request body over ${limit} bytes` }), true));
      finished();
      return;
    }
    chunks.push(Buffer.from(ab.slice(0)));
    if (!isLast) return;
    over = true;
    finished();
    let body: unknown;
    try {
      body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    } catch (e) {
      return json(res, '400 Bad Request', { code: 'BAD_REQUEST', message: (e as Error).message });
    }
    done(body);
  });
}

function json(res: HttpResponse, status: string, body: unknown): void {
  res.cork(() => res.writeStatus(status).writeHeader('content-type', 'application/json').end(JSON.stringify(body)));
}

function refuse(res: HttpResponse, e: ShakeError): void {
  json(res, `${statusOf(e.code)} ${e.code}`, e.toJSON());
}

export class AdminServer {
  private readonly app: TemplatedApp;
  private sock: us_listen_socket | null = null;
  private inFlight = 0;

  /** `serviceToken`: the credential every state-changing request must carry (Authorization: Bearer). */
  constructor(routes: AdminRoutes, private readonly serviceToken: string) {
    const disabled = (res: HttpResponse) => json(res, '403 Forbidden', { code: 'FAULT_INJECTION_DISABLED', message: 'set logic.allowFaultInjection' });
    this.app = uws.App()
      .get('/health', (res) => { const h = routes.health(); json(res, h.ok ? '200 OK' : '503 Service Unavailable', h); })
      .get('/status', (res) => json(res, '200 OK', routes.status()))
      .get('/metrics', (res) => {
        let aborted = false;
        res.onAborted(() => { aborted = true; });
        renderMetrics(routes.metrics).then(
          (text) => { if (!aborted) res.cork(() => res.writeHeader('content-type', METRICS_CONTENT_TYPE).end(text)); },
          (e: Error) => { if (!aborted) json(res, '500 Internal Server Error', { code: 'INTERNAL_ERROR', message: e.message }); },
        );
      })
      .post('/admin/reload', (res, req) => this.guarded(res, req, (finished) => {
        let aborted = false;
        res.onAborted(() => { aborted = true; finished(); });
        routes.reload().then(
          () => { if (!aborted) { finished(); json(res, '200 OK', { ok: true, status: routes.status() }); } },
          (e: Error) => { if (!aborted) { finished(); json(res, '500 Internal Server Error', { code: 'LOGIC_RELOAD_FAILED', message: e.message }); } },
        );
      }))
      .post('/admin/fault/logic-crash', (res, req) => {
        const frames = Number(new URLSearchParams(req.getQuery() ?? '').get('afterFrames') ?? '1');
        this.guarded(res, req, (finished) => {
          finished();
          if (!routes.injectLogicCrash) return disabled(res);
          routes.injectLogicCrash(Number.isInteger(frames) && frames > 0 ? frames : 1);
          json(res, '202 Accepted', { ok: true });
        });
      })
      .post('/admin/fault/journal-crash', (res, req) => this.guarded(res, req, (finished) => {
        finished();
        if (!routes.injectJournalCrash) return disabled(res);
        routes.injectJournalCrash();
        json(res, '202 Accepted', { ok: true });
      }))
      .post('/admin/drill/feed', (res, req) => this.guarded(res, req, (finished) => {
        if (!routes.feedPool) { finished(); return disabled(res); }
        readJson(res, 8 << 20, (body) => {
          let packets: SeedPacket[];
          try {
            packets = parseDrillPackets(body);
          } catch (e) {
            if (!(e instanceof DrillPacketsError)) throw e;
            return json(res, '400 Bad Request', { code: 'BAD_REQUEST', message: e.message });
          }
          json(res, '200 OK', { accepted: routes.feedPool!(packets) });
        }, finished);
      }))
      .post('/admin/drill/show-config', (res, req) => this.guarded(res, req, (finished) => {
        if (!routes.applyShowConfig) { finished(); return disabled(res); }
        readJson(res, 1 << 20, (body) => {
          try {
            json(res, '200 OK', { applied: routes.applyShowConfig!(parseShowConfig(JSON.stringify(body), 'request body')) });
          } catch (e) {
            json(res, '400 Bad Request', { code: (e as { code?: string }).code ?? 'SHOW_CONFIG_INVALID', message: (e as Error).message });
          }
        }, finished);
      }))
      .any('/*', (res) => json(res, '404 Not Found', { code: 'NOT_FOUND', message: 'try /health, /status or /metrics' }));
  }

  /**
   * Runs a state-changing handler only for a request with the service token and
   * no cross-origin marks, and within the in-flight cap. The handler calls
   * `finished` once it no longer holds the request.
   */
  private guarded(res: HttpResponse, req: HttpRequest, handler: (finished: () => void) => void): void {
    const refusal = stateChangeRefusal((name) => req.getHeader(name) || undefined, this.serviceToken);
    if (refusal) {
      // A refused request may still be sending a body: answer and close rather than read it.
      res.cork(() => res.writeStatus(`${statusOf(refusal.code)} ${refusal.code}`).writeHeader('content-type', 'application/json')
        .end(JSON.stringify(refusal.toJSON()), true));
      return;
    }
    if (this.inFlight >= MAX_IN_FLIGHT) return refuse(res, catalogued('TOO_MANY_CONNECTIONS'));
    this.inFlight++;
    let done = false;
    handler(() => { if (!done) { done = true; this.inFlight--; } });
  }

  listen(host: string, port: number): Promise<number> {
    return new Promise((resolve, reject) => {
      this.app.listen(host, port, (sock) => {
        if (!sock) return reject(new Error(`admin: cannot listen on ${host}:${port}`));
        this.sock = sock;
        resolve(uws.us_socket_local_port(sock));
      });
    });
  }

  close(): void {
    if (this.sock) uws.us_listen_socket_close(this.sock);
    this.sock = null;
  }
}
