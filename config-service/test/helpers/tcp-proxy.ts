/**
 * A loopback TCP proxy the tests put in front of a config instance to cut one
 * channel (push or poll) for real: cut() closes the listener and every open
 * connection (clients see a refused/reset connection), restore() listens again
 * on the same port.
 */
import net from 'node:net';

export class TcpProxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();

  private constructor(readonly port: number, private readonly targetPort: number) {}

  static async start(port: number, targetPort: number): Promise<TcpProxy> {
    const p = new TcpProxy(port, targetPort);
    await p.restore();
    return p;
  }

  get url(): string { return `http://127.0.0.1:${this.port}`; }

  restore(): Promise<void> {
    if (this.server) return Promise.resolve();
    const server = net.createServer((client) => {
      const upstream = net.connect(this.targetPort, '127.0.0.1');
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => { client.destroy(); upstream.destroy(); });
      }
      client.pipe(upstream);
      upstream.pipe(client);
    });
    this.server = server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
  }

  cut(): Promise<void> {
    const s = this.server;
    this.server = null;
    for (const sock of this.sockets) sock.destroy();
    this.sockets.clear();
    return s ? new Promise((r) => s.close(() => r())) : Promise.resolve();
  }
}
