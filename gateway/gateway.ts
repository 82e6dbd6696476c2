/**
 * Assembles one access gateway: N IO threads and M logic worker slots joined
 * by rings (gateway/lanes.ts), each slot an active worker with a standby, the
 * journal thread, and the admin endpoint.
 */
import os from 'node:os';
import { RingConsumer, RingProducer, type RingFrame } from './ring/spsc-ring.ts';
import { IoLayer } from './io/io-layer.ts';
import { reuseportLoaded } from './io/reuseport.ts';
import { errorReply, IoErrorCodes } from './io/canned-replies.ts';
import { peekSeq } from './io/peek-seq.ts';
import { splitRequest, REPLY_PREFIX_BYTES, ReplyFlags } from './frame-format.ts';
import { LogicHost, type LogicHostStats } from './logic/logic-host.ts';
import { AdminServer } from './admin/admin-server.ts';
import { createGatewayMetrics, type GatewayMetrics, type GatewaySnapshot } from './admin/gateway-metrics.ts';
import { validateGatewayConfig, type GatewayConfig } from './settings.ts';
import type { Logger } from '../common/logger.ts';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createPoolBuffers, PoolProducer, type PoolBuffers } from './pool/packet-pool.ts';
import type { WonEvent } from './logic/show/show-state.ts';
import type { LogicState, LogicUpdate } from './logic/worker-protocol.ts';
import type { ShowConfig } from '../contracts/show/types.ts';
import { initialShowConfig } from './show-source.ts';
import { LocalCapsFeed, type CapsFeed } from './caps-feed/caps-feed.ts';
import { NatsCapsFeed } from './caps-feed/nats-caps-feed.ts';
import { SharedClock } from './show-clock.ts';
import { wireConfig, type ConfigWiring } from './show-config-wiring.ts';
import { createJournalBuffers, type JournalBuffers } from './journal/journal-link.ts';
import { startJournalThread, type JournalThread } from './journal/start-journal.ts';
import { openAgentLink } from './agent-wiring.ts';
import type { AgentLinkServer } from './agent-link/agent-link-server.ts';
import { LoadMonitor } from './overload/load-monitor.ts';
import { IoOverload } from './overload/io-overload.ts';
import { perIoThread } from './overload/config.ts';
import { overloadStatus } from './overload/metrics.ts';
import { createGatewayLanes, ioDoorbell, logicDoorbell, logicLanes, type GatewayLanes } from './lanes.ts';
import { checkSharedLayout } from './shared-layout.ts';
import { resolveThreadCounts, type ThreadCounts } from './threads.ts';
import { MoneyRelay } from './money/money-relay.ts';
import { ResourceDesk } from './resources/resource-desk.ts';

export interface Gateway {
  readonly wsPort: number;
  readonly adminPort: number;
  status(): Record<string, unknown>;
  /** Reloads the logic layer from disk (what SIGHUP does). */
  reloadLogic(): Promise<void>;
  /** Applies a show config if it is newer than the running one; returns whether it did. */
  applyShowConfig(doc: ShowConfig): boolean;
  readonly showConfig: ShowConfig;
  /** The packet pool, filled by the agent link. */
  readonly pool: PoolProducer;
  readonly startedAtMs: number;
  readonly dataDir: string;
  close(): Promise<void>;
}

export interface GatewayOptions {
  /** 'basic' answers every shake with NOTHING (the pure IO/ring path, for benchmarks). */
  logic?: 'show' | 'basic';
}

/**
 * Starts the gateway in named steps; each step builds one part from the parts
 * before it, so the order below is the order the parts depend on each other.
 */
export async function startGateway(config: GatewayConfig, logger: Logger, options: GatewayOptions = {}): Promise<Gateway> {
  const base = prepareGateway(config, logger);
  // The load monitor samples the logic workers, which start after it; it is not sampled before monitor.start().
  const sampled: LoadSampleSources = { logic: [] };
  const data = await startDataPath(base, sampled);
  const logic = await startLogicLayer(base, data, options);
  sampled.logic = logic.hosts;
  const desks = openDesks(base, data, logic);
  const logicStats = (): LogicHostStats => sumLogicStats(logic.hosts.map((h) => h.stats()));
  const gatewayMetrics = createGatewayMetrics(() => gatewaySnapshot(base, data, logic, desks, logicStats()), () => data.io.latency());
  const wiring = await wireConfig(config, base.dataDir, logic.sharedClock, base.show.current, desks.applyShowConfig, logger, {
    resourceCoverage: () => desks.resources.coverage(),
    totals: () => {
      const l = logicStats();
      return { released: data.pool.offeredTotal(), issued: l.packetsIssued, opened: l.opened, shared: l.shared };
    },
    poolLevel: () => data.pool.level(),
  });
  desks.agent.link = await openGatewayAgentLink(base, data, logic, desks);
  const status = (): Record<string, unknown> => gatewayStatus(base, data, logic, desks, { wiring, gatewayMetrics, logicStats: logicStats() });
  const admin = createAdmin(base, data, logic, desks, status, gatewayMetrics, logicStats);
  return listenGateway(base, data, logic, desks, { wiring, admin, status });
}

