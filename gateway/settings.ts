/**
 * The gateway's deployment config: one typed object, validated once at the
 * entry point and passed down. Env overrides are applied only in main.ts.
 */
import { ShakeError } from '../common/errors.ts';
import { MAX_IO_THREADS, MAX_LOGIC_WORKERS } from './shared-layout.ts';
import { DEV_SECRETS } from '../common/secrets.ts';
import { checkOverloadConfig, defaultOverloadConfig, type OverloadConfig } from './overload/config.ts';

export interface GatewayConfig {
  gatewayId: string;
  host: string;
  /** WebSocket port; 0 picks a free one (tests). */
  wsPort: number;
  /** Admin HTTP port; default wsPort + 1. */
  adminPort: number;
  adminHost: string;
  /** HMAC secret of phone user tokens. */
  authSecret: string;
  /**
   * The service credential (SHAKE_SERVICE_TOKEN): required on the admin's POSTs,
   * sent in the agent's hello, and the key of this gateway's config-service credential.
   */
  serviceToken: string;
  limits: {
    /** Largest client frame accepted; larger frames close the connection (1009). */
    maxFrameBytes: number;
    /** Requests a connection may have waiting for replies; more get a Busy reply. */
    maxInFlightPerConnection: number;
    /** Busy replies in a row after which a flooding connection is closed. */
    maxConsecutiveRejects: number;
    idleTimeoutSec: number;
    /** Bytes a slow reader may have buffered before the connection is closed. */
    maxBackpressureBytes: number;
    /** Connections above this are refused at the upgrade. */
    maxConnections: number;
    /** Connections one user may hold on this gateway process; a newer one closes the oldest (4001 USER_CONNECTION_REPLACED). */
    maxConnectionsPerUser: number;
  };
  rings: {
    /** Bytes per request ring (IO -> logic), power of two. */
    requestRingBytes: number;
    /** Bytes per reply ring (logic -> IO), power of two. */
    replyRingBytes: number;
    /** Retry hint sent to phones when the request ring is full. */
    busyRetryAfterMs: number;
    /**
     * Hand-offs between threads while work keeps coming: a consumer naps this
     * long between looks instead of being woken per hand-off (ring/spsc-ring.ts
     * NapPolicy); 0 = always woken.
     * - `journal`: also the least time between two commits (fsyncs) while
     *   entries keep coming. A commit costs the journal thread ~150 µs of CPU
     *   on the 2-core VM (fsync and SQLite's commit, half of it in the kernel)
     *   whatever its size, and each commit wakes the IO thread once: one per
     *   entry at 2k/s was most of a durable op's cost. 2 ms bounds that to 500
     *   commits/s and adds at most 2 ms to an "ok" (docs/BENCHMARKS.md).
     * - `logic`: between batches of any request. Off: for shakes a nap is
     *   latency and, in a closed loop, lost throughput.
     * - `logicAwaitingCommit`: between batches while opens/shares the worker
     *   queued await their commit (their replies wait for the journal's
     *   cadence anyway): the IO thread then skips a notify (a syscall and a
     *   cross-core wake-up) per request.
     */
    napMs: { logic: number; journal: number; logicAwaitingCommit: number };
    /** After this long without work a consumer parks and is woken again (costs nothing idle). */
    idleAfterMs: number;
  };
  /**
   * IO threads (each a uWS app on the shared port) and logic workers (each
   * deciding its share of the users); 0 = from the core count (gateway/threads.ts:
   * 1 x 1 on 2 cores, about cores/2 x cores/4 above).
   */
  threads: { io: number; logic: number };
  logic: {
    /** How long an old logic generation may take to hand over before it is terminated. */
    drainTimeoutMs: number;
    /** Expose POST /admin/fault/* for crash drills. Never on in production. */
    allowFaultInjection: boolean;
  };
  /** Root of local state; this gateway uses <dataDir>/<gatewayId>/ (issued.db, journal.db, agent.sock). */
  dataDir: string;
  /** HMAC secrets shared by all gateways of a deployment. */
  secrets: { capCookie: string; packetToken: string };
  packets: {
    /** How long a won packet can be opened or shared. */
    ttlMs: number;
    /** Most packets the pool holds; the agent never feeds beyond it. */
    poolCapacity: number;
  };
  /** Show config to start with until a newer one arrives (null = the embedded demo show). */
  showConfigFile: string | null;
  capsFeed: { kind: 'local' } | { kind: 'nats'; servers: string[]; stream: string; subject: string; replicas: number };
  /** The three config channels (push, file, poll); all empty = the gateway runs on its start config. */
  configChannels: {
    /** Directory the config instances write show files into (channel b); null = <dataDir>/<gatewayId>/config. */
    configDir: string | null;
    /** Config instances to poll (channel c) and hold push connections to (channel a). */
    instanceUrls: string[];
    pollIntervalMs: number;
  };
  /** Unix socket of the agent link; null = <dataDir>/<gatewayId>/agent.sock. */
  agentSocketPath: string | null;
  /** NTP servers the clock is measured against (chrony); empty = trust the machine clock. */
  ntp: { servers: { host: string; port: number }[]; intervalMs: number; thresholdMs: number };
  /** Load tiers, pacing and admission (gateway/overload/README.md); the tiers themselves come from the show config. */
  overload: OverloadConfig;
  /** Phones' grab / balance / detail, answered by the money service through the agent (gateway/money/). */
  money: {
    /** A request not answered within this gets TRY_AGAIN_LATER (the protocol promises an answer within 250 ms). */
    deadlineMs: number;
    /** retry_after_ms sent with TRY_AGAIN_LATER. */
    retryAfterMs: number;
    /**
     * Money requests waiting for the agent at once; past it a request is answered
     * TRY_AGAIN_LATER at once, so a grab storm holds bounded memory here and in the agent.
     */
    maxInFlight: number;
  };
}

