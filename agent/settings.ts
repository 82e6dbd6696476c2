/**
 * The agent's deployment config: one typed object with embedded defaults,
 * validated once. Env overrides are applied only in main.ts. The show config
 * (rounds, rates, fleet weights) is NOT here: it comes from the gateway over the IPC.
 */
import { DEV_SECRETS } from '../common/secrets.ts';
import type { ConfigRelayConfig } from './config-relay/config-relay.ts';
import path from 'node:path';
import type { QueueConfig } from '../queue/config.ts';
import { AgentError, AgentErrorCode } from './errors.ts';
import { DEFAULT_GRAB_PATH, type GrabPathSettings } from './money/money-forwarder.ts';
import { DEFAULT_MONEY_HTTP, type MoneyHttpOptions } from './money/money-http.ts';

export interface AgentConfig {
  agentId: string;
  /** The gateway this agent serves (checked by the gateway in the hello). */
  gatewayId: string;
  /** This machine's name in the seed manifest (default: gatewayId). */
  machineId: string;
  /** The gateway's agent-link Unix socket. */
  socketPath: string;
  /** The service credential (SHAKE_SERVICE_TOKEN, set by main.ts from the environment): sent in the agent-link hello. */
  serviceToken: string;
  seedPartPath: string;
  /** manifest.json of the split the part comes from (proves the part is this machine's). */
  manifestPath: string;
  /** Agent state (agent.db, forwarder.db). */
  stateDir: string;
  /** The gateway's issued-packets table: <dataDir>/<gatewayId>/issued.db. */
  issuedDbPath: string;
  feed: {
    /** Longest sleep between feed checks (packets are sent at their due time, which may be sooner). */
    tickMs: number;
    /** Feed only while the pool holds fewer than this (also bounded by the pool's capacity). */
    poolTargetLevel: number;
    /**
     * A release slot not used within this after its due time (a stall, the pool full) is dropped.
     * Within it, late slots are caught up — never faster than the 100 ms window ceiling allows, and
     * never into the next second (each second's count stays its own).
     */
    maxLateMs: number;
    /** The slots of a second are spread over its first (1000 − endGuardMs) ms (a stall cannot push one into the next second). */
    endGuardMs: number;
    /** At most windowFactor × the per-machine share in any 100 ms (sliding) window. */
    windowFactor: number;
    /** The 100 ms ceiling is enforced over 100 + windowMarginMs, absorbing that much delivery jitter. */
    windowMarginMs: number;
    maxBatchPackets: number;
  };
  link: { reconnectMs: number };
  admin: { host: string; port: number };
  recycle: {
    /** packet-service base URL (GET /recycled, GET /health); null: no recycling (or sourceUrls). */
    sourceUrl: string | null;
    /** With several money SETs: every SET's base URL (index = SET), each polled with its own cursor; replaces sourceUrl when not empty. */
    sourceUrls?: string[];
    pollIntervalMs: number;
    pageLimit: number;
  };
  money: {
    /**
     * Money service base URLs phones' grab / balance / detail go to, one per money SET
     * (index = SET; routed by agent/money/route.ts); empty: phones are told to try again later.
     */
    endpoints: string[];
    /** The seed SET count pinned at deployment (contracts/sets.ts); null: one per endpoint. */
    seedSets: number | null;
    /** Grab storm defences: per-packet cap of grabs in flight, the memo's bounds (agent/money/money-forwarder.ts). */
    grabs?: GrabPathSettings;
    /** Pipelined connections to each money endpoint (agent/money/money-http.ts). */
    http?: MoneyHttpOptions;
  };
  forwarder: {
    /** The gateway's open/share journal (SQLite); null: no forwarding. */
    journalPath: string | null;
    queue: QueueConfig | null;
  };
  /** Channel (b) across machines: fetch each show version from the config sites into the gateway's config dir; null: off. */
  configRelay: ConfigRelayConfig | null;
}

export function defaultAgentConfig(): AgentConfig {
  return {
    agentId: 'agent-gw-1',
    gatewayId: 'gw-1',
    machineId: 'gw-1',
    socketPath: 'var/gateways/gw-1/agent.sock',
    serviceToken: DEV_SECRETS.service,
    seedPartPath: 'var/seeds/gw-1.seed',
    manifestPath: 'var/seeds/manifest.json',
    stateDir: 'var/agents/gw-1',
    issuedDbPath: 'var/gateways/gw-1/issued.db',
    feed: { tickMs: 10, poolTargetLevel: 200, maxLateMs: 1000, endGuardMs: 20, windowFactor: 1.15, windowMarginMs: 10, maxBatchPackets: 1000 },
    link: { reconnectMs: 200 },
    admin: { host: '127.0.0.1', port: 8090 },
    recycle: { sourceUrl: null, sourceUrls: [], pollIntervalMs: 1000, pageLimit: 1000 },
    money: { endpoints: [], seedSets: null, grabs: DEFAULT_GRAB_PATH, http: DEFAULT_MONEY_HTTP },
    forwarder: { journalPath: null, queue: null },
    configRelay: null,
  };
}

