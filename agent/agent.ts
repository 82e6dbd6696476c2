/**
 * Assembles the local agent: proves the seed part is this machine's, opens its
 * state, links to the gateway (hello, config, pool status), feeds at the
 * constant rate, recycles returned money, runs the journal forwarder, and
 * serves /status and /metrics. A refused seed part (missing, corrupt, another
 * machine's) stops FEEDING only: the journal forwarder keeps running, since an
 * "ok" a phone got must reach the queue whatever happens to the seeds.
 */
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Logger } from '../common/logger.ts';
import { isShakeError } from '../common/errors.ts';
import { createAgentMetrics } from './admin/agent-metrics.ts';
import { Forwarding } from './forwarder/forwarding.ts';
import { createPublisher } from '../queue/factory.ts';
import type { QueuePublisher } from '../queue/types.ts';
import { validateAgentConfig, type AgentConfig } from './settings.ts';
import { AgentError, AgentErrorCode } from './errors.ts';
import { loadPart } from './part/load-part.ts';
import { openStateDb, type StateDb } from './state/schema.ts';
import { Meta } from './state/meta.ts';
import { PartCursor } from './state/part-cursor.ts';
import { PacketQueue } from './state/packet-queue.ts';
import { FeedLog } from './state/feed-log.ts';
import { IssuedReader } from './issued/issued-reader.ts';
import { MintedStore } from './recycle/minted-store.ts';
import { mergeRecyclerStats, Recycler } from './recycle/recycler.ts';
import { ConfigFileRelay } from './config-relay/config-relay.ts';
import { FeedStore } from './feed/feed-store.ts';
import { Feeder } from './feed/feeder.ts';
import { LinkClient } from './link/link-client.ts';
import { AgentAdminServer } from './admin/admin-http.ts';
import { MoneyForwarder } from './money/money-forwarder.ts';
import { serviceAuthHeaders } from '../common/service-auth.ts';

/** How long a clean stop waits for the FeedAck of the batch in flight. */
const FEED_SETTLE_ON_CLOSE_MS = 1000;

