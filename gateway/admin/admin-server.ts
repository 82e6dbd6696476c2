/**
 * Admin HTTP on its own port (127.0.0.1 by default): GET /status (JSON),
 * GET /metrics (Prometheus), POST /admin/reload (same as SIGHUP), and the
 * fault-drill endpoints when the config allows them.
 */
import { uws, type HttpResponse, type TemplatedApp, type us_listen_socket } from '../io/uws.ts';
import { renderPrometheus, type Sample } from './prometheus.ts';

export interface AdminRoutes {
  status: () => Record<string, unknown>;
  metrics: () => Sample[];
  reload: () => Promise<void>;
  /** Present only when fault injection is allowed. */
  injectLogicCrash?: (frames: number) => void;
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
          (e: Error) => { if (!aborted) json(res, '500 Internal Server Error', { code: 'RELOAD_FAILED', message: e.message }); },
        );
      })
      .post('/admin/fault/logic-crash', (res, req) => {
        if (!routes.injectLogicCrash) return json(res, '403 Forbidden', { code: 'FAULT_INJECTION_DISABLED', message: 'set logic.allowFaultInjection' });
        const frames = Number(new URLSearchParams(req.getQuery() ?? '').get('afterFrames') ?? '1');
        routes.injectLogicCrash(Number.isInteger(frames) && frames > 0 ? frames : 1);
        json(res, '202 Accepted', { ok: true });
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