/** The gateway's files under its data dir: the layout both sides share. */
export { gatewayPaths } from '../contracts/disk/gateway-files.ts';

export function validateAgentConfig(c: AgentConfig): AgentConfig {
  const errors: string[] = [];
  const check = (ok: boolean, field: string, why: string) => { if (!ok) errors.push(`${field}: ${why}`); };
  const str = (v: unknown) => typeof v === 'string' && v.length > 0;
  const int = (v: unknown, min: number) => Number.isInteger(v) && (v as number) >= min;
  check(/^[A-Za-z0-9_-]{1,32}$/.test(c.gatewayId), 'gatewayId', 'must be 1-32 chars of [A-Za-z0-9_-]');
  for (const f of ['agentId', 'machineId', 'socketPath', 'seedPartPath', 'manifestPath', 'stateDir', 'issuedDbPath'] as const) check(str(c[f]), f, 'required');
  check(Buffer.byteLength(path.resolve(c.socketPath ?? '')) < 104, 'socketPath', 'too long for a Unix socket (< 104 bytes)');
  check(int(c.feed.tickMs, 1) && c.feed.tickMs <= 1000, 'feed.tickMs', 'must be 1..1000');
  check(int(c.feed.poolTargetLevel, 1), 'feed.poolTargetLevel', 'must be >= 1');
  check(int(c.feed.maxLateMs, 1), 'feed.maxLateMs', 'must be >= 1');
  check(Number.isInteger(c.feed.endGuardMs) && c.feed.endGuardMs >= 0 && c.feed.endGuardMs <= 100, 'feed.endGuardMs', 'must be 0..100');
  check(Number.isInteger(c.feed.windowMarginMs) && c.feed.windowMarginMs >= 0 && c.feed.windowMarginMs <= 50, 'feed.windowMarginMs', 'must be 0..50');
  check(typeof c.feed.windowFactor === 'number' && c.feed.windowFactor >= 1, 'feed.windowFactor', 'must be >= 1');
  check(int(c.feed.maxBatchPackets, 1) && c.feed.maxBatchPackets <= 10_000, 'feed.maxBatchPackets', 'must be 1..10000');
  check(int(c.link.reconnectMs, 1), 'link.reconnectMs', 'must be >= 1');
  check(int(c.admin.port, 0) && c.admin.port <= 65535, 'admin.port', 'must be a port (0 = any)');
  check(c.recycle.sourceUrl === null || /^https?:\/\//.test(c.recycle.sourceUrl), 'recycle.sourceUrl', 'must be an http(s) URL or null');
  check(int(c.recycle.pollIntervalMs, 10), 'recycle.pollIntervalMs', 'must be >= 10');
  check(int(c.recycle.pageLimit, 1) && c.recycle.pageLimit <= 10_000, 'recycle.pageLimit', 'must be 1..10000');
  check(Array.isArray(c.money?.endpoints) && c.money.endpoints.every((u) => /^https?:\/\//.test(u)), 'money.endpoints', 'must be http(s) URLs');
  check(c.money.seedSets === null || c.money.seedSets === undefined || (int(c.money.seedSets, 1) && c.money.seedSets <= c.money.endpoints.length), 'money.seedSets', 'must be 1..endpoints');
  const g = c.money.grabs;
  check(g === undefined || (int(g.inFlightPerPacket, 1) && int(g.memo?.packetsKept, 1) && int(g.memo?.grabsPerPacket, 1)), 'money.grabs', 'inFlightPerPacket, memo.packetsKept and memo.grabsPerPacket must be >= 1');
  const h = c.money.http;
  check(h === undefined || (int(h.connections, 1) && h.connections <= 64 && int(h.maxInFlightPerConnection, 1) && int(h.maxQueued, 0)), 'money.http', 'connections 1..64, maxInFlightPerConnection >= 1, maxQueued >= 0');
  check(c.recycle.sourceUrls === undefined || (Array.isArray(c.recycle.sourceUrls) && c.recycle.sourceUrls.every((u) => /^https?:\/\//.test(u))), 'recycle.sourceUrls', 'must be http(s) URLs');
  check((c.forwarder.journalPath === null) === (c.forwarder.queue === null), 'forwarder', 'journalPath and queue go together');
  if (errors.length) throw new AgentError(AgentErrorCode.CONFIG_INVALID, `invalid agent config: ${errors.join('; ')}`, { errors });
  return c;
}
