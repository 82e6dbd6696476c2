/**
 * Starts a whole local deployment as real processes and stops it cleanly.
 *
 * - embedded (npm start): 1 config instance (SQLite store, console), the money
 *   service on the embedded SQLite queue, N gateways (default 1), one agent each.
 * - rehearsal (npm run rehearsal): chrony (NTP), a 3-node NATS JetStream
 *   cluster, 2 sites x 3 config instances on it, the money service on the
 *   JetStream queue (R3), N gateways (default 2) with their agents, caps feed over
 *   JetStream, NTP-checked clocks.
 *
 * Logs: one file per component under <dir>/logs (NATS and config instances under <dir>/config).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePorts } from '../../common/ports.ts';
import { resolveSecrets } from '../../common/secrets.ts';
import { writeSecretFile } from '../../common/secret-file.ts';
import { Supervisor } from '../supervisor.ts';
import { ChronyServer } from '../chrony/chrony-server.ts';
import { ConfigTopology } from '../topology/topology.ts';
import { operatorsFromEnv } from '../../config-service/index.ts';
import { ensureSeeds } from './seeds.ts';
import { deploymentShow, heldSponsors } from './show.ts';
import { agentConfigFor, type QueueSpec } from './agent-config.ts';
import type { DeployOptions, DeploymentInfo, GatewayInfo } from './types.ts';
import { reuseportEnv } from '../../gateway/index.ts';
import { nodeEntryArgs } from '../../common/bundle-entry.ts';
import type { Round, ShowConfig } from '../../contracts/show/types.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** A component's command: node on the bundle of its TypeScript entry (no tsx in the child: a cheaper start). */
const node = async (entry: string, args: string[] = []) => ({ command: process.execPath, args: [...(await nodeEntryArgs(path.join(root, entry))), ...args] });

/** Each money SET imports the same parts and keeps the packets it owns. */
async function importSeedsForMoney(dataDir: string, partsDir: string, say: (line: string) => void, set = { index: 0, count: 1 }): Promise<void> {
  const setArgs = set.count > 1 ? ['--set', String(set.index), '--seed-sets', String(set.count), '--cap-sets', String(set.count)] : [];
  const r = spawnSync(process.execPath, [...(await nodeEntryArgs(path.join(root, 'packet-service/import-seeds.ts'))), '--data-dir', dataDir, '--parts-dir', partsDir, ...setArgs],
    { encoding: 'utf8', env: { ...process.env, SHAKE_LOG_LEVEL: 'warn' } });
  if (r.status !== 0) throw new Error(`seed import into the money service failed: ${r.stderr.trim()}`);
  const x = JSON.parse(r.stdout.trim().split('\n').pop()!) as { records: number; inserted: number };
  say(`ok ${(set.count > 1 ? `seed import SET ${set.index}` : 'seed import').padEnd(18)} ${x.inserted} new of ${x.records} packets in the money book`);
}

const OPS_STREAM = { stream: 'SHAKE_OPS', subjectPrefix: 'shake.ops' };
/** Queue subjects per money SET: a packet's subject is fixed, so per-packet order holds; enough lanes for the SET's consumer. */
const SUBJECTS_PER_SET = 32;
/** Money SET i listens on base port + 80 + i (a fixed base leaves 80..89 to the money side). */
const MAX_MONEY_SETS = 10;

export class Deployment {
  private constructor(
    readonly info: DeploymentInfo, readonly supervisor: Supervisor, readonly topology: ConfigTopology | null, readonly chrony: ChronyServer | null,
    /** The show the config service was seeded with (checked against the seeds). */
    readonly show: ShowConfig,
  ) {}

  /** The seeded show's first red-packet round that has not ended yet. */
  firstRound(nowMs = Date.now()): Round | null {
    return this.show.rounds.filter((r) => r.endMs > nowMs).sort((a, b) => a.startMs - b.startMs)[0] ?? null;
  }