/** The validated settings and the gateway's fixed shape, read by every setup step. */
interface GatewayBase {
  readonly config: GatewayConfig;
  readonly logger: Logger;
  readonly startedAt: number;
  readonly dataDir: string;
  readonly bundleDir: string;
  readonly threads: ThreadCounts;
  readonly lanes: GatewayLanes;
  /** The running show config; replaced whole when a newer one is applied. */
  readonly show: { current: ShowConfig };
}

/** Validates the settings, makes the data directory and lays out the rings between the threads. */
function prepareGateway(config: GatewayConfig, logger: Logger): GatewayBase {
  validateGatewayConfig(config);
  checkSharedLayout();
  const startedAt = Date.now();
  const dataDir = path.resolve(config.dataDir, config.gatewayId);
  mkdirSync(dataDir, { recursive: true });
  const bundleDir = path.join(dataDir, 'bundles');
  const show = { current: initialShowConfig(config.showConfigFile, config.gatewayId, startedAt) };
  const threads = resolveThreadCounts(config.threads, os.availableParallelism(), reuseportLoaded());
  if (threads.ioLimitedBy) logger.warn({ configured: config.threads.io }, 'one IO thread only: several need the port-sharing preload (gateway/io/reuseport.ts, LD_PRELOAD)');
  const lanes = createGatewayLanes(threads.io, threads.logic, config.rings.requestRingBytes, config.rings.replyRingBytes);
  return { config, logger, startedAt, dataDir, bundleDir, threads, lanes, show };
}

/** What the load monitor samples that is built after it. */
interface LoadSampleSources {
  logic: LogicHost[];
}

/** The parts a request and its durable answer pass through, below the logic layer. */
interface DataPath {
  readonly monitor: LoadMonitor;
  readonly io: IoLayer;
  readonly journalBuffers: JournalBuffers;
  readonly poolBuffers: PoolBuffers;
  readonly pool: PoolProducer;
  readonly journal: JournalThread;
}

/** Starts the load monitor, the IO threads, the packet pool and the journal thread. */
async function startDataPath(base: GatewayBase, sampled: LoadSampleSources): Promise<DataPath> {
  const { config, logger, threads, lanes, bundleDir } = base;
  // Load tiers: thresholds from the show config, measured here; `io` exists by the first sample.
  const monitor = new LoadMonitor(config.overload, base.show.current.overload.tiers, {
    workerElu: (): number => Math.max(...sampled.logic.map((l) => l.stats().workerElu)),
    ringFill: (): number => io.snapshot().requestRingBytes / config.rings.requestRingBytes,
  }, logger);
  const overload = new IoOverload(perIoThread(config.overload, threads.io), monitor);
  // Opens/shares are answered by the journal thread once durable, through a reply ring per IO thread.
  const journalBuffers = createJournalBuffers(threads.logic, threads.io);
  const io = new IoLayer({ config, lanes, durableReplies: journalBuffers.replies, overload, overloadShared: monitor.shared, bundleDir, logger });
  const poolBuffers = createPoolBuffers(config.packets.poolCapacity, threads.logic);
  const pool = new PoolProducer(poolBuffers);
  const journal = await startJournalThread({
    journalPath: path.join(base.dataDir, 'journal.db'), gatewayId: config.gatewayId, buffers: journalBuffers,
    logicDoorbells: Array.from({ length: threads.logic }, (_, j) => logicDoorbell(lanes, j)),
    ioDoorbells: Array.from({ length: threads.io }, (_, i) => ioDoorbell(lanes, i)),
    napMs: config.rings.napMs.journal, idleAfterMs: config.rings.idleAfterMs,
  }, bundleDir, logger);
  return { monitor, io, journalBuffers, poolBuffers, pool, journal };
}

