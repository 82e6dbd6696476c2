/**
 * Starts a NATS JetStream cluster of `size` nodes on loopback, each its own
 * nats-server process with its own store dir. Used by the rehearsal profile and
 * by every test that needs the deployed async queue / config KV.
 *
 * Both the client port and the route (cluster) port require credentials derived
 * from the service token (common/nats-auth.ts); the configs holding them are
 * written 0600. The HTTP monitoring port needs none: it serves read-only status
 * (/healthz, /varz, /jsz) on loopback and no message data (README.md here).
 *
 *   SHAKE_SERVICE_TOKEN=... node --import tsx ops/nats/cluster.ts [--size 3] [--dir var/nats] [--base-port 4222]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type { ConnectionOptions } from 'nats';
import { freePorts } from '../../common/ports.ts';
import { writeSecretFile } from '../../common/secret-file.ts';
import { resolveSecrets } from '../../common/secrets.ts';
import { natsClientCredentials, natsRouteCredentials } from '../../common/nats-auth.ts';
import { natsClientOptions } from '../../queue/jetstream-connect.ts';

export interface NatsNode {
  name: string;
  clientPort: number;
  clusterPort: number;
  /** HTTP monitoring port (/healthz, /jsz). */
  monitorPort: number;
  url: string;
  storeDir: string;
  process: ChildProcess | null;
}

export interface NatsClusterOptions {
  dir: string;
  /** The deployment's service token: client and route credentials derive from it. */
  serviceToken: string;
  size?: number;
  clusterName?: string;
  /** Fixed client ports (else free ports are picked). */
  clientPorts?: number[];
  clusterPorts?: number[];
  logToFiles?: boolean;
}

export class NatsCluster {
  readonly nodes: NatsNode[];
  private readonly opts: Required<Pick<NatsClusterOptions, 'dir' | 'clusterName' | 'logToFiles' | 'serviceToken'>>;

  private constructor(nodes: NatsNode[], opts: NatsCluster['opts']) {
    this.nodes = nodes;
    this.opts = opts;
  }

  static async start(options: NatsClusterOptions): Promise<NatsCluster> {
    const size = options.size ?? 3;
    const ports = await freePorts(size * 3);
    const monitorPorts = ports.slice(size * 2);
    const clientPorts = options.clientPorts ?? ports.slice(0, size);
    const clusterPorts = options.clusterPorts ?? ports.slice(size);
    const nodes: NatsNode[] = clientPorts.map((clientPort, i) => ({
      name: `n${i + 1}`,
      clientPort,
      clusterPort: clusterPorts[i],
      monitorPort: monitorPorts[i],
      url: `nats://127.0.0.1:${clientPort}`,
      storeDir: path.join(options.dir, `n${i + 1}`),
      process: null,
    }));
    const cluster = new NatsCluster(nodes, {
      dir: options.dir,
      serviceToken: options.serviceToken,
      clusterName: options.clusterName ?? 'shake',
      logToFiles: options.logToFiles ?? true,
    });
    await Promise.all(nodes.map((_, i) => cluster.startNode(i)));
    await cluster.waitHealthy(30_000);
    return cluster;
  }

  get urls(): string[] {
    return this.nodes.map((n) => n.url);
  }

  /** The token this cluster's credentials derive from (for the clients a test or tool starts next to it). */
  get serviceToken(): string {
    return this.opts.serviceToken;
  }

  /** Connection options for a client of this cluster (all its urls, the client credential); `extra` adds policy. */
  clientOptions(extra: Partial<ConnectionOptions> = {}): ConnectionOptions {
    return natsClientOptions(this.urls, { serviceToken: this.opts.serviceToken }, extra);
  }

  /** Where node i's config (with the credentials) is written. */
  configPath(i: number): string {
    return path.join(this.opts.dir, `${this.nodes[i].name}.conf`);
  }

