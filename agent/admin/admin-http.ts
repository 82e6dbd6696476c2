/**
 * The agent's admin HTTP endpoint (loopback): GET /status (JSON), GET /metrics
 * (Prometheus text, same renderer as the gateway's).
 */
import http from 'node:http';
import { renderPrometheus, type Sample } from '../../gateway/admin/prometheus.ts';

export interface AdminRoutes {
  status: () => Promise<Record<string, unknown>>;
  metrics: () => Promise<Sample[]>;
}

export class AgentAdminServer {
  private readonly server: http.Server;

  constructor(routes: AdminRoutes) {
    this.server = http.createServer((req, res) => {
      const p = new URL(req.url ?? '/', 'http://local').pathname;
      const send = (status: number, type: string, body: string) => {
        res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body) });
        res.end(body);
      };
      const fail = (e: unknown) => send(500, 'application/json', JSON.stringify({ code: 'INTERNAL_ERROR', message: (e as Error).message }));
      if (req.method === 'GET' && p === '/status') routes.status().then((s) => send(200, 'application/json', JSON.stringify(s)), fail);
      else if (req.method === 'GET' && p === '/metrics') routes.metrics().then((m) => send(200, 'text/plain; version=0.0.4', renderPrometheus(m)), fail);
      else send(404, 'application/json', JSON.stringify({ code: 'NOT_FOUND', message: 'try /status or /metrics' }));
    });
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