/** The logic worker slots, the caps feed between gateways and the shared show clock. */
interface LogicLayer {
  readonly hosts: LogicHost[];
  readonly feed: CapsFeed;
  readonly sharedClock: SharedClock;
  /** Sends an update to every logic worker slot. */
  update(update: LogicUpdate): void;
  reload(): Promise<void>;
}

/** Starts one logic host per worker slot and joins the caps feed to them. */
async function startLogicLayer(base: GatewayBase, data: DataPath, options: GatewayOptions): Promise<LogicLayer> {
  const { config, logger, threads, lanes } = base;
  const sharedClock = new SharedClock();
  const feedWins: WonEvent[] = [];
  const logicState = logicStateFactory(base, data, options, sharedClock, feedWins);
  const feed: CapsFeed = config.capsFeed.kind === 'nats'
    ? new NatsCapsFeed({ ...config.capsFeed, serviceToken: config.serviceToken, logger })
    : new LocalCapsFeed();
  const hosts = Array.from({ length: threads.logic }, (_, slot) => new LogicHost({
    gatewayId: config.gatewayId,
    lanes: logicLanes(lanes, slot),
    drainTimeoutMs: config.logic.drainTimeoutMs,
    bundleDir: base.bundleDir,
    napMs: config.rings.napMs.logic,
    awaitingCommitNapMs: config.rings.napMs.logicAwaitingCommit,
    idleAfterMs: config.rings.idleAfterMs,
    logger: threads.logic > 1 ? logger.child({ logicWorker: slot }) : logger,
    skipPoisonedRequest: (ioThread, reqId) => answerPoisoned(lanes, ioThread, slot, reqId, logger),
  }));
  await Promise.all(hosts.map((l) => l.start(logicState())));
  hosts.forEach((l, slot) => l.on('generation', (generation: number) => logger.info({ generation, logicWorker: slot }, 'logic generation active')));
  for (const l of hosts) l.on('events', (wins) => feed.publish(wins));
  const update = (u: LogicUpdate): void => { for (const l of hosts) l.update(u, logicState()); };
  const reload = async (): Promise<void> => { for (const l of hosts) await l.reload(); };
  feed.onWins((wins) => {
    const foreign = wins.filter((w) => w.gatewayId !== config.gatewayId);
    if (foreign.length === 0) return;
    feedWins.push(...foreign);
    update({ kind: 'feed-wins', wins: foreign });
  });
  if (feed instanceof NatsCapsFeed) feed.start();
  return { hosts, feed, sharedClock, update, reload };
}

/** The state a logic worker starts from (read again at each start, so it carries the current show). */
function logicStateFactory(
  base: GatewayBase, data: DataPath, options: GatewayOptions, sharedClock: SharedClock, feedWins: WonEvent[],
): () => LogicState {
  const { config } = base;
  const processKey = `${base.startedAt.toString(36)}.${process.pid}`;
  return () =>
    options.logic === 'basic'
      ? { kind: 'basic', overload: data.monitor.shared.buffer }
      : {
          kind: 'show', overload: data.monitor.shared.buffer,
          gatewayId: config.gatewayId, show: base.show.current, secrets: { cookie: config.secrets.capCookie, packetToken: config.secrets.packetToken },
          dataDir: base.dataDir, processKey, packetTtlMs: config.packets.ttlMs, pool: data.poolBuffers, journal: data.journalBuffers, feedWins, clock: sharedClock.buffer,
        };
}

/** The host-side desks the logic workers hand requests to, and the one place a show config lands. */
interface Desks {
  readonly money: MoneyRelay;
  readonly resources: ResourceDesk;
  /** The agent link, once open (money and config broadcasts wait for it). */
  readonly agent: { link: AgentLinkServer | null };
  applyShowConfig(doc: ShowConfig): boolean;
}

