/**
 * The agent's admin HTTP endpoint (loopback): GET /health (200 when feeding
 * and forwarding are fine, 503 with the problem otherwise), GET /status (JSON),
 * GET /metrics (Prometheus text, prom-client). Read-only: nothing here
 * changes state, so no endpoint needs the service token. Bounded like every
 * internal server (timeouts, no body accepted, connection cap); errors are
 * {code, message}.
 */
import http from 'node:http';
import { boundHttpServer, requestUrl, sendHttpError } from '../../common/http-guard.ts';
import { ShakeError } from '../../common/errors.ts';
import { catalogued } from '../../contracts/errors.ts';
import { METRICS_CONTENT_TYPE } from '../../common/metrics/index.ts';

export interface AdminRoutes {
  health: () => Promise<{ ok: boolean } & Record<string, unknown>>;
  status: () => Promise<Record<string, unknown>>;
  metrics: () => Promise<string>;
}

export class AgentAdminServer {
  private readonly server: http.Server;

  constructor(routes: AdminRoutes) {
    this.server = boundHttpServer(http.createServer((req, res) => {
      const url = requestUrl(req);
      if (!url) return sendHttpError(res, catalogued('BAD_REQUEST', 'unparsable request target'));
      const p = url.pathname;
      const send = (status: number, type: string, body: string) => {
        res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
        res.end(body);
      };
      const fail = (e: unknown) => sendHttpError(res, new ShakeError('INTERNAL_ERROR', (e as Error).message));
      if (req.method === 'GET' && p === '/health') routes.health().then((h) => send(h.ok ? 200 : 503, 'application/json', JSON.stringify(h)), fail);
      else if (req.method === 'GET' && p === '/status') routes.status().then((s) => send(200, 'application/json', JSON.stringify(s)), fail);
      else if (req.method === 'GET' && p === '/metrics') routes.metrics().then((m) => send(200, METRICS_CONTENT_TYPE, m), fail);
      else sendHttpError(res, catalogued('NOT_FOUND', 'try GET /health, GET /status or GET /metrics'));
    }));
  }

  listen(host: string, port: number): Promise<number> {
    return new Promise((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        const a = this.server.address();
        resolve(typeof a === 'object' && a ? a.port : port);
      });
    });
  }

  close(): Promise<void> {
    return new Promise((r) => this.server.close(() => r()));
  }
}
