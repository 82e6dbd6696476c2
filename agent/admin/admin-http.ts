/**
 * The agent's admin HTTP endpoint (loopback): GET /status (JSON), GET /metrics
 * (Prometheus text, same renderer as the gateway's). Read-only: nothing here
 * changes state, so no endpoint needs the service token. Bounded like every
 * internal server (timeouts, no body accepted, connection cap); errors are
 * {code, message}.
 */
import http from 'node:http';
import { boundHttpServer, requestUrl, sendHttpError } from '../../common/http-guard.ts';
import { ShakeError } from '../../common/errors.ts';
import { catalogued } from '../../contracts/errors.ts';
import { renderPrometheus, type Sample } from '../../gateway/admin/prometheus.ts';

export interface AdminRoutes {
  status: () => Promise<Record<string, unknown>>;
  metrics: () => Promise<Sample[]>;
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
      if (req.method === 'GET' && p === '/status') routes.status().then((s) => send(200, 'application/json', JSON.stringify(s)), fail);
      else if (req.method === 'GET' && p === '/metrics') routes.metrics().then((m) => send(200, 'text/plain; version=0.0.4', renderPrometheus(m)), fail);
      else sendHttpError(res, catalogued('NOT_FOUND', 'try GET /status or GET /metrics'));
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
