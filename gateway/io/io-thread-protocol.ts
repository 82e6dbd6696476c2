/** What the main thread and an extra IO thread (io-thread.ts) hand each other. */
import type { GatewayConfig } from '../config.ts';
import type { IoLanes } from '../lanes.ts';
import type { IoStats } from './io-server.ts';
import type { GateStats } from '../overload/reply-gate.ts';

export interface IoThreadData {
  config: GatewayConfig;
  lanes: IoLanes;
  /** IO threads of the gateway (each admits its share of the upgrade rate). */
  ioThreads: number;
  /** The journal thread's replies for this IO thread's connections. */
  durableReplies: SharedArrayBuffer;
  /** Gateway-wide open connection count. */
  connections: SharedArrayBuffer;
  /** The load monitor's published limit and tier intervals (OverloadShared). */
  overload: SharedArrayBuffer;
  host: string;
  /** The port IO thread 0 listens on (shared with SO_REUSEPORT). */
  port: number;
  reportIntervalMs: number;
}

export type PacingReport = (GateStats & { latencyCounts: number[] }) | null;

export type IoThreadMessage =
  | { type: 'listening'; port: number }
  | { type: 'failed'; message: string }
  | { type: 'stats'; stats: IoStats; pacing: PacingReport; connectsRateLimited: number };
