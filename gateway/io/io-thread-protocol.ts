/** What the main thread and an extra IO thread (io-thread.ts) hand each other. */
import type { GatewayConfig } from '../settings.ts';
import type { IoLanes } from '../lanes.ts';
import type { IoStats } from './io-server.ts';
import type { GateStats } from '../overload/reply-gate.ts';
import type { ReplyLatencySnapshot } from './reply-latency.ts';

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

/** IO thread -> main thread. */
export type IoThreadMessage =
  | { type: 'listening'; port: number }
  | { type: 'user-opened'; userId: string; connId: number }
  | { type: 'user-closed'; userId: string; connId: number }
  | { type: 'failed'; message: string }
  | { type: 'stats'; stats: IoStats; pacing: PacingReport; connectsRateLimited: number; latency: ReplyLatencySnapshot };

/** Main thread -> IO thread. */
export type ToIoThread =
  | { type: 'close' }
  /** A reply the main thread makes (money, resources) for a request of this thread. */
  | { type: 'deliver'; connId: number; reqId: number; bytes: Uint8Array; flags: number }
  | { type: 'broadcast'; bytes: Uint8Array }
  /** The user of this connection opened a newer one elsewhere over the per-user cap. */
  | { type: 'replace'; connId: number };
