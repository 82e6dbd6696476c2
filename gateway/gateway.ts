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
import { createGatewayMetrics, type GatewaySnapshot } from './admin/gateway-metrics.ts';
import { validateGatewayConfig, type GatewayConfig } from './settings.ts';
import type { Logger } from '../common/logger.ts';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createPoolBuffers, PoolProducer, type SeedPacket } from './pool/packet-pool.ts';
import type { ShowLogicState, WonEvent } from './logic/show/show-state.ts';
import type { ShowConfig } from '../contracts/show/types.ts';
import { initialShowConfig } from './show-source.ts';
import { LocalCapsFeed, type CapsFeed } from './caps-feed/caps-feed.ts';
import { NatsCapsFeed } from './caps-feed/nats-caps-feed.ts';
import { SharedClock } from './show-clock.ts';
import { wireConfig } from './show-config-wiring.ts';
import { createJournalBuffers } from './journal/journal-link.ts';
import { startJournalThread } from './journal/start-journal.ts';
import { openAgentLink } from './agent-wiring.ts';
import type { AgentLinkServer } from './agent-link/agent-link-server.ts';
import { LoadMonitor } from './overload/load-monitor.ts';
import { IoOverload } from './overload/io-overload.ts';
import { perIoThread } from './overload/config.ts';
import { overloadStatus } from './overload/metrics.ts';
import { createGatewayLanes, ioDoorbell, logicDoorbell, logicLanes, type GatewayLanes } from './lanes.ts';
import { resolveThreadCounts } from './threads.ts';
import { MoneyRelay } from './money/money-relay.ts';
import type { PhoneMoneyRequest } from './money/money-request.ts';
import { ResourceDesk } from './resources/resource-desk.ts';
import type { ResourcesRequest } from './logic/request-handler.ts';

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

