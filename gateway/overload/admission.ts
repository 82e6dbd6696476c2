/**
 * Admission of new connections: a token bucket of upgrades per second,
 * checked first thing in the upgrade handler, before the token is verified
 * and before any per-connection state exists. A refusal carries a retry hint.
 */
export interface AdmissionRules {
  upgradesPerSec: number;
  burst: number;
  retryAfterMs: number;
  /** Share of the rate and burst left while an overload tier is in force (0..1]. */
  overloadedShare: number;
}

export interface Refusal {
  code: 'CONNECT_RATE_LIMITED';
  message: string;
  retryAfterMs: number;
}

export class Admission {
  private tokens: number;
  private lastMs: number;
  refused = 0;

  constructor(private readonly rules: AdmissionRules, nowMs: number) {
    this.tokens = rules.burst;
    this.lastMs = nowMs;
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
    return { code: 'CONNECT_RATE_LIMITED', message: 'too many new connections; retry later', retryAfterMs: r.retryAfterMs };
  }
}
