/**
 * Admission of new connections: a token bucket of upgrades per second,
 * checked first thing in the upgrade handler, before the token is verified
 * and before any per-connection state exists. A refusal carries a retry hint.
 */
export interface AdmissionRules {
  upgradesPerSec: number;
  burst: number;
  retryAfterMs: number;
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

  /** Takes one token for an upgrade; null = admitted. */
  admit(nowMs: number): Refusal | null {
    const r = this.rules;
    if (nowMs > this.lastMs) {
      this.tokens = Math.min(r.burst, this.tokens + ((nowMs - this.lastMs) * r.upgradesPerSec) / 1000);
      this.lastMs = nowMs;
    }
    if (this.tokens >= 1) {
      this.tokens -= 1;
      return null;
    }
    this.refused++;
    return { code: 'CONNECT_RATE_LIMITED', message: 'too many new connections; retry later', retryAfterMs: r.retryAfterMs };
  }
}
