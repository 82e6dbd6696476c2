/**
 * Typed configuration of one config instance, with embedded defaults.
 * The process entry (main.ts) builds it from a JSON file / env; nothing else
 * reads the environment.
 */
import type { Operator } from './operators.ts';

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
}

export const DEFAULT_INSTANCE_CONFIG: InstanceConfig = {
  site: 'local',
  instanceId: 'c1',
  host: '127.0.0.1',
  port: 8700,
  store: { kind: 'sqlite', path: 'var/config-service.sqlite' },
  operators: [],
  fileTargets: [],
  clockOffsetThresholdMs: 50,
  staleAfterMs: 10_000,
  reportWriteIntervalMs: 2_000,
  commitTimeoutMs: 10_000,
  pushHeartbeatMs: 3_000,
  seedDefault: true,
  seedFleet: ['gw-1'],
  seedShowFile: null,
};

export const NATS_STORE_DEFAULTS = { bucket: 'show_config', gatewayBucket: 'show_gateways', replicas: 3, timeoutMs: 5_000 } as const;

export function instanceConfig(partial: Partial<InstanceConfig>): InstanceConfig {
  const c = { ...DEFAULT_INSTANCE_CONFIG, ...partial };
  if (c.store.kind === 'nats-kv') c.store = { ...NATS_STORE_DEFAULTS, ...c.store };
  if (!/^[A-Za-z0-9_-]+$/.test(c.site) || !/^[A-Za-z0-9_-]+$/.test(c.instanceId)) {
    throw new Error('site and instanceId must be letters, digits, _ or -');
  }
  return c;
}
