/**
 * Admin HTTP on its own port (127.0.0.1 by default): GET /status (JSON),
 * GET /metrics (Prometheus), POST /admin/reload (same as SIGHUP), and the
 * fault-drill endpoints when the config allows them.
 */
import { uws, type HttpResponse, type TemplatedApp, type us_listen_socket } from '../io/uws.ts';
import { renderPrometheus, type Sample } from './prometheus.ts';
import type { SeedPacket } from '../pool/packet-pool.ts';
import type { ShowConfig } from '../../config-service/document/types.ts';
import { parseShowConfig } from '../show-source.ts';

export interface AdminRoutes {
  status: () => Record<string, unknown>;
  metrics: () => Sample[];
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

function readJson(res: HttpResponse, limit: number, done: (body: unknown) => void): void {
  let chunks: Buffer[] = [];
  let size = 0;
  res.onAborted(() => { chunks = []; });
  res.onData((ab, isLast) => {
    size += ab.byteLength;
    if (size > limit) { json(res, '413 Payload Too Large', { code: 'PAYLOAD_TOO_LARGE', message: `over ${limit} bytes` }); return; }
    chunks.push(Buffer.from(ab.slice(0)));
    if (isLast) {
      try {
        done(JSON.parse(Buffer.concat(chunks).toString('utf8')));
      } catch (e) {
        json(res, '400 Bad Request', { code: 'BAD_REQUEST', message: (e as Error).message });
      }
    }
  });
}

function json(res: HttpResponse, status: string, body: unknown): void {
  res.cork(() => res.writeStatus(status).writeHeader('content-type', 'application/json').end(JSON.stringify(body)));
}

export class AdminServer {
  private readonly app: TemplatedApp;
  private sock: us_listen_socket | null = null;

  constructor(routes: AdminRoutes) {
    this.app = uws.App()
      .get('/status', (res) => json(res, '200 OK', routes.status()))
      .get('/metrics', (res) => {
        res.cork(() => res.writeHeader('content-type', 'text/plain; version=0.0.4').end(renderPrometheus(routes.metrics())));
      })
      .post('/admin/reload', (res) => {
        let aborted = false;
        res.onAborted(() => (aborted = true));
        routes.reload().then(
          () => { if (!aborted) json(res, '200 OK', { ok: true, status: routes.status() }); },
          (e: Error) => { if (!aborted) json(res, '500 Internal Server Error', { code: 'LOGIC_RELOAD_FAILED', message: e.message }); },
        );
      })
      .post('/admin/fault/logic-crash', (res, req) => {
        if (!routes.injectLogicCrash) return json(res, '403 Forbidden', { code: 'FAULT_INJECTION_DISABLED', message: 'set logic.allowFaultInjection' });
        const frames = Number(new URLSearchParams(req.getQuery() ?? '').get('afterFrames') ?? '1');
        routes.injectLogicCrash(Number.isInteger(frames) && frames > 0 ? frames : 1);
        json(res, '202 Accepted', { ok: true });
      })
      .post('/admin/fault/journal-crash', (res) => {
        if (!routes.injectJournalCrash) return json(res, '403 Forbidden', { code: 'FAULT_INJECTION_DISABLED', message: 'set logic.allowFaultInjection' });
        routes.injectJournalCrash();
        json(res, '202 Accepted', { ok: true });
      })
      .post('/admin/drill/feed', (res) => {
        if (!routes.feedPool) return json(res, '403 Forbidden', { code: 'FAULT_INJECTION_DISABLED', message: 'set logic.allowFaultInjection' });
        readJson(res, 8 << 20, (body) => json(res, '200 OK', { accepted: routes.feedPool!(body as SeedPacket[]) }));
      })
      .post('/admin/drill/show-config', (res) => {
        if (!routes.applyShowConfig) return json(res, '403 Forbidden', { code: 'FAULT_INJECTION_DISABLED', message: 'set logic.allowFaultInjection' });
        readJson(res, 1 << 20, (body) => {
          try {
            json(res, '200 OK', { applied: routes.applyShowConfig!(parseShowConfig(JSON.stringify(body), 'request body')) });
          } catch (e) {
            json(res, '400 Bad Request', { code: (e as { code?: string }).code ?? 'SHOW_CONFIG_INVALID', message: (e as Error).message });
          }
        });
      })
      .any('/*', (res) => json(res, '404 Not Found', { code: 'NOT_FOUND', message: 'try /status or /metrics' }));
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