export function defaultGatewayConfig(): GatewayConfig {
  return {
    gatewayId: 'gw-1',
    host: '127.0.0.1',
    wsPort: 8080,
    adminPort: 8081,
    adminHost: '127.0.0.1',
    authSecret: DEV_AUTH_SECRET,
    serviceToken: DEV_SECRETS.service,
    limits: {
      maxFrameBytes: 4096,
      maxInFlightPerConnection: 32,
      maxConsecutiveRejects: 256,
      idleTimeoutSec: 120,
      maxBackpressureBytes: 256 * 1024,
      maxConnections: 19_000,
      maxConnectionsPerUser: 3,
    },
    rings: { requestRingBytes: 1 << 22, replyRingBytes: 1 << 22, busyRetryAfterMs: 200, napMs: { logic: 0, journal: 2, logicAwaitingCommit: 1 }, idleAfterMs: 20 },
    threads: { io: 0, logic: 0 },
    logic: { drainTimeoutMs: 2000, allowFaultInjection: false },
    dataDir: 'var/gateways',
    secrets: { capCookie: DEV_COOKIE_SECRET, packetToken: DEV_PACKET_SECRET },
    // ttlMs is the share window: the money side recycles an unshared split amount some minutes after it.
    packets: { ttlMs: 30 * 60_000, poolCapacity: 20_000 },
    showConfigFile: null,
    capsFeed: { kind: 'local' },
    configChannels: { configDir: null, instanceUrls: [], pollIntervalMs: 1000 },
    agentSocketPath: null,
    ntp: { servers: [], intervalMs: 16_000, thresholdMs: 50 },
    overload: defaultOverloadConfig(),
    money: { deadlineMs: 150, retryAfterMs: 1000, maxInFlight: 512 },
  };
}

/** The documented development secrets (common/secrets.ts): the process entry refuses them outside the development profile. */
export const DEV_AUTH_SECRET = DEV_SECRETS.auth;
export const DEV_COOKIE_SECRET = DEV_SECRETS.cookie;
export const DEV_PACKET_SECRET = DEV_SECRETS.packet;

const pow2 = (n: number) => Number.isInteger(n) && n >= 1024 && (n & (n - 1)) === 0;