export async function startGateway(config: GatewayConfig, logger: Logger, options: GatewayOptions = {}): Promise<Gateway> {
  validateGatewayConfig(config);
  const startedAt = Date.now();
  const dataDir = path.resolve(config.dataDir, config.gatewayId);
  mkdirSync(dataDir, { recursive: true });
  const bundleDir = path.join(dataDir, 'bundles');
  let show = initialShowConfig(config.showConfigFile, config.gatewayId, startedAt);
  const threads = resolveThreadCounts(config.threads, os.availableParallelism(), reuseportLoaded());
  if (threads.ioLimitedBy) logger.warn({ configured: config.threads.io }, 'one IO thread only: several need the port-sharing preload (gateway/io/reuseport.ts, LD_PRELOAD)');
  const lanes = createGatewayLanes(threads.io, threads.logic, config.rings.requestRingBytes, config.rings.replyRingBytes);
  // Load tiers: thresholds from the show config, measured here; `logic` and `io` exist by the first sample.
  const monitor = new LoadMonitor(config.overload, show.overload.tiers, {
    workerElu: (): number => Math.max(...logic.map((l) => l.stats().workerElu)),
    ringFill: (): number => io.snapshot().requestRingBytes / config.rings.requestRingBytes,
  }, logger);
  const overload = new IoOverload(perIoThread(config.overload, threads.io), monitor);
  // Opens/shares are answered by the journal thread once durable, through a reply ring per IO thread.
  const journalBuffers = createJournalBuffers(threads.logic, threads.io);
  const io = new IoLayer({ config, lanes, durableReplies: journalBuffers.replies, overload, overloadShared: monitor.shared, bundleDir, logger });
  const poolBuffers = createPoolBuffers(config.packets.poolCapacity, threads.logic);
  const pool = new PoolProducer(poolBuffers);
  const feedWins: WonEvent[] = [];
  const journal = await startJournalThread({
    journalPath: path.join(dataDir, 'journal.db'), gatewayId: config.gatewayId, buffers: journalBuffers,
    logicDoorbells: Array.from({ length: threads.logic }, (_, j) => logicDoorbell(lanes, j)),
    ioDoorbells: Array.from({ length: threads.io }, (_, i) => ioDoorbell(lanes, i)),
    napMs: config.rings.napMs.journal, idleAfterMs: config.rings.idleAfterMs,
  }, bundleDir, logger);
  const processKey = `${startedAt.toString(36)}.${process.pid}`;
  const sharedClock = new SharedClock();
  const logicState = (): ShowLogicState | { overload: SharedArrayBuffer } =>
    options.logic === 'basic'
      ? { overload: monitor.shared.buffer }
      : {
          overload: monitor.shared.buffer,
          gatewayId: config.gatewayId, show, secrets: { cookie: config.secrets.capCookie, packetToken: config.secrets.packetToken },
          dataDir, processKey, packetTtlMs: config.packets.ttlMs, pool: poolBuffers, journal: journalBuffers, feedWins, clock: sharedClock.buffer,
        };
  const feed: CapsFeed = config.capsFeed.kind === 'nats'
    ? new NatsCapsFeed({ ...config.capsFeed, logger })
    : new LocalCapsFeed();

  const logic = Array.from({ length: threads.logic }, (_, slot) => new LogicHost({
    gatewayId: config.gatewayId,
    lanes: logicLanes(lanes, slot),
    drainTimeoutMs: config.logic.drainTimeoutMs,
    bundleDir,
    napMs: config.rings.napMs.logic,
    idleAfterMs: config.rings.idleAfterMs,
    logger: threads.logic > 1 ? logger.child({ logicWorker: slot }) : logger,
    skipPoisonedRequest: (ioThread, reqId) => answerPoisoned(lanes, ioThread, slot, reqId, logger),
  }));
  await Promise.all(logic.map((l) => l.start(logicState())));
  logic.forEach((l, slot) => l.on('generation', (generation: number) => logger.info({ generation, logicWorker: slot }, 'logic generation active')));
  for (const l of logic) l.on('events', (wins: WonEvent[]) => feed.publish(wins));
  const updateLogic = (update: unknown) => { for (const l of logic) l.update(update, logicState()); };
  const reloadLogic = async () => { for (const l of logic) await l.reload(); };
  feed.onWins((wins) => {
    const foreign = wins.filter((w) => w.gatewayId !== config.gatewayId);
    if (foreign.length === 0) return;
    feedWins.push(...foreign);
    updateLogic({ kind: 'feed-wins', wins: foreign });
  });
  if (feed instanceof NatsCapsFeed) feed.start();

  let agentLink: AgentLinkServer | null = null;
  const money = new MoneyRelay({
    send: (req) => agentLink?.sendMoney(req) ?? false,
    deliver: (connId, reqId, bytes, op) => io.deliver(connId, reqId, bytes, op === 'grab' ? ReplyFlags.grab : 0),
    deadlineMs: config.money.deadlineMs,
    retryAfterMs: config.money.retryAfterMs,
    logger: logger.child({ part: 'money' }),
  });
  for (const l of logic) l.on('money', (m: { connId: number; reqId: number; request: PhoneMoneyRequest }) => money.submit(m.connId, m.reqId, m.request));
  const resources = new ResourceDesk(show.resources, {
    deliver: (connId, reqId, bytes) => io.deliver(connId, reqId, bytes, 0),
    broadcast: (bytes) => io.broadcast(bytes),
  });
  for (const l of logic) l.on('resources', (m: { connId: number; reqId: number; request: ResourcesRequest }) => resources.answer(m.connId, m.reqId, m.request));
  const applyShowConfig = (doc: ShowConfig): boolean => {
    if (doc.version <= show.version) return false;
    show = doc;
    agentLink?.broadcastConfig(doc.version, JSON.stringify(doc));
    monitor.setTiers(doc.overload.tiers);
    resources.setResources(doc.resources);
    updateLogic({ kind: 'show', show: doc });
    logger.info({ configVersion: doc.version, showId: doc.showId }, 'show config applied');
    return true;
  };

  const logicStats = () => sumLogicStats(logic.map((h) => h.stats()));
  const status = () => {
    const s = io.snapshot();
    const l = logicStats();
    return {
      gatewayId: config.gatewayId,
      uptimeSec: Math.round((Date.now() - startedAt) / 1000),
      connections: s.connections,
      pendingRequests: s.pendingRequests,
      logicGeneration: l.generation,
      logicStandbyReady: l.standbyReady,
      threads: { io: threads.io, logic: threads.logic },
      ioThreads: io.connectionsPerThread().map((connections) => ({ connections })),
      logicWorkers: logic.map((h) => { const w = h.stats(); return { generation: w.generation, handled: w.handled, standbyReady: w.standbyReady, restarts: w.restarts, reloads: w.reloads }; }),
      configVersion: show.version,
      pool: { level: pool.level(), capacity: pool.capacity, offeredTotal: pool.offeredTotal(), takenTotal: pool.takenTotal() },
      capsFeed: feed.status(),
      clock: { correctedNowMs: sharedClock.now(), offsetMs: sharedClock.offsetMs(), ...(wiring.clock ? { synced: wiring.clock.status().synced, drifting: wiring.clock.status().drifting } : {}) },
      config: wiring.status(),
      journal: journal.status(),
      agent: agentLink?.stats() ?? null,
      money: money.stats(),
      resources: resources.status(),
      rings: { requestBytes: s.requestRingBytes, requestCapacity: config.rings.requestRingBytes, replyBytes: s.replyRingBytes, replyCapacity: config.rings.replyRingBytes, durableReplyBytes: s.durableReplyRingBytes },
      counters: gatewayMetrics.counters(),
      logicWorkerElu: l.workerElu,
      overload: overloadStatus(monitor, io.connectsRateLimited(), io.pacingStats(), config.overload.enabled),
    };
  };

  const snapshot = (): GatewaySnapshot => ({
    io: io.snapshot(), logic: logicStats(), pacing: io.pacingStats(), load: monitor.status(), money: money.stats(),
    agent: agentLink?.stats() ?? null, showVersion: show.version, poolLevel: pool.level(), poolCapacity: pool.capacity,
    clockOffsetMs: sharedClock.offsetMs(), resourceCoverage: resources.coverage(),
  });
  const gatewayMetrics = createGatewayMetrics(snapshot, () => io.latency());

  const wiring = await wireConfig(config, dataDir, sharedClock, show, applyShowConfig, logger, {
    resourceCoverage: () => resources.coverage(),
    totals: () => {
      const l = logicStats();
      return { released: pool.offeredTotal(), issued: l.packetsIssued, opened: l.opened, shared: l.shared };
    },
    poolLevel: () => pool.level(),
  });
  agentLink = await openAgentLink({ socketPath: config.agentSocketPath, dataDir, gatewayId: config.gatewayId, serviceToken: config.serviceToken, startedAtMs: startedAt, pool, currentShow: () => show, clock: sharedClock, logger,
    money: { onMoneyReply: (r) => money.onReply(r), onAgentGone: () => money.failAll('the agent link went down') } });

  const health = () => {
    const j = journal.status();
    return { ok: !j.failed, gatewayId: config.gatewayId, configVersion: show.version, connections: io.snapshot().connections,
      pool: { level: pool.level(), capacity: pool.capacity }, packetsIssued: logicStats().packetsIssued, journalFailed: j.failed };
  };
  const admin = new AdminServer({
    health,
    status,
    metrics: gatewayMetrics.registry,
    reload: reloadLogic,
    // A drill crashes every logic worker (each after n more frames of its own).
    injectLogicCrash: config.logic.allowFaultInjection ? (n) => logic.forEach((l) => l.injectCrash(n)) : undefined,
    injectJournalCrash: config.logic.allowFaultInjection ? () => journal.crash() : undefined,
    feedPool: config.logic.allowFaultInjection ? (packets) => pool.offer(packets) : undefined,
    applyShowConfig: config.logic.allowFaultInjection ? applyShowConfig : undefined,
  }, config.serviceToken);

  const wsPort = await io.listen(config.host, config.wsPort);
  monitor.start();
  const adminPort = await admin.listen(config.adminHost, config.adminPort === 0 || config.wsPort === 0 ? 0 : config.adminPort);
  logger.info({ wsPort, adminPort, gatewayId: config.gatewayId }, 'gateway listening');

  return {
    wsPort,
    adminPort,
    status,
    reloadLogic,
    applyShowConfig,
    get showConfig() {
      return show;
    },
    pool,
    startedAtMs: startedAt,
    dataDir,
    close: async () => {
      wiring.stop();
      money.close();
      await agentLink?.close();
      monitor.stop();
      await io.close();
      admin.close();
      await Promise.all(logic.map((l) => l.close()));
      await journal.close();
      await feed.close();
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
    for (const k of ['restarts', 'reloads', 'handled', 'errors', 'poisonedSkipped', 'forgedCookies', 'packetsIssued', 'capRefusals', 'poolEmpty', 'opened', 'shared'] as const) total[k] += s[k];
    total.generation = Math.max(total.generation, s.generation);
    total.workerElu = Math.max(total.workerElu, s.workerElu);
    total.standbyReady &&= s.standbyReady;
  }
  return total;
}