/** Opens the money relay and the resource desk, and defines how a newer show config is applied. */
function openDesks(base: GatewayBase, data: DataPath, logic: LogicLayer): Desks {
  const { config, logger } = base;
  const { io } = data;
  const agent: { link: AgentLinkServer | null } = { link: null };
  const money = new MoneyRelay({
    send: (req) => agent.link?.sendMoney(req) ?? false,
    deliver: (connId, reqId, bytes, op) => io.deliver(connId, reqId, bytes, op === 'grab' ? ReplyFlags.grab : 0),
    deadlineMs: config.money.deadlineMs,
    retryAfterMs: config.money.retryAfterMs,
    maxInFlight: config.money.maxInFlight,
    logger: logger.child({ part: 'money' }),
  });
  for (const l of logic.hosts) l.on('money', (m) => money.submit(m.connId, m.reqId, m.request));
  const resources = new ResourceDesk(base.show.current.resources, {
    deliver: (connId, reqId, bytes) => io.deliver(connId, reqId, bytes, 0),
    broadcast: (bytes) => io.broadcast(bytes),
  });
  for (const l of logic.hosts) l.on('resources', (m) => resources.answer(m.connId, m.reqId, m.request));
  const applyShowConfig = (doc: ShowConfig): boolean => {
    if (doc.version <= base.show.current.version) return false;
    base.show.current = doc;
    agent.link?.broadcastConfig(doc.version, JSON.stringify(doc));
    data.monitor.setTiers(doc.overload.tiers);
    resources.setResources(doc.resources);
    logic.update({ kind: 'show', show: doc });
    logger.info({ configVersion: doc.version, showId: doc.showId }, 'show config applied');
    return true;
  };
  return { money, resources, agent, applyShowConfig };
}

/** Opens the socket the local agent connects to (packets in, money and config out). */
function openGatewayAgentLink(base: GatewayBase, data: DataPath, logic: LogicLayer, desks: Desks): Promise<AgentLinkServer> {
  const { config, logger } = base;
  return openAgentLink({ socketPath: config.agentSocketPath, dataDir: base.dataDir, gatewayId: config.gatewayId, serviceToken: config.serviceToken, startedAtMs: base.startedAt, pool: data.pool, currentShow: () => base.show.current, clock: logic.sharedClock, logger,
    money: { onMoneyReply: (r) => desks.money.onReply(r), onAgentGone: () => desks.money.failAll('the agent link went down') } });
}

/** The levels the metrics registry reads at each scrape. */
function gatewaySnapshot(base: GatewayBase, data: DataPath, logic: LogicLayer, desks: Desks, logicStats: LogicHostStats): GatewaySnapshot {
  const { io, pool, monitor } = data;
  return {
    io: io.snapshot(), logic: logicStats, pacing: io.pacingStats(), load: monitor.status(), money: desks.money.stats(),
    agent: desks.agent.link?.stats() ?? null, showVersion: base.show.current.version, poolLevel: pool.level(), poolCapacity: pool.capacity,
    clockOffsetMs: logic.sharedClock.offsetMs(), resourceCoverage: desks.resources.coverage(),
  };
}

/** The admin `/status` document. */
function gatewayStatus(
  base: GatewayBase, data: DataPath, logic: LogicLayer, desks: Desks,
  parts: { wiring: ConfigWiring; gatewayMetrics: GatewayMetrics; logicStats: LogicHostStats },
): Record<string, unknown> {
  const { config, threads } = base;
  const { io, pool, monitor } = data;
  const { wiring, logicStats: l } = parts;
  const s = io.snapshot();
  return {
    gatewayId: config.gatewayId,
    uptimeSec: Math.round((Date.now() - base.startedAt) / 1000),
    connections: s.connections,
    pendingRequests: s.pendingRequests,
    logicGeneration: l.generation,
    logicStandbyReady: l.standbyReady,
    threads: { io: threads.io, logic: threads.logic },
    ioThreads: io.connectionsPerThread().map((connections) => ({ connections })),
    logicWorkers: logic.hosts.map((h) => { const w = h.stats(); return { generation: w.generation, handled: w.handled, standbyReady: w.standbyReady, restarts: w.restarts, reloads: w.reloads }; }),
    configVersion: base.show.current.version,
    pool: { level: pool.level(), capacity: pool.capacity, offeredTotal: pool.offeredTotal(), takenTotal: pool.takenTotal() },
    capsFeed: logic.feed.status(),
    clock: { correctedNowMs: logic.sharedClock.now(), offsetMs: logic.sharedClock.offsetMs(), ...(wiring.clock ? { synced: wiring.clock.status().synced, drifting: wiring.clock.status().drifting } : {}) },
    config: wiring.status(),
    journal: data.journal.status(),
    agent: desks.agent.link?.stats() ?? null,
    money: desks.money.stats(),
    resources: desks.resources.status(),
    rings: { requestBytes: s.requestRingBytes, requestCapacity: config.rings.requestRingBytes, replyBytes: s.replyRingBytes, replyCapacity: config.rings.replyRingBytes, durableReplyBytes: s.durableReplyRingBytes },
    counters: parts.gatewayMetrics.counters(),
    logicWorkerElu: l.workerElu,
    overload: overloadStatus(monitor, io.connectsRateLimited(), io.pacingStats(), config.overload.enabled),
  };
}