export interface Agent {
  readonly adminPort: number;
  /** Why feeding is refused (bad seed part, gateway refused the link), or null. */
  feedRefusal(): { code: string; message: string } | null;
  status(): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export async function startAgent(config: AgentConfig, logger: Logger): Promise<Agent> {
  const cfg = validateAgentConfig(config);
  const startedAt = Date.now();
  const eld = monitorEventLoopDelay({ resolution: 5 });
  eld.enable();
  let refusal: { code: string; message: string } | null = null;

  let publisher: QueuePublisher | null = null;
  let forwarder: Forwarding | null = null;
  // One money SET per source (index = SET); each keeps its own cursor, SET 0 the one of a single money service.
  const recycleSources = cfg.recycle.sourceUrls?.length ? cfg.recycle.sourceUrls : cfg.recycle.sourceUrl ? [cfg.recycle.sourceUrl] : [];
  const queueLag = recycleSources.length ? packetServiceQueueLag(recycleSources[0]) : undefined;
  mkdirSync(cfg.stateDir, { recursive: true });
  if (cfg.forwarder.journalPath && cfg.forwarder.queue) {
    publisher = await createPublisher(cfg.forwarder.queue, { serviceToken: cfg.serviceToken, logger });
    forwarder = new Forwarding({ journalPath: cfg.forwarder.journalPath, issuedDbPath: cfg.issuedDbPath, stateDir: cfg.stateDir, gatewayId: cfg.gatewayId },
      publisher, logger, queueLag);
    await forwarder.start();
  }

  let db: StateDb | null = null;
  let feeder: Feeder | null = null;
  let link: LinkClient | null = null;
  let recyclers: Recycler[] = [];
  let issued: IssuedReader | null = null;
  // Independent of seeds and the link: the gateway keeps receiving show versions by file even when feeding is refused.
  const relay = cfg.configRelay ? new ConfigFileRelay(cfg.configRelay, logger.child({ part: 'config-relay' })) : null;
  relay?.start();
  // The one service credential: the gateway's link hello and the money service's internal HTTP.
  const serviceToken = cfg.serviceToken;
  const money = cfg.money.endpoints.length > 0
    ? new MoneyForwarder({ endpoints: cfg.money.endpoints, seedSets: cfg.money.seedSets ?? undefined, serviceToken, logger: logger.child({ part: 'money' }), grabs: cfg.money.grabs, http: cfg.money.http })
    : null;
  try {
    const part = loadPart({ partPath: cfg.seedPartPath, manifestPath: cfg.manifestPath, machineId: cfg.machineId });
    db = openStateDb(cfg.stateDir);
    const meta = new Meta(db);
    const owned = meta.get('part_identity');
    if (owned && owned !== part.identity) {
      throw new AgentError(AgentErrorCode.STATE_PART_MISMATCH, `state dir ${cfg.stateDir} belongs to seed part ${owned}, not ${part.identity}`);
    }
    if (!owned) meta.set('part_identity', part.identity);
    issued = new IssuedReader(cfg.issuedDbPath);
    const minted = new MintedStore(db);
    const queue = new PacketQueue(db);
    const store = new FeedStore(db, part, meta, new PartCursor(db, part), queue, new FeedLog(db), minted, issued, logger);
    feeder = new Feeder({ cfg: cfg.feed, gatewayId: cfg.gatewayId, store, logger });
    const f = feeder;
    link = new LinkClient({ socketPath: cfg.socketPath, agentId: cfg.agentId, gatewayId: cfg.gatewayId, serviceToken: cfg.serviceToken, reconnectMs: cfg.link.reconnectMs, logger }, {
      onHello: (h) => f.onHello(h),
      onFeedAck: (b, a) => f.onFeedAck(b, a),
      onPool: (p) => f.onPool(p),
      onConfig: (v, j) => f.onConfig(v, j),
      onDisconnect: () => f.onDisconnect(),
      onRefused: (code, message) => {
        refusal = { code: AgentErrorCode.LINK_REFUSED, message: `${code}: ${message}` };
        void f.close();
      },
      onMoney: (req) => {
        if (!money) {
          link?.sendMoneyReply({ requestId: req.requestId, code: 'TRY_AGAIN_LATER', message: 'this agent has no money endpoint configured' });
          return;
        }
        // Memo and cap answers come back synchronously: no promise per storm request.
        const reply = money.handle(req);
        if (reply instanceof Promise) void reply.then((r) => link?.sendMoneyReply(r));
        else link?.sendMoneyReply(reply);
      },
    });
    feeder.link = link;
    feeder.start();
    link.start();
    const shared = { db, meta, part, queue, minted, store, logger, headers: serviceAuthHeaders(serviceToken) };
    recyclers = recycleSources.map((sourceUrl, set) => new Recycler({ ...cfg.recycle, ...shared, sourceUrl, cursorKey: set === 0 ? undefined : `recycle_cursor.set${set}` }));
    for (const r of recyclers) r.start();
    logger.info({ machineId: cfg.machineId, records: part.count, remaining: store.cursor.remaining(), queued: queue.length }, 'seed part verified; feeding when a round runs');
  } catch (e) {
    if (!isShakeError(e)) throw e;
    refusal = { code: e.code, message: e.message };
    logger.error({ code: e.code, machineId: cfg.machineId }, `feeding refused: ${e.message}`);
    db?.close();
    db = null;
  }

  const status = async (): Promise<Record<string, unknown>> => ({
    agentId: cfg.agentId, gatewayId: cfg.gatewayId, machineId: cfg.machineId, uptimeSec: Math.round((Date.now() - startedAt) / 1000),
    feedRefused: refusal,
    eventLoopDelayMs: { p99: eld.percentile(99) / 1e6, max: eld.max / 1e6 },
    link: link ? { connected: link.connected, connects: link.connects, lastError: link.lastError } : null,
    feed: feeder?.stats() ?? null,
    issuedTable: issued ? { available: issued.available(), error: issued.lastError } : null,
    recycle: mergeRecyclerStats(recyclers.map((r) => r.stats())),
    money: money ? { endpoints: cfg.money.endpoints, ...money.stats, memoAnswers: money.memoAnswers, http: money.httpStats() } : null,
    forwarder: forwarder ? await forwarder.stats() : null,
    configRelay: relay?.status() ?? null,
  });

  const metrics = createAgentMetrics(async () => ({
    refused: refusal !== null, linkConnected: link?.connected ?? false, feed: feeder?.stats() ?? null,
    recycle: mergeRecyclerStats(recyclers.map((r) => r.stats())), forwarder: forwarder ? await forwarder.stats() : null,
    money: money ? { ...money.stats, memoAnswers: money.memoAnswers, latency: money.latency.snapshot() } : null,
  }));
  const health = async () => {
    const s = await status() as { feed: { problem?: unknown } | null; feedRefused: unknown; forwarder: { lastError: unknown; queueHealthy?: boolean; backlog: number } | null; link: { connected: boolean } | null };
    const ok = !s.feed?.problem && (s.forwarder ? s.forwarder.lastError == null || s.forwarder.queueHealthy !== false : true);
    return { ok, agentId: cfg.agentId, link: s.link, feedRefused: s.feedRefused, feedProblem: s.feed?.problem ?? null, forwarderBacklog: s.forwarder?.backlog ?? null };
  };

  const admin = new AgentAdminServer({ health, status, metrics });
  const adminPort = await admin.listen(cfg.admin.host, cfg.admin.port);
  logger.info({ adminPort, agentId: cfg.agentId, gatewayId: cfg.gatewayId }, 'agent admin listening');

  return {
    adminPort,
    feedRefusal: () => refusal,
    status,
    close: async () => {
      eld.disable();
      relay?.stop();
      await feeder?.close(FEED_SETTLE_ON_CLOSE_MS);
      for (const r of recyclers) r.close();
      link?.close();
      money?.close();
      await admin.close();
      if (forwarder) await forwarder.close();
      if (publisher) await publisher.close();
      issued?.close();
      db?.close();
    },
  };
}

function packetServiceQueueLag(base: string): () => Promise<number> {
  return async () => {
    const res = await fetch(new URL('/health', base), { signal: AbortSignal.timeout(2000) });
    const body = (await res.json()) as { queueLag?: number | null };
    if (typeof body.queueLag !== 'number') throw new Error('no queueLag');
    return body.queueLag;
  };
}
