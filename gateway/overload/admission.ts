/**
 * Admission of new connections: token buckets of upgrades per second. The IO
 * layer verifies the phone's token first (microseconds, no shared state), then
 * charges the upgrade to one of two buckets: valid phones to the main one,
 * upgrades whose token does not verify to their own, smaller one
 * (`unauthenticatedShare` of the rate and burst). Strangers therefore never
 * spend the budget phones connect with. A refusal carries a retry hint.
 */
export interface AdmissionRules {
  upgradesPerSec: number;
  burst: number;
  retryAfterMs: number;
  /** Share of the rate and burst left while an overload tier is in force (0..1]. */
  overloadedShare: number;
  /** Share of the rate and burst of the separate bucket for upgrades whose token does not verify (0..1]. */
  unauthenticatedShare?: number;
}

export type RefusalCode = 'CONNECT_RATE_LIMITED' | 'UNAUTHENTICATED_RATE_LIMITED';

export interface Refusal {
  code: RefusalCode;
  message: string;
  retryAfterMs: number;
}

const MESSAGES: Record<RefusalCode, string> = {
  CONNECT_RATE_LIMITED: 'too many new connections; retry later',
  UNAUTHENTICATED_RATE_LIMITED: 'too many upgrades without a valid token',
};

export class Admission {
  private tokens: number;
  private lastMs: number;
  refused = 0;

  constructor(private readonly rules: AdmissionRules, nowMs: number, private readonly code: RefusalCode = 'CONNECT_RATE_LIMITED') {
    this.tokens = rules.burst;
    this.lastMs = nowMs;
  }

  /** The bucket for upgrades whose token does not verify: `unauthenticatedShare` of the whole (default 0.1). */
  static unauthenticated(rules: AdmissionRules, nowMs: number): Admission {
    const share = rules.unauthenticatedShare ?? 0.1;
    return new Admission(
      { ...rules, upgradesPerSec: rules.upgradesPerSec * share, burst: Math.max(1, rules.burst * share) },
      nowMs, 'UNAUTHENTICATED_RATE_LIMITED',
    );
  }

  /** Takes one token for an upgrade; null = admitted. `overloaded`: a tier > 0 is in force. */
  admit(nowMs: number, overloaded = false): Refusal | null {
    const r = this.rules;
    const share = overloaded ? r.overloadedShare : 1;
    if (nowMs > this.lastMs) {
      this.tokens += ((nowMs - this.lastMs) * r.upgradesPerSec * share) / 1000;
      this.lastMs = nowMs;
    }
    this.tokens = Math.min(r.burst * share, this.tokens);
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return null;
    }
    this.refused++;
    return { code: this.code, message: MESSAGES[this.code], retryAfterMs: r.retryAfterMs };
  }
}