  static async start(o: DeployOptions): Promise<Deployment> {
    const say = o.say ?? console.log;
    const startedAt = Date.now();
    const dir = path.resolve(o.dir);
    if (o.fresh) rmSync(dir, { recursive: true, force: true });
    const logsDir = path.join(dir, 'logs');
    mkdirSync(logsDir, { recursive: true });
    const n = o.gateways ?? (o.profile === 'rehearsal' ? 2 : 1);
    const ids = Array.from({ length: n }, (_, i) => `gw-${i + 1}`);
    const base = o.basePort ?? 0;
    const moneySets = o.profile === 'rehearsal' ? (o.moneySets ?? 2) : 1;
    if (!Number.isInteger(moneySets) || moneySets < 1 || moneySets > MAX_MONEY_SETS) throw new Error(`moneySets must be 1..${MAX_MONEY_SETS}`);
    const free = base ? [] : await freePorts(2 * n + n + 3 + MAX_MONEY_SETS);
    const port = (offset: number, i: number) => (base ? base + offset : free[i]);
    const gwPorts = ids.map((_, i) => ({ ws: port(2 * i, 2 * i), admin: port(2 * i + 1, 2 * i + 1), agent: port(90 + i, 2 * n + i) }));
    const moneyPorts = Array.from({ length: moneySets }, (_, i) => port(80 + i, i === 0 ? 3 * n : 3 * n + 2 + i));
    const moneySetDir = (i: number) => path.join(dir, i === 0 ? 'money' : `money-${i}`);
    const moneySetInfo = moneyPorts.map((p, index) => ({ index, url: `http://127.0.0.1:${p}`, dataDir: moneySetDir(index), component: index === 0 ? 'money' : `money-${index}` }));
    const moneyPort = moneyPorts[0];
    // Every config instance watches every SET (console table, /api/money-sets, /metrics); the URLs are fixed before anything starts.
    const watchedSets = moneySetInfo.map((m) => ({ set: m.index, url: m.url }));
    const configPort = port(70, 3 * n + 1);
    // The secrets every component gets: the environment's, or (development profile only) the documented development ones.
    const { operator: operatorToken, ...secrets } = resolveSecrets(['auth', 'cookie', 'packet', 'operator', 'service'], o.env ?? process.env,
      (msg, fields) => say(`warning: ${msg} (${fields.secret})`));
    const operators = operatorsFromEnv({ ...process.env, ...o.env }, operatorToken);
    const phoneWebPort = port(60, 3 * n + 2);
    const dataDir = path.join(dir, 'gateways');
    const seeds = ensureSeeds(path.join(dir, 'seeds'), ids, o.seedCount ?? 200_000, o.sponsors);
    const showFor = (nowMs: number) => deploymentShow({ showFile: o.showFile, gatewayIds: ids, held: heldSponsors(seeds.manifest), nowMs });
    // A show that can never be fed is refused before anything runs (deploymentShow throws SHOW_UNFED).
    showFor(Date.now());
    // The money service pays only packets its book holds: the parts go into it before it starts (idempotent on a restart).
    for (let i = 0; i < moneySets; i++) await importSeedsForMoney(moneySetDir(i), seeds.partsDir, say, { index: i, count: moneySets });
    // Built again after the import: the show's first round is timed from here, so the import does not eat into it.
    const show = showFor(Date.now());
    const showFile = path.join(dir, 'show.json');
    writeFileSync(showFile, JSON.stringify(show, null, 2));
    const sup = new Supervisor(logsDir, say, (name, code, signal) => say(`!! ${name} exited on its own (${code ?? signal}); see ${path.join(logsDir, `${name}.log`)}`));
    // Every component gets the log level and the one service credential it authenticates our own calls with.
    const baseEnv = { SHAKE_LOG_LEVEL: o.logLevel ?? 'info', SHAKE_SERVICE_TOKEN: secrets.service };
    let topology: ConfigTopology | null = null;
    let chrony: ChronyServer | null = null;
    const cleanup = async () => { await sup.stopAll(); await topology?.stop(); await chrony?.stop(); };
    try {
      let configUrls: string[];
      let queue: QueueSpec;
      let natsUrls: string[] = [];
      if (o.profile === 'rehearsal') {
        const [ntpPort] = await freePorts(1);
        chrony = await ChronyServer.start({ dir: path.join(dir, 'chrony'), port: ntpPort });
        say(`ok ${'chrony'.padEnd(18)} ntp://${chrony.host}:${chrony.port}  (log ${path.join(dir, 'chrony', 'chronyd.log')})`);
        topology = await ConfigTopology.start({
          dir: path.join(dir, 'config'), operators, logLevel: o.logLevel ?? 'info', serviceToken: secrets.service,
          // No direct writes into the gateways' config dirs: as on a real fleet, each agent relays versions into its gateway's dir.
          fileTargets: [], seedFleet: ids, perSite: o.configPerSite ?? 3,
          instanceOverrides: { seedShowFile: showFile, heldSponsorIds: seeds.sponsors, moneySets: watchedSets },
        });
        natsUrls = topology.nats.urls;
        say(`ok ${'nats (3 nodes)'.padEnd(18)} ${natsUrls.join('  ')}`);
        for (const h of topology.instances) say(`ok ${`config ${h.site}/${h.instanceId}`.padEnd(18)} ${h.url}/ (console)`);
        configUrls = topology.urls;
        queue = { kind: 'jetstream', servers: natsUrls, ...OPS_STREAM, replicas: 3,
          ...(moneySets > 1 ? { sets: { seedSets: moneySets, count: moneySets, subjectsPerSet: SUBJECTS_PER_SET } } : {}) };
        for (const m of moneySetInfo) {
          // Each SET: its own process, data dir and durable consumer on its own subjects; every SET also decides the caps of its users.
          const moneyCfg = path.join(dir, `${m.component}.json`);
          writeFileSync(moneyCfg, JSON.stringify({
            dataDir: m.dataDir, http: { port: moneyPorts[m.index] }, set: { index: m.index, seedSets: moneySets, capSets: moneySets },
              // Expiry of issued packets waits for a watermark from every gateway this deployment runs.
              expiry: { expectedJournals: ids },
            queue: { ...queue, consumerName: 'packet-service', maxAckPending: 4000 },
          }, null, 2));
          await sup.start({ name: m.component, ...(await node('packet-service/main.ts', [moneyCfg])), env: baseEnv, ready: /"ready":true/, urls: [`${m.url}/health`] });
        }
      } else {
        await sup.start({
          name: 'config', ...(await node('config-service/main.ts')), ready: /"evt":"listening"/,
          env: { ...baseEnv, SHAKE_CONFIG_INSTANCE: JSON.stringify({
            site: 'local', instanceId: 'c1', port: configPort, store: { kind: 'sqlite', path: path.join(dir, 'config.sqlite') },
            operators, fileTargets: ids.map((id) => path.join(dataDir, id, 'config')), seedFleet: ids,
            seedShowFile: showFile, heldSponsorIds: seeds.sponsors, peers: [`http://127.0.0.1:${configPort}`], moneySets: watchedSets,
          }) },
          urls: [`http://127.0.0.1:${configPort}/ (console)`],
        });
        configUrls = [`http://127.0.0.1:${configPort}`];
        queue = { kind: 'sqlite', path: path.join(dir, 'queue.sqlite') };
        await sup.start({
          name: 'money', ...(await node('packet-service/main.ts')), ready: /"ready":true/,
          env: { ...baseEnv, PACKET_DATA_DIR: path.join(dir, 'money'), PACKET_HTTP_PORT: String(moneyPort), PACKET_QUEUE_PATH: queue.path,
            PACKET_EXPECTED_JOURNALS: ids.join(',') },
          urls: [`http://127.0.0.1:${moneyPort}/health`],
        });
      }
      const moneyUrl = `http://127.0.0.1:${moneyPort}`;
      const gateways: GatewayInfo[] = [];
      // Gateway settings beyond the environment go in one file every gateway reads (SHAKE_GATEWAY_CONFIG).
      const gatewaySettings = o.packetTtlMs ? path.join(dir, 'gateway-settings.json') : null;
      if (gatewaySettings) writeFileSync(gatewaySettings, JSON.stringify({ packets: { ttlMs: o.packetTtlMs } }));
      for (const [i, id] of ids.entries()) {
        const p = gwPorts[i];
        const env: Record<string, string> = {
          // Several IO threads share the gateway's port through a preload (gateway/io/reuseport.ts).
          ...reuseportEnv(), ...baseEnv, SHAKE_GATEWAY_ID: id, SHAKE_WS_PORT: String(p.ws), SHAKE_ADMIN_PORT: String(p.admin), SHAKE_DATA_DIR: dataDir,
          SHAKE_AUTH_SECRET: secrets.auth, SHAKE_COOKIE_SECRET: secrets.cookie, SHAKE_PACKET_SECRET: secrets.packet,
          SHAKE_CONFIG_URLS: configUrls.join(','), SHAKE_CONFIG_DIR: path.join(dataDir, id, 'config'),
          ...(o.faultInjection ? { SHAKE_FAULT_INJECTION: '1' } : {}),
          ...(gatewaySettings ? { SHAKE_GATEWAY_CONFIG: gatewaySettings } : {}),
          ...(o.profile === 'rehearsal' ? { SHAKE_CAPS_FEED_NATS: natsUrls.join(','), SHAKE_NTP_SERVERS: `${chrony!.host}:${chrony!.port}` } : {}),
        };
        mkdirSync(path.join(dataDir, id, 'config'), { recursive: true });
        // The gateway's own line: the agent link logs "listening" before the WebSocket port is bound.
        await sup.start({ name: id, ...(await node('gateway/main.ts')), env, ready: /gateway \S+ listening: ws:/, readyTimeoutMs: 60_000,
          urls: [`ws://127.0.0.1:${p.ws}/`, `http://127.0.0.1:${p.admin}/health`, `http://127.0.0.1:${p.admin}/metrics`] });
        const agentFile = path.join(dir, 'agents', `${id}.json`);
        mkdirSync(path.dirname(agentFile), { recursive: true });
        const configRelay = o.profile === 'rehearsal' ? { urls: configUrls, configDir: path.join(dataDir, id, 'config'), intervalMs: 500, requestTimeoutMs: 1000 } : null;
        writeFileSync(agentFile, JSON.stringify(agentConfigFor({ id, dataDir, stateDir: path.join(dir, 'agents', id), seeds, adminPort: p.agent, moneyUrls: moneySetInfo.map((m) => m.url), queue, configRelay }), null, 2));
        // The agent reads its whole seed part before it is ready: allow a loaded machine as long as the gateway.
        await sup.start({ name: `agent-${id}`, ...(await node('agent/main.ts')), env: { ...baseEnv, SHAKE_AGENT_CONFIG: agentFile }, ready: /agent ready/, readyTimeoutMs: 60_000,
          urls: [`http://127.0.0.1:${p.agent}/health`] });
        gateways.push({
          id, wsUrl: `ws://127.0.0.1:${p.ws}/`, wsPort: p.ws, adminUrl: `http://127.0.0.1:${p.admin}`, dataDir: path.join(dataDir, id),
          agentAdminUrl: `http://127.0.0.1:${p.agent}`, component: id, agentComponent: `agent-${id}`,
        });
      }
      let phone: DeploymentInfo['phone'] = null;
      if (o.profile === 'embedded') {
        // A phone in the browser and the show's resource files, served by the deployment itself (all on one machine).
        const resourcesDir = path.join(dir, 'resources');
        await sup.start({ name: 'phone-web', ...(await node('ops/phone-web/main.ts')), ready: /phone web listening/, readyTimeoutMs: 60_000,
          env: { ...baseEnv, SHAKE_AUTH_SECRET: secrets.auth, SHAKE_PHONE_WEB_PORT: String(phoneWebPort),
            SHAKE_PHONE_GATEWAYS: gateways.map((g) => g.wsUrl).join(','), SHAKE_PHONE_RESOURCES_DIR: resourcesDir, SHAKE_PHONE_SDK_DIR: path.join(dir, 'sdk') },
          urls: [`http://127.0.0.1:${phoneWebPort}/ (phone in the browser)`] });
        phone = { url: `http://127.0.0.1:${phoneWebPort}/`, resourcesDir };
      }
      const info: DeploymentInfo = {
        profile: o.profile, dir, logsDir, startedAtMs: Date.now(), gateways,
        config: { urls: configUrls, operatorToken },
        money: { url: moneyUrl, dataDir: path.join(dir, 'money'), component: 'money', expectedJournals: ids, sets: moneySetInfo },
        queue: queue.kind === 'sqlite' ? queue : { kind: 'jetstream', servers: queue.servers, stream: queue.stream },
        nats: topology ? { urls: natsUrls, monitorUrls: topology.nats.nodes.map((nd) => `http://127.0.0.1:${nd.monitorPort}`) } : null,
        chrony: chrony ? chrony.address : null,
        seeds, secrets, faultInjection: !!o.faultInjection, phone,
      };
      writeSecretFile(path.join(dir, 'deployment.json'), JSON.stringify(info, null, 2));
      say(`deployment ${o.profile} up in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
      return new Deployment(info, sup, topology, chrony, show);
    } catch (e) {
      await cleanup();
      throw e;
    }
  }

  /** Kills a component on purpose: a gateway id, `agent-<id>`, `money` (SET 0), `money-<i>` (SET i), or `nats-<i>` (0-based node). */
  async kill(component: string): Promise<void> {
    const m = /^nats-(\d)$/.exec(component);
    if (m) { await this.topology?.nats.killNode(Number(m[1])); return; }
    await this.supervisor.kill(component);
  }

  async restart(component: string): Promise<void> {
    const m = /^nats-(\d)$/.exec(component);
    if (m) { await this.topology?.nats.startNode(Number(m[1])); return; }
    await this.supervisor.restart(component);
  }

  alive(component: string): boolean {
    const m = /^nats-(\d)$/.exec(component);
    if (m) { const p = this.topology?.nats.nodes[Number(m[1])]?.process; return !!p && p.exitCode === null && p.signalCode === null; }
    return this.supervisor.alive(component);
  }

  async stop(): Promise<void> {
    await this.supervisor.stopAll();
    await this.topology?.stop();
    await this.chrony?.stop();
  }
}
