/**
 * Time each request spends inside the gateway, from its frame arriving in
 * the IO thread to its reply being handed to the socket, by kind of request:
 * a shake's answer, an open/share acknowledgement (sent once the journal made
 * it durable), a grab's answer (a round trip to the money service through the
 * agent), anything else. Recorded on the IO thread into fixed buckets
 * (common/metrics/latency.ts); the main thread sums the threads at scrape time.
 * Arrival times sit in a small table by request id; a slot reused before its
 * reply came (more requests in flight than slots) loses that one sample, never
 * a reply.
 */
import { addLatency, LatencyRecorder, type LatencySnapshot } from '../../common/metrics/index.ts';

export const REQUEST_KINDS = ['shake', 'open_share', 'grab', 'other'] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];
export const RequestKindIndex = { shake: 0, openShare: 1, grab: 2, other: 3 } as const;

export type ReplyLatencySnapshot = Record<RequestKind, LatencySnapshot>;

/** Requests in flight per IO thread whose arrival is remembered (2 × 4 bytes each). */
const ARRIVAL_SLOTS = 1 << 16;

export class ReplyLatency {
  private readonly slotReq = new Uint32Array(ARRIVAL_SLOTS);
  /** Arrival in µs of performance.now(), modulo 2^32 (differences stay right for 71 minutes). */
  private readonly slotUs = new Uint32Array(ARRIVAL_SLOTS);
  private readonly recorders = REQUEST_KINDS.map(() => new LatencyRecorder());

  arrived(reqId: number, nowMs: number): void {
    const i = reqId & (ARRIVAL_SLOTS - 1);
    this.slotReq[i] = reqId;
    this.slotUs[i] = nowMs * 1000;
  }

  /** `kind`: a RequestKindIndex value. */
  replied(reqId: number, kind: number, nowMs: number): void {
    const i = reqId & (ARRIVAL_SLOTS - 1);
    if (this.slotReq[i] !== reqId) return;
    this.slotReq[i] = 0;
    const elapsedUs = (((nowMs * 1000) >>> 0) - this.slotUs[i]) >>> 0;
    this.recorders[kind].record(elapsedUs / 1e6);
  }

  snapshot(): ReplyLatencySnapshot {
    return Object.fromEntries(REQUEST_KINDS.map((k, i) => [k, this.recorders[i].snapshot()])) as ReplyLatencySnapshot;
  }
}

/** Two threads' latencies together. */
export function sumReplyLatency(a: ReplyLatencySnapshot, b: ReplyLatencySnapshot): ReplyLatencySnapshot {
  return Object.fromEntries(REQUEST_KINDS.map((k) => [k, addLatency(a[k], b[k])])) as ReplyLatencySnapshot;
}
