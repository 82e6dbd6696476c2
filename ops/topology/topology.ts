/**
 * Starts the deployed config topology on loopback: a 3-node NATS JetStream
 * cluster (node n1 at site A, n2 at site B, n3 at a third "witness" location
 * so that losing a whole site keeps the 2-of-3 quorum) and two sites x three
 * config instances, each its own process on its own fixed port, each
 * connected to its site's NATS node first. Kill/restart single instances or a
 * whole site (its instances and its NATS node).
 *
 *   node --import tsx ops/topology/topology.ts [--dir var/config] [--token T] [--gateway-dir D ...]
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { freePorts } from '../../common/ports.ts';
import { writeSecretFile } from '../../common/secret-file.ts';
import { resolveSecrets } from '../../common/secrets.ts';
import type { InstanceConfig } from '../../config-service/index.ts';
import { operatorsFromEnv, type Operator } from '../../config-service/index.ts';
import { NatsCluster } from '../nats/cluster.ts';
import { spawnEntry, type EntryProcess } from './spawn-entry.ts';

export interface TopologyOptions {
  dir: string;
  /**
   * The deployment's service token: the NATS cluster's credentials derive from it, and every
   * config instance is started with it (SHAKE_SERVICE_TOKEN) so its store connects with the same.
   */
  serviceToken: string;
  operators: Operator[];
  /** Gateway config dirs every instance writes (channel b). */
  fileTargets: string[];
  sites?: [string, string];
  perSite?: number;
  /** Fleet of the seeded default document. */
  seedFleet?: string[];
  seedDefault?: boolean;
  logLevel?: string;
  instanceOverrides?: Partial<InstanceConfig>;
}

export interface InstanceHandle {
  site: string;
  instanceId: string;
  /** Index of this site's NATS node. */
  natsNode: number;
  port: number;
  url: string;
  configFile: string;
  proc: EntryProcess | null;
}

export class ConfigTopology {
  private constructor(readonly nats: NatsCluster, readonly instances: InstanceHandle[], private readonly o: TopologyOptions) {}

  static async start(o: TopologyOptions): Promise<ConfigTopology> {
    const sites = o.sites ?? ['sh', 'sz'];
    const perSite = o.perSite ?? 3;
    mkdirSync(o.dir, { recursive: true });
    const nats = await NatsCluster.start({ dir: path.join(o.dir, 'nats'), size: 3, serviceToken: o.serviceToken });
    const ports = await freePorts(sites.length * perSite);
    const instances: InstanceHandle[] = [];
    sites.forEach((site, s) => {
      // Own site's node first, then the witness, then the other site's.
      const order = [s, 2, 1 - s];
      for (let i = 0; i < perSite; i++) {
        const instanceId = `c${i + 1}`;
        const port = ports[s * perSite + i];
        const cfg: Partial<InstanceConfig> = {
          site, instanceId, host: '127.0.0.1', port,
          store: { kind: 'nats-kv', servers: order.map((n) => nats.urls[n]), bucket: 'show_config', gatewayBucket: 'show_gateways', replicas: 3, timeoutMs: 5_000 },
          operators: o.operators, fileTargets: o.fileTargets, peers: ports.map((p) => `http://127.0.0.1:${p}`), seedDefault: o.seedDefault ?? true, seedFleet: o.seedFleet ?? ['gw-1'],
          ...o.instanceOverrides,
        };
        const configFile = path.join(o.dir, `${site}-${instanceId}.json`);
        writeSecretFile(configFile, JSON.stringify(cfg, null, 2)); // holds the operator tokens
        instances.push({ site, instanceId, natsNode: s, port, url: `http://127.0.0.1:${port}`, configFile, proc: null });
      }
    });
    const topo = new ConfigTopology(nats, instances, o);
    try {
      // Start one first so it creates the buckets and seeds version 1, then the rest together.
      await topo.startInstance(instances[0]);
      await Promise.all(instances.slice(1).map((h) => topo.startInstance(h)));
    } catch (e) {
      await topo.stop();
      throw e;
    }
    return topo;
  }

  get urls(): string[] { return this.instances.map((h) => h.url); }
  siteInstances(site: string): InstanceHandle[] { return this.instances.filter((h) => h.site === site); }
  get sites(): string[] { return [...new Set(this.instances.map((h) => h.site))]; }

  async startInstance(h: InstanceHandle): Promise<void> {
    if (h.proc?.alive()) return;
    h.proc = await spawnEntry('config-service/main.ts', ['--config', h.configFile], path.join(this.o.dir, `${h.site}-${h.instanceId}.log`),
      { SHAKE_LOG_LEVEL: this.o.logLevel ?? 'info', SHAKE_SERVICE_TOKEN: this.o.serviceToken });
    await h.proc.waitFor('listening', 40_000);
  }

  async killInstance(h: InstanceHandle): Promise<void> {
    await h.proc?.kill('SIGKILL');
  }

  /** A whole receiving site down: its three instances and its NATS node. */
  async killSite(site: string): Promise<void> {
    const hs = this.siteInstances(site);
    await Promise.all(hs.map((h) => this.killInstance(h)));
    await this.nats.killNode(hs[0].natsNode);
  }

  async restartSite(site: string): Promise<void> {
    const hs = this.siteInstances(site);
    await this.nats.startNode(hs[0].natsNode);
    await Promise.all(hs.map((h) => this.startInstance(h)));
  }

  async stop(): Promise<void> {
    await Promise.all(this.instances.map((h) => h.proc?.kill('SIGTERM')));
    await this.nats.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const arg = (n: string, d: string) => { const i = args.indexOf(`--${n}`); return i >= 0 ? args[i + 1] : d; };
  const gatewayDirs = args.flatMap((a, i) => (a === '--gateway-dir' ? [path.resolve(args[i + 1])] : []));
  // A local topology for trying the config service: the development profile unless SHAKE_PROFILE says otherwise.
  process.env.SHAKE_PROFILE ??= 'development';
  const { operator, service } = resolveSecrets(['operator', 'service'], { ...process.env, SHAKE_OPERATOR_TOKEN: arg('token', process.env.SHAKE_OPERATOR_TOKEN ?? '') || undefined }, (msg) => console.warn(`warning: ${msg}`));
  const topo = await ConfigTopology.start({
    dir: path.resolve(arg('dir', 'var/config')), operators: operatorsFromEnv(process.env, operator), serviceToken: service,
    fileTargets: gatewayDirs,
  });
  console.log(`config topology up: NATS ${topo.nats.urls.join(',')}`);
  for (const h of topo.instances) console.log(`  ${h.site}/${h.instanceId}: ${h.url}  (console: ${h.url}/)`);
  const stop = async () => { await topo.stop(); process.exit(0); };
  process.on('SIGINT', () => { void stop(); });
  process.on('SIGTERM', () => { void stop(); });
}
