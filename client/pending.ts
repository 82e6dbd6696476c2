/**
 * Requests sent and not yet answered, in send order, and one shared timer that
 * finds the ones waiting too long (a timer per request would cost too much at
 * drill rates). Replies come back in request order on one connection, so only
 * the oldest entry of each table needs checking.
 */
import type { ClientOp } from './codec.ts';

export interface PendingRequest {
  seq: number;
  op: ClientOp;
  frame: Uint8Array;
  /** When it was (re)sent, ms (client clock). */
  sentAtMs: number;
  attempts: number;
  resolve: (m: unknown) => void;
  reject: (e: Error) => void;
}

export interface TimeoutOwner {
  /** The oldest request waiting, if any. */
  oldestPending(): PendingRequest | undefined;
  timeoutMs: number;
  now(): number;
  onRequestTimeout(p: PendingRequest): void;
}

const owners = new Set<TimeoutOwner>();
let sweeper: ReturnType<typeof setInterval> | null = null;
const SWEEP_MS = 250;

function sweep(): void {
  for (const o of owners) {
    const p = o.oldestPending();
    if (p && o.now() - p.sentAtMs > o.timeoutMs) o.onRequestTimeout(p);
  }
}

export function watchTimeouts(o: TimeoutOwner): void {
  owners.add(o);
  if (!sweeper) {
    sweeper = setInterval(sweep, SWEEP_MS);
    (sweeper as { unref?: () => void }).unref?.();
  }
}

export function unwatchTimeouts(o: TimeoutOwner): void {
  owners.delete(o);
  if (owners.size === 0 && sweeper) {
    clearInterval(sweeper);
    sweeper = null;
  }
}
