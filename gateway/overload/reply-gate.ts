/**
 * Where the IO layer passes each reply before sending it: shakes are paced
 * (see pacer.ts) and early ones held; any reply of a connection that has held
 * replies waits behind them, so replies keep request order. Held replies sit
 * in a per-connection FIFO; a heap holds one entry per connection with held
 * replies (its head's due time) and one timer serves them all.
 */
import { HoldQueue } from './hold-queue.ts';
import { paceShake, type PaceState, type PacingRules } from './pacer.ts';
import { LatencyBuckets } from './latency-buckets.ts';

export interface HeldReply {
  bytes: Uint8Array;
  flags: number;
  dueMs: number;
}

/** The per-connection state the gate needs (the IO layer's connection object carries it). */
export interface GatedConn extends PaceState {
  held: HeldReply[] | null;
  /** Set once the gate decided to close the connection. */
  closing: boolean;
}

export interface GateLimits {
  /** Interval enforced now (ms; 0 = none). */
  intervalNow(): number;
  /** Interval of a tier in the current table (tier 0 = the tier-0 interval). */
  intervalOfTier(tier: number): number;
}

export type GateDecision = 'now' | 'held' | 'close';

export interface GateStats {
  delayedReplies: number;
  heldNow: number;
  pacingClosed: number;
}

export class ReplyGate<C extends GatedConn> {
  private readonly heap = new HoldQueue<C>();
  private timer: NodeJS.Timeout | null = null;
  private timerDueMs = Infinity;
  readonly stats: GateStats = { delayedReplies: 0, heldNow: 0, pacingClosed: 0 };
  /** Arrival to send of replies sent at once (not held): the gateway's own latency. */
  readonly latency = new LatencyBuckets();

  constructor(
    private readonly rules: PacingRules,
    private readonly limits: GateLimits,
    /** Sends released replies of one connection (in order). */
    private readonly release: (c: C, replies: HeldReply[]) => void,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /**
   * Decides one reply. `shake`: it answers a shake; `told`: 0 or the tier + 1
   * whose limit the reply carries; `arrivalMs`: when its request arrived.
   * 'held': the gate keeps it; 'close': send it (after `takeHeld(c)`), then close.
   */
  offer(c: C, bytes: Uint8Array, flags: number, shake: boolean, told: number, arrivalMs: number): GateDecision {
    if (c.closing) return 'close';
    const now = this.now();
    let due = now;
    if (shake) {
      const toldMs = told > 0 ? this.limits.intervalOfTier(told - 1) : 0;
      const v = paceShake(c, this.rules, arrivalMs, now, this.limits.intervalNow(), toldMs);
      if (v.kind === 'close') {
        c.closing = true;
        this.stats.pacingClosed++;
        return 'close';
      }
      if (v.early) this.stats.delayedReplies++;
      due = v.releaseMs;
    }
    const q = c.held;
    if (q && q.length) {
      // Copied: the bytes may be a view into the reply ring, reused once the pass commits.
      q.push({ bytes: bytes.slice(), flags, dueMs: Math.max(due, q[q.length - 1].dueMs) });
      this.stats.heldNow++;
      return 'held';
    }
    if (due <= now + 1) {
      this.latency.record(now - arrivalMs);
      return 'now';
    }
    c.held = [{ bytes: bytes.slice(), flags, dueMs: due }];
    this.stats.heldNow++;
    this.heap.push(due, c);
    this.arm(due);
    return 'held';
  }

  /** Removes and returns what a connection has held (to send before closing it). */
  takeHeld(c: C): HeldReply[] {
    const q = c.held ?? [];
    c.held = null;
    this.stats.heldNow -= q.length;
    return q;
  }

  /** The connection closed: drop what it had held. */
  forget(c: C): void {
    this.takeHeld(c);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.timerDueMs = Infinity;
  }

  private arm(dueMs: number): void {
    if (dueMs >= this.timerDueMs) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerDueMs = dueMs;
    this.timer = setTimeout(this.fire, Math.max(1, Math.ceil(dueMs - this.now())));
    this.timer.unref();
  }

  private readonly fire = (): void => {
    this.timer = null;
    this.timerDueMs = Infinity;
    const now = this.now() + 0.5;
    this.heap.releaseDue(now, (c) => {
      const q = c.held;
      if (!q || q.length === 0) return; // closed meanwhile, or taken
      let n = 0;
      while (n < q.length && q[n].dueMs <= now) n++;
      const out = q.splice(0, n);
      this.stats.heldNow -= out.length;
      if (q.length) this.heap.push(q[0].dueMs, c);
      else c.held = null;
      if (out.length) this.release(c, out);
    });
    const next = this.heap.nextDueMs();
    if (next !== Infinity) this.arm(next);
  };
}
