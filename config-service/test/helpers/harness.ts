/**
 * Test/bench harness for the config topology: the 2x3 instances over NATS,
 * chrony as the site NTP server, and N follower-host "gateways" whose push
 * and poll channels each go through their own TCP proxies (so a test can cut
 * a channel for real) and whose file channel is a symlink the instances write
 * through (cut = the link is replaced by an unrelated directory).
 */
import { mkdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { freePorts } from '../../../common/ports.ts';
import { DEV_SECRETS } from '../../../common/secrets.ts';
import { ChronyServer } from '../../../ops/chrony/chrony-server.ts';
import type { FollowerHostConfig } from '../../../ops/topology/follower-host.ts';
import { spawnEntry, type EntryProcess } from '../../../ops/topology/spawn-entry.ts';
import { ConfigTopology } from '../../../ops/topology/topology.ts';
import { TcpProxy } from './tcp-proxy.ts';
import type { InstanceConfig } from '../../instance-config.ts';
import type { Operator } from '../../operators.ts';
import type { ConfigRelayConfig } from '../../../agent/config-relay/config-relay.ts';

export const TOKEN = 'op-secret-token-for-tests'; // at least 16 characters: common/secrets.ts refuses shorter ones

export interface GatewayHandle {
  id: string;
  configDir: string;
  /** The path instances write to: a symlink to configDir while the file channel is up. */
  fileLink: string;
  configFile: string;
  proc: EntryProcess | null;
  statusPort: number;
  applied: Map<number, number>;
  appliedVia: Map<number, string>;
  latestApplied: number;
}

export interface HarnessOptions {
  dir: string;
  gateways: number;
  pollIntervalMs?: number;
  chrony?: boolean;
  localClockSkewMs?: number;
  logLevel?: string;
  /** Default: one operator "alice" with TOKEN. */
  operators?: Operator[];
  instanceOverrides?: Partial<InstanceConfig>;
  /**
   * How the file channel reaches each gateway's config dir: 'direct' (the
   * instances write through a symlink, one machine) or 'relay' (a relay
   * process beside each gateway fetches versions from the instances, as on a
   * real fleet).
   */
  fileChannel?: 'direct' | 'relay';
}

export class Harness {
  readonly gateways: GatewayHandle[] = [];
  pushProxies: TcpProxy[] = [];
  pollProxies: TcpProxy[] = [];
  chrony: ChronyServer | null = null;
  relays: EntryProcess[] = [];
  topo!: ConfigTopology;

  constructor(readonly o: HarnessOptions) {}

  async start(): Promise<void> {
    const { dir } = this.o;
    if (this.o.chrony) this.chrony = await ChronyServer.start({ dir: path.join(dir, 'chrony'), port: (await freePorts(1))[0] });
    const ids = Array.from({ length: this.o.gateways }, (_, i) => `gw-${i + 1}`);
    const statusPorts = await freePorts(ids.length);
    for (const [i, id] of ids.entries()) {
      const configDir = path.join(dir, 'gateways', id, 'config');
      const fileLink = path.join(dir, 'file-sync', id);
      mkdirSync(configDir, { recursive: true });
      mkdirSync(path.dirname(fileLink), { recursive: true });
      symlinkSync(configDir, fileLink);
      this.gateways.push({ id, configDir, fileLink, configFile: path.join(dir, `${id}.json`), proc: null, statusPort: statusPorts[i], applied: new Map(), appliedVia: new Map(), latestApplied: 0 });
    }
    this.topo = await ConfigTopology.start({
      dir: path.join(dir, 'topology'), operators: this.o.operators ?? [{ name: 'alice', token: TOKEN }], fileTargets: this.o.fileChannel === 'relay' ? [] : this.gateways.map((g) => g.fileLink),
      seedFleet: ids, logLevel: this.o.logLevel ?? 'warn', instanceOverrides: this.o.instanceOverrides,
      // The token the harness's other processes (gateways, relays) resolve: development default unless the environment sets one.
      serviceToken: process.env.SHAKE_SERVICE_TOKEN ?? DEV_SECRETS.service,
    });
    const proxyPorts = await freePorts(this.topo.instances.length * 2);
    this.pushProxies = await Promise.all(this.topo.instances.map((h, i) => TcpProxy.start(proxyPorts[i], h.port)));
    this.pollProxies = await Promise.all(this.topo.instances.map((h, i) => TcpProxy.start(proxyPorts[this.topo.instances.length + i], h.port)));
    if (this.o.fileChannel === 'relay') await Promise.all(this.gateways.map((g) => this.startRelay(g)));
    await Promise.all(this.gateways.map((g) => this.startGateway(g)));
  }

  /** The relay beside gateway g: its own process, straight to the instances (not through the push/poll proxies). */
  async startRelay(g: GatewayHandle): Promise<void> {
    const file = path.join(this.o.dir, `${g.id}-relay.json`);
    const cfg: ConfigRelayConfig = { urls: this.topo.urls, configDir: g.configDir, intervalMs: 500, requestTimeoutMs: 1000 };
    writeFileSync(file, JSON.stringify(cfg));
    const proc = await spawnEntry('agent/config-relay/main.ts', ['--config', file], path.join(this.o.dir, `${g.id}-relay.log`), { SHAKE_LOG_LEVEL: this.o.logLevel ?? 'warn' });
    this.relays.push(proc);
    await proc.waitFor('relay-ready', 40_000);
  }

  async startGateway(g: GatewayHandle): Promise<void> {
    const cfg: FollowerHostConfig = {
      gatewayId: g.id, configDir: g.configDir, instanceUrls: this.pollProxies.map((p) => p.url), pushUrls: this.pushProxies.map((p) => p.url),
      pollIntervalMs: this.o.pollIntervalMs ?? 1000, ntpServers: this.chrony ? [this.chrony.address] : [], ntpIntervalMs: 2000,
      localClockSkewMs: this.o.localClockSkewMs ?? 0, statusPort: g.statusPort,
    };
    writeFileSync(g.configFile, JSON.stringify(cfg));
    const proc = await spawnEntry('ops/topology/follower-host.ts', ['--config', g.configFile], path.join(this.o.dir, `${g.id}.log`), { SHAKE_LOG_LEVEL: this.o.logLevel ?? 'warn' });
    g.proc = proc;
    proc.onEvent((e) => {
      if (e.evt !== 'apply') return;
      g.applied.set(e.version as number, e.appliedAtMs as number);
      g.appliedVia.set(e.version as number, e.channel as string);
      g.latestApplied = Math.max(g.latestApplied, e.version as number);
    });
    await proc.waitFor('ready', 40_000);
  }

  async stopGateway(g: GatewayHandle): Promise<void> {
    await g.proc?.kill('SIGKILL');
    g.proc = null;
  }

  /** Resolves with the time when every running gateway has applied >= version (rejects after timeoutMs). */
  waitAllApplied(version: number, timeoutMs: number, gws = this.gateways): Promise<number> {
    const deadline = Date.now() + timeoutMs;
    return new Promise((resolve, reject) => {
      const check = () => {
        const lagging = gws.filter((g) => g.latestApplied < version);
        if (lagging.length === 0) return resolve(Date.now());
        if (Date.now() > deadline) return reject(new Error(`not applied v${version} within ${timeoutMs} ms: ${lagging.map((g) => `${g.id}@v${g.latestApplied}`).join(', ')}`));
        setTimeout(check, 5);
      };
      check();
    });
  }

  async status(g: GatewayHandle): Promise<Record<string, unknown>> {
    return (await (await fetch(`http://127.0.0.1:${g.statusPort}/status`)).json()) as Record<string, unknown>;
  }

  async cutChannel(ch: 'push' | 'poll' | 'file'): Promise<void> {
    if (ch === 'push') await Promise.all(this.pushProxies.map((p) => p.cut()));
    if (ch === 'poll') await Promise.all(this.pollProxies.map((p) => p.cut()));
    if (ch === 'file') for (const g of this.gateways) { rmSync(g.fileLink); mkdirSync(g.fileLink); }
  }

  async restoreChannel(ch: 'push' | 'poll' | 'file'): Promise<void> {
    if (ch === 'push') await Promise.all(this.pushProxies.map((p) => p.restore()));
    if (ch === 'poll') await Promise.all(this.pollProxies.map((p) => p.restore()));
    if (ch === 'file') for (const g of this.gateways) restoreFileLink(g);
  }

  async stop(): Promise<void> {
    await Promise.all([...this.gateways.map((g) => g.proc?.kill('SIGTERM')), ...this.relays.map((r) => r.kill('SIGTERM'))]);
    await Promise.all([...this.pushProxies, ...this.pollProxies].map((p) => p.cut()));
    await this.topo?.stop();
    await this.chrony?.stop();
  }
}

/**
 * Puts the symlink back where the cut left a plain directory. The config
 * instances keep writing into that directory (temp file, rename; mkdir when it
 * is missing), so removing it in place can meet a file written meanwhile
 * (ENOTEMPTY), and the directory can come back before the link takes its
 * place: move it aside first (atomic), then retry until the link is in.
 */
function restoreFileLink(g: GatewayHandle): void {
  const tmp = `${g.fileLink}.new`;
  rmSync(tmp, { force: true });
  symlinkSync(g.configDir, tmp);
  for (let attempt = 1; ; attempt++) {
    const aside = `${g.fileLink}.cut-${attempt}`;
    try {
      renameSync(g.fileLink, aside);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    rmSync(aside, { recursive: true, force: true, maxRetries: 10, retryDelay: 10 });
    try {
      renameSync(tmp, g.fileLink);
      return;
    } catch (e) {
      if (attempt >= 10) throw e; // a writer recreated the directory every time
    }
  }
}

/** The latest version an instance knows. */
export async function latestVersion(url: string): Promise<number> {
  return ((await (await fetch(`${url}/health`)).json()) as { latestVersion: number }).latestVersion;
}

/**
 * Posts a change based on the instance's latest version, confirmed (the tests
 * and benchmarks move imminent rounds on purpose).
 */
export async function postChange(url: string, pathName: string, body: Record<string, unknown>, token: string | null = TOKEN): Promise<PostResult> {
  return post(url, pathName, { baseVersion: await latestVersion(url), confirmed: true, ...body }, token);
}

export interface PostResult { status: number; body: Record<string, unknown> }

export async function post(url: string, pathName: string, body: unknown, token: string | null = TOKEN): Promise<PostResult> {
  const res = await fetch(`${url}${pathName}`, {
    method: 'POST', headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}
