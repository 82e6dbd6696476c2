/**
 * Typed configuration of one config instance, with embedded defaults.
 * The process entry (main.ts) builds it from a JSON file / env; nothing else
 * reads the environment.
 */
import type { Operator } from './operators.ts';
import { DEV_SECRETS } from '../common/secrets.ts';
import { DEFAULT_HTTP_LIMITS, type HttpLimits } from '../common/http-guard.ts';
import { ShakeError } from '../common/errors.ts';
import { checkMoneySetList, type MoneySetEndpoint } from './money-set-list.ts';

export type StoreConfig =
  | { kind: 'sqlite'; path: string }
  | { kind: 'nats-kv'; servers: string[]; bucket: string; gatewayBucket: string; replicas: number; timeoutMs: number };

export interface InstanceConfig {
  site: string;
  instanceId: string;
  host: string;
  /** 0 = any free port (the chosen port is logged and returned). */
  port: number;
  store: StoreConfig;
  operators: Operator[];
  /** The service credential (SHAKE_SERVICE_TOKEN); gateways report with gatewayCredential(serviceToken, gatewayId). */
  serviceToken: string;
  /** Push (SSE) clients at most; more get 503 PUSH_CLIENTS_FULL and poll instead. */
  maxPushClients: number;
  /** Timeouts, body limit and connection cap of the HTTP API. */
  http: HttpLimits;
  /** Channel (b): gateway config directories this instance writes show.<site>-<instance>.json into. */
  fileTargets: string[];
  /** Offsets beyond this are flagged on the console. */
  clockOffsetThresholdMs: number;
  /** A gateway not heard from for this long is shown as stale. */
  staleAfterMs: number;
  reportWriteIntervalMs: number;
  /** A change retries this long while the replicated store is unavailable (leader election) before it is refused. */
  commitTimeoutMs: number;
  pushHeartbeatMs: number;
  /** Store the embedded default show as version 1 when the store is empty. */
  seedDefault: boolean;
  /** Gateway ids for the seeded default document's fleet. */
  seedFleet: string[];
  /**
   * A show document (JSON file) to store as version 1 instead of the embedded
   * default: a deployment writes the show it checked against its seed packets here.
   */
  seedShowFile: string | null;
  /** Moving a round that is running or starts within this many ms needs an explicit confirmation. */
  imminentWindowMs: number;
  /**
   * Sponsors the deployment holds seed packets for (from the seed split it
   * loaded); null = not known, so no unfed-round confirmation is asked.
   */
  heldSponsorIds: string[] | null;
  /** Base URLs of every config instance of both sites (this one included): the console fails over across them. */
  peers: string[];
  /** When on, a change to the rounds is prepared as a draft by one operator and published by another. */
  twoPersonRule: boolean;
  /**
   * The deployment's money SETs (each a packet-service process with its own HTTP API): the instance polls
   * each one's GET /health and shows them on the console, GET /api/money-sets and /metrics. Empty = none watched.
   */
  moneySets: MoneySetEndpoint[];
  /** How often each money SET is polled, and how long one poll may take before the SET counts as down. */
  moneySetPollIntervalMs: number;
  moneySetPollTimeoutMs: number;
  /** A money SET that answers but applies nothing while work waits for this long is shown as stalled. */
  moneySetStallAfterMs: number;
}

export const DEFAULT_INSTANCE_CONFIG: InstanceConfig = {
  site: 'local',
  instanceId: 'c1',
  host: '127.0.0.1',
  port: 8700,
  store: { kind: 'sqlite', path: 'var/config-service.sqlite' },
  operators: [],
  serviceToken: DEV_SECRETS.service,
  maxPushClients: 1024,
  // Each gateway holds one push connection: room for a fleet's share per instance, and then some.
  http: { ...DEFAULT_HTTP_LIMITS, maxConnections: 2048 },
  fileTargets: [],
  clockOffsetThresholdMs: 50,
  staleAfterMs: 10_000,
  reportWriteIntervalMs: 2_000,
  commitTimeoutMs: 10_000,
  pushHeartbeatMs: 3_000,
  seedDefault: true,
  seedFleet: ['gw-1'],
  seedShowFile: null,
  imminentWindowMs: 5 * 60_000,
  heldSponsorIds: null,
  peers: [],
  twoPersonRule: false,
  moneySets: [],
  moneySetPollIntervalMs: 2_000,
  moneySetPollTimeoutMs: 1_500,
  moneySetStallAfterMs: 10_000,
};

export const NATS_STORE_DEFAULTS = { bucket: 'show_config', gatewayBucket: 'show_gateways', replicas: 3, timeoutMs: 5_000 } as const;

/** The instance config with defaults filled in, checked; an invalid one throws CONFIG_INSTANCE_INVALID (the process refuses to start). */
export function instanceConfig(partial: Partial<InstanceConfig>): InstanceConfig {
  const c = { ...DEFAULT_INSTANCE_CONFIG, ...partial, http: { ...DEFAULT_INSTANCE_CONFIG.http, ...partial.http } };
  if (c.store.kind === 'nats-kv') c.store = { ...NATS_STORE_DEFAULTS, ...c.store };
  if (!/^[A-Za-z0-9_-]+$/.test(c.site) || !/^[A-Za-z0-9_-]+$/.test(c.instanceId)) {
    throw new ShakeError('CONFIG_INSTANCE_INVALID', 'site and instanceId must be letters, digits, _ or -');
  }
  c.moneySets = checkMoneySetList(c.moneySets);
  const poll = (v: number) => Number.isSafeInteger(v) && v > 0;
  if (!poll(c.moneySetPollIntervalMs) || !poll(c.moneySetPollTimeoutMs) || c.moneySetPollTimeoutMs >= c.moneySetPollIntervalMs) {
    // A poll that may outlast the interval would overlap the next one.
    throw new ShakeError('CONFIG_INSTANCE_INVALID', 'moneySetPollIntervalMs and moneySetPollTimeoutMs must be positive integers, the timeout below the interval');
  }
  if (!poll(c.moneySetStallAfterMs)) throw new ShakeError('CONFIG_INSTANCE_INVALID', 'moneySetStallAfterMs must be a positive integer');
  return c;
}