/** The admin endpoint: health, status, metrics, reload, and the fault drills when allowed. */
function createAdmin(
  base: GatewayBase, data: DataPath, logic: LogicLayer, desks: Desks,
  status: () => Record<string, unknown>, gatewayMetrics: GatewayMetrics, logicStats: () => LogicHostStats,
): AdminServer {
  const { config } = base;
  const { journal, pool, io } = data;
  const health = () => {
    const j = journal.status();
    return { ok: !j.failed, gatewayId: config.gatewayId, configVersion: base.show.current.version, connections: io.snapshot().connections,
      pool: { level: pool.level(), capacity: pool.capacity }, packetsIssued: logicStats().packetsIssued, journalFailed: j.failed };
  };
  const drills = config.logic.allowFaultInjection;
  return new AdminServer({
    health,
    status,
    metrics: gatewayMetrics.registry,
    reload: logic.reload,
    // A drill crashes every logic worker (each after n more frames of its own).
    injectLogicCrash: drills ? (n) => logic.hosts.forEach((l) => l.injectCrash(n)) : undefined,
    injectJournalCrash: drills ? () => journal.crash() : undefined,
    feedPool: drills ? (packets) => pool.offer(packets) : undefined,
    applyShowConfig: drills ? desks.applyShowConfig : undefined,
  }, config.serviceToken);
}

/** Opens the phone and admin ports, starts the load monitor, and returns the running gateway. */
async function listenGateway(
  base: GatewayBase, data: DataPath, logic: LogicLayer, desks: Desks,
  parts: { wiring: ConfigWiring; admin: AdminServer; status: () => Record<string, unknown> },
): Promise<Gateway> {
  const { config, logger } = base;
  const { io, monitor, pool, journal } = data;
  const { wiring, admin } = parts;
  const wsPort = await io.listen(config.host, config.wsPort);
  monitor.start();
  const adminPort = await admin.listen(config.adminHost, config.adminPort === 0 || config.wsPort === 0 ? 0 : config.adminPort);
  logger.info({ wsPort, adminPort, gatewayId: config.gatewayId }, 'gateway listening');
  return {
    wsPort,
    adminPort,
    status: parts.status,
    reloadLogic: logic.reload,
    applyShowConfig: desks.applyShowConfig,
    get showConfig() {
      return base.show.current;
    },
    pool,
    startedAtMs: base.startedAt,
    dataDir: base.dataDir,
    close: async () => {
      wiring.stop();
      desks.money.close();
      await desks.agent.link?.close();
      monitor.stop();
      await io.close();
      admin.close();
      await Promise.all(logic.hosts.map((l) => l.close()));
      await journal.close();
      await logic.feed.close();
    },
  };
}

/**
 * Answers a request that crashed its logic worker twice with an error, from
 * the host (no worker of that slot runs meanwhile, so the host may take both
 * the request ring's consumer end and the reply ring's producer end).
 */
function answerPoisoned(lanes: GatewayLanes, io: number, slot: number, reqId: number, logger: Logger): boolean {
  const consumer = new RingConsumer(lanes.requests[io][slot]);
  const f: RingFrame = { connId: 0, reqId: 0, payload: new Uint8Array(0) };
  if (!consumer.peek(f) || f.reqId !== reqId) return false;
  const { userId, body } = splitRequest(f.payload);
  logger.error({ reqId, userId, connId: f.connId, ioThread: io, logicWorker: slot }, 'request crashed the logic layer twice; answering it with an error');
  const replies = new RingProducer(lanes.replies[io][slot], ioDoorbell(lanes, io));
  if (!replies.write(f.connId, f.reqId, errorReply(peekSeq(body), IoErrorCodes.internal, 'request could not be processed'), new Uint8Array(REPLY_PREFIX_BYTES))) return false;
  replies.wake();
  consumer.release(f);
  return true;
}

/** The logic layer's counters, all worker slots together. */
function sumLogicStats(all: LogicHostStats[]): LogicHostStats {
  const total = { ...all[0] };
  for (const s of all.slice(1)) {
    for (const k of ['restarts', 'reloads', 'handled', 'errors', 'poisonedSkipped', 'forgedCookies', 'packetsIssued', 'capRefusals', 'poolEmpty', 'opened', 'shared', 'redelivered'] as const) total[k] += s[k];
    total.generation = Math.max(total.generation, s.generation);
    total.workerElu = Math.max(total.workerElu, s.workerElu);
    total.standbyReady &&= s.standbyReady;
  }
  return total;
}