  private configFor(node: NatsNode): string {
    const client = natsClientCredentials(this.opts.serviceToken);
    const route = natsRouteCredentials(this.opts.serviceToken);
    // Each node dials the others' route ports as the route user; each accepts only that user there.
    const routes = this.nodes
      .filter((n) => n !== node)
      .map((n) => `nats-route://${route.user}:${route.pass}@127.0.0.1:${n.clusterPort}`);
    return [
      `server_name: ${node.name}`,
      `listen: 127.0.0.1:${node.clientPort}`,
      `http: 127.0.0.1:${node.monitorPort}`,
      `authorization { user: "${client.user}", password: "${client.pass}" }`,
      `jetstream { store_dir: "${node.storeDir}" }`,
      `cluster {`,
      `  name: ${this.opts.clusterName}`,
      `  listen: 127.0.0.1:${node.clusterPort}`,
      `  authorization { user: "${route.user}", password: "${route.pass}" }`,
      `  routes: [${routes.join(', ')}]`,
      `}`,
      '',
    ].join('\n');
  }

  /** Starts (or restarts) node i and waits until it accepts client connections. */
  async startNode(i: number): Promise<void> {
    const node = this.nodes[i];
    // Still running? (A process killed by a signal has exitCode null but signalCode set.)
    if (node.process && node.process.exitCode === null && node.process.signalCode === null) return;
    mkdirSync(node.storeDir, { recursive: true });
    const conf = this.configPath(i);
    writeSecretFile(conf, this.configFor(node)); // holds the client and route passwords
    const out = this.opts.logToFiles ? openSync(path.join(this.opts.dir, `${node.name}.log`), 'a') : 'ignore';
    node.process = spawn('nats-server', ['-c', conf], { stdio: ['ignore', out, out] });
    await waitForPort(node.clientPort, 30_000);
  }

  /** Waits until every running node reports JetStream healthy (meta leader elected, node current). */
  async waitHealthy(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    const running = this.nodes.filter((n) => n.process && n.process.exitCode === null && n.process.signalCode === null);
    for (const node of running) {
      for (;;) {
        try {
          const res = await fetch(`http://127.0.0.1:${node.monitorPort}/healthz`);
          if (res.ok) break;
        } catch { /* not up yet */ }
        if (Date.now() > deadline) throw new Error(`nats node ${node.name} not healthy after ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  /** Kills node i hard (SIGKILL) and waits for the process to be gone. */
  async killNode(i: number, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const p = this.nodes[i].process;
    if (!p || p.exitCode !== null || p.signalCode !== null) return;
    const gone = new Promise<void>((resolve) => p.once('exit', () => resolve()));
    p.kill(signal);
    await gone;
  }

  async stop(): Promise<void> {
    await Promise.all(this.nodes.map((_, i) => this.killNode(i, 'SIGTERM')));
  }
}

export function waitForPort(port: number, timeoutMs: number, host = '127.0.0.1'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const attempt = () => {
      const s = net.connect(port, host);
      s.once('connect', () => { s.destroy(); resolve(); });
      s.once('error', () => {
        s.destroy();
        if (Date.now() > deadline) reject(new Error(`port ${host}:${port} not open after ${timeoutMs} ms`));
        else setTimeout(attempt, 50);
      });
    };
    attempt();
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const arg = (name: string, dflt: string) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 ? args[i + 1] : dflt;
  };
  const size = Number(arg('size', '3'));
  const base = Number(arg('base-port', '4222'));
  const dir = path.resolve(arg('dir', 'var/nats'));
  mkdirSync(dir, { recursive: true });
  // Clients of this cluster present credentials derived from the same token (development default only in that profile).
  const { service } = resolveSecrets(['service'], process.env, (msg) => console.warn(`warning: ${msg}`));
  const cluster = await NatsCluster.start({
    dir, size, serviceToken: service,
    clientPorts: Array.from({ length: size }, (_, i) => base + i),
    clusterPorts: Array.from({ length: size }, (_, i) => base + 1000 + i),
  });
  console.log(`NATS JetStream cluster up: ${cluster.urls.join(',')} (logs and data in ${dir})`);
  const stop = async () => { await cluster.stop(); process.exit(0); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