export function validateGatewayConfig(c: GatewayConfig): GatewayConfig {
  const errors: string[] = [];
  const check = (ok: boolean, path: string, reason: string) => { if (!ok) errors.push(`${path}: ${reason}`); };
  const port = (n: number) => Number.isInteger(n) && n >= 0 && n <= 65535;
  check(/^[A-Za-z0-9_-]{1,32}$/.test(c.gatewayId), 'gatewayId', 'must be 1-32 chars of [A-Za-z0-9_-]');
  check(port(c.wsPort), 'wsPort', 'must be a port number');
  check(port(c.adminPort), 'adminPort', 'must be a port number');
  check(typeof c.authSecret === 'string' && c.authSecret.length >= 16, 'authSecret', 'must be at least 16 characters');
  check(typeof c.serviceToken === 'string' && c.serviceToken.length >= 16, 'serviceToken', 'must be at least 16 characters');
  check(Number.isInteger(c.limits.maxFrameBytes) && c.limits.maxFrameBytes >= 64 && c.limits.maxFrameBytes <= 1 << 20, 'limits.maxFrameBytes', 'must be 64..1048576');
  check(Number.isInteger(c.limits.maxInFlightPerConnection) && c.limits.maxInFlightPerConnection >= 1, 'limits.maxInFlightPerConnection', 'must be >= 1');
  check(Number.isInteger(c.limits.maxConsecutiveRejects) && c.limits.maxConsecutiveRejects >= 1, 'limits.maxConsecutiveRejects', 'must be >= 1');
  check(Number.isInteger(c.limits.idleTimeoutSec) && c.limits.idleTimeoutSec >= 0, 'limits.idleTimeoutSec', 'must be >= 0');
  check(Number.isInteger(c.limits.maxConnections) && c.limits.maxConnections >= 1, 'limits.maxConnections', 'must be >= 1');
  const threads = (n: number, max: number) => Number.isInteger(n) && n >= 0 && n <= max;
  check(threads(c.threads?.io, MAX_IO_THREADS), 'threads.io', `must be 0 (from the core count) .. ${MAX_IO_THREADS}`);
  check(threads(c.threads?.logic, MAX_LOGIC_WORKERS), 'threads.logic', `must be 0 (from the core count) .. ${MAX_LOGIC_WORKERS}`);
  check(Number.isInteger(c.limits.maxConnectionsPerUser) && c.limits.maxConnectionsPerUser >= 1, 'limits.maxConnectionsPerUser', 'must be >= 1');
  check(pow2(c.rings.requestRingBytes), 'rings.requestRingBytes', 'must be a power of two >= 1024');
  check(pow2(c.rings.replyRingBytes), 'rings.replyRingBytes', 'must be a power of two >= 1024');
  const nap = (n: number) => typeof n === 'number' && n >= 0 && n <= 10;
  check(nap(c.rings.napMs?.logic) && nap(c.rings.napMs?.journal) && nap(c.rings.napMs?.logicAwaitingCommit), 'rings.napMs', 'logic, journal and logicAwaitingCommit must be 0..10 ms');
  check(Number.isFinite(c.rings.idleAfterMs) && c.rings.idleAfterMs >= 0, 'rings.idleAfterMs', 'must be >= 0');
  check(c.rings.requestRingBytes / 2 > c.limits.maxFrameBytes + 256, 'rings.requestRingBytes', 'must hold at least two max-size frames');
  check(typeof c.dataDir === 'string' && c.dataDir.length > 0, 'dataDir', 'must be a directory path');
  check(typeof c.secrets?.capCookie === 'string' && c.secrets.capCookie.length >= 16, 'secrets.capCookie', 'must be at least 16 characters');
  check(typeof c.secrets?.packetToken === 'string' && c.secrets.packetToken.length >= 16, 'secrets.packetToken', 'must be at least 16 characters');
  check(Number.isInteger(c.packets?.ttlMs) && c.packets.ttlMs > 0, 'packets.ttlMs', 'must be a positive integer');
  check(Number.isInteger(c.packets?.poolCapacity) && c.packets.poolCapacity >= 1 && c.packets.poolCapacity <= 1_000_000, 'packets.poolCapacity', 'must be 1..1000000');
  check(c.showConfigFile === null || typeof c.showConfigFile === 'string', 'showConfigFile', 'must be a path or null');
  check(c.capsFeed?.kind === 'local' || (c.capsFeed?.kind === 'nats' && Array.isArray(c.capsFeed.servers) && c.capsFeed.servers.length > 0), 'capsFeed', "must be {kind:'local'} or {kind:'nats', servers:[...]}");
  check(Array.isArray(c.configChannels?.instanceUrls) && c.configChannels.instanceUrls.every((u) => /^https?:\/\//.test(u)), 'configChannels.instanceUrls', 'must be http(s) URLs');
  check(Number.isInteger(c.configChannels?.pollIntervalMs) && c.configChannels.pollIntervalMs >= 50, 'configChannels.pollIntervalMs', 'must be >= 50');
  check(Array.isArray(c.ntp?.servers) && c.ntp.servers.every((s) => typeof s.host === 'string' && Number.isInteger(s.port)), 'ntp.servers', 'must be [{host, port}]');
  checkOverloadConfig(c.overload, errors);
  check(Number.isInteger(c.money?.deadlineMs) && c.money.deadlineMs >= 10 && c.money.deadlineMs <= 240, 'money.deadlineMs', 'must be 10..240 (answers within 250 ms)');
  check(Number.isInteger(c.money?.retryAfterMs) && c.money.retryAfterMs >= 1, 'money.retryAfterMs', 'must be >= 1');
  check(Number.isInteger(c.money?.maxInFlight) && c.money.maxInFlight >= 1 && c.money.maxInFlight <= 100_000, 'money.maxInFlight', 'must be 1..100000');
  if (errors.length) throw new ShakeError('GATEWAY_CONFIG_INVALID', `invalid gateway config: ${errors.join('; ')}`, { errors });
  return c;
}
