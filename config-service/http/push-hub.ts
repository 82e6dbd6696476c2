/**
 * Channel (a): push over a long connection (Server-Sent Events). Every new
 * version the instance learns of (its own or replicated from another
 * instance) is sent to every connected gateway at once; a gateway that
 * connects with an older version gets the latest immediately. Comment lines
 * every heartbeatMs let clients detect a dead connection.
 */
import type { ServerResponse } from 'node:http';
import type { ShowConfig } from '../../contracts/show/types.ts';

interface Client { res: ServerResponse; gatewayId: string }

export class PushHub {
  private readonly clients = new Set<Client>();
  private readonly timer: NodeJS.Timeout;

  constructor(heartbeatMs: number, private readonly maxClients = 1024) {
    this.timer = setInterval(() => { for (const c of this.clients) c.res.write(': hb\n\n'); }, heartbeatMs);
    this.timer.unref();
  }

  static frame(doc: ShowConfig): string {
    return `id: ${doc.version}\nevent: config\ndata: ${JSON.stringify(doc)}\n\n`;
  }

  /** Whether another client may attach (the hub holds at most maxClients open responses). */
  get full(): boolean {
    return this.clients.size >= this.maxClients;
  }

  attach(res: ServerResponse, gatewayId: string, haveVersion: number, latest: ShowConfig | null): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    res.write(': connected\n\n');
    if (latest && latest.version > haveVersion) res.write(PushHub.frame(latest));
    const client = { res, gatewayId };
    this.clients.add(client);
    res.on('close', () => this.clients.delete(client));
  }

  broadcast(doc: ShowConfig): void {
    const f = PushHub.frame(doc);
    for (const c of this.clients) c.res.write(f);
  }

  connectedGateways(): string[] { return [...this.clients].map((c) => c.gatewayId); }

  close(): void {
    clearInterval(this.timer);
    for (const c of this.clients) c.res.destroy();
    this.clients.clear();
  }
}
