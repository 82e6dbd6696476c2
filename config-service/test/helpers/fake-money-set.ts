/**
 * A stand-in money SET for config-service tests: a real node:http server
 * answering GET /health the way packet-service/http.ts does (queueLag,
 * applied, rejectedTotal), after `delayMs`, with `status`; it counts the polls
 * and can be closed and listen again on the same port (a killed and restarted SET).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A stand-in SET: answers /health from `health`, after `delayMs`; counts the polls. */
export class FakeMoneySet {
  health: Record<string, unknown> = { ok: true, queueLag: 0, applied: 0, rejectedTotal: {} };
  delayMs = 0;
  status = 200;
  polls = 0;
  private server: http.Server | null = null;
  port = 0;

  async listen(port = 0): Promise<void> {
    this.server = http.createServer((req, res) => {
      this.polls++;
      const body = JSON.stringify(this.health);
      const timer = setTimeout(() => { res.writeHead(this.status, { 'content-type': 'application/json' }); res.end(body); }, this.delayMs);
      res.on('close', () => clearTimeout(timer));
    });
    await new Promise<void>((r) => this.server!.listen(port, '127.0.0.1', () => r()));
    this.port = (this.server.address() as AddressInfo).port;
  }

  get url(): string { return `http://127.0.0.1:${this.port}`; }

  async close(): Promise<void> {
    const s = this.server;
    this.server = null;
    if (!s) return;
    s.closeAllConnections();
    await new Promise<void>((r) => s.close(() => r()));
  }
}

