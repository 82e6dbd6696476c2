/** Messages between the drill runner and its phone workers. */
import type { SerializedHistogram } from '../lib/histogram.ts';
import type { resolvedPhases } from './scenario.ts';

export interface WorkerInit {
  runId: string;
  firstUser: number;
  count: number;
  gatewayUrls: string[];
  authSecret: string;
  localAddresses: string[];
  maxInFlightPerPhone: number;
  openFraction: number;
  shareFraction: number;
  /** This worker's fraction of the global shake rate. */
  rateShare: number;
}

/** One second of one worker. */
export interface WorkerTick {
  sec: number;
  sent: number;
  ok: number;
  /** Failed requests by code (gateway ErrorReply codes, CLIENT_* codes). */
  failed: Record<string, number>;
  /** Replies by shake.v1.Outcome and NoPacketReason. */
  outcomes: Record<number, number>;
  reasons: Record<number, number>;
  won: number;
  opened: number;
  shared: number;
  opFailed: number;
  sharedPackets: string[];
  busy: number;
  timeouts: number;
  disconnects: number;
  connectFailures: number;
  /** Scheduled shakes not sent: phone at its in-flight limit / not connected, or its tier forbids it now. */
  suppressedInFlight: number;
  suppressedTier: number;
  unsent: number;
  /** Phones per rate-limit tier at the end of the second. */
  tiers: Record<number, number>;
  connected: number;
  inFlight: number;
  latency: SerializedHistogram | null;
}

export function emptyTick(sec: number): WorkerTick {
  return {
    sec, sent: 0, ok: 0, failed: {}, outcomes: {}, reasons: {}, won: 0, opened: 0, shared: 0, opFailed: 0, sharedPackets: [],
    busy: 0, timeouts: 0, disconnects: 0, connectFailures: 0, suppressedInFlight: 0, suppressedTier: 0, unsent: 0, tiers: {},
    connected: 0, inFlight: 0, latency: null,
  };
}

export interface WonRecord { packetId: string; userId: string; sponsorId: string; gateway: string }
export interface AckRecord { operationId: string; userId: string; packetId: string; kind: 'open' | 'share' }

export type ToWorker =
  | { type: 'start'; startAtMs: number; durationMs: number; phases: ReturnType<typeof resolvedPhases> }
  | { type: 'close' };

export type FromWorker =
  | { type: 'connected'; connected: number; failed: number; firstError?: string }
  | { type: 'tick'; tick: WorkerTick }
  | { type: 'final'; won: WonRecord[]; acks: AckRecord[]; stats: { reconnects: number; resent: number } }
  | { type: 'closed' };
