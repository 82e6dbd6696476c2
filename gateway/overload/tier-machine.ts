/**
 * Moves through the overload tiers from a load score (0..1) with hysteresis:
 * up to the highest tier whose `enterAbove` the score passes, once it has
 * passed a higher tier's threshold for `minRiseMs` (a one-sample spike, such
 * as a worker starting up, does not count); down only after `minDwellMs` in
 * the current tier and one tier at a time (phones that obeyed a tier speed up
 * when it drops, so stepping down probes gently) - except when the load is
 * gone (under half of tier 1's `exitBelow`): then straight to 0, so full
 * service returns quickly. Pure: the caller passes the time.
 */
import type { OverloadTier } from '../../contracts/show/types.ts';

export interface TierChange {
  from: number;
  to: number;
  score: number;
  atMs: number;
}

export class TierMachine {
  private tiers: OverloadTier[] = [];
  private current = 0;
  private sinceMs: number;
  /** Since when the score has been above the next tier's threshold (null = it is not). */
  private risingSinceMs: number | null = null;

  constructor(tiers: OverloadTier[], private readonly minDwellMs: number, nowMs: number, private readonly minRiseMs = 0) {
    this.sinceMs = nowMs;
    this.setTiers(tiers);
  }

  get tier(): number {
    return this.current;
  }

  get tierList(): readonly OverloadTier[] {
    return this.tiers;
  }

  /** Replaces the tier table (new show config); the current tier is kept if it still exists. */
  setTiers(tiers: OverloadTier[]): void {
    this.tiers = [...tiers].sort((a, b) => a.tier - b.tier);
    const top = this.tiers.length ? this.tiers[this.tiers.length - 1].tier : 0;
    if (this.current > top) this.current = top;
  }

  /** Feeds one (smoothed) load sample; returns the change if the tier moved. */
  update(score: number, nowMs: number): TierChange | null {
    const from = this.current;
    let to = from;
    for (const t of this.tiers) if (t.tier > to && score > t.enterAbove) to = t.tier;
    if (to > from) {
      this.risingSinceMs ??= nowMs;
      if (nowMs - this.risingSinceMs < this.minRiseMs) return null;
    } else {
      this.risingSinceMs = null;
    }
    if (to === from && from > 0 && nowMs - this.sinceMs >= this.minDwellMs && score < this.exitBelow(from)) {
      to = score < this.exitBelow(1) / 2 ? 0 : from - 1;
    }
    if (to === from) return null;
    this.current = to;
    this.sinceMs = nowMs;
    this.risingSinceMs = null;
    return { from, to, score, atMs: nowMs };
  }

  /** The interval told to phones in `tier` (0 when the table has no such tier). */
  intervalOf(tier: number): number {
    for (const t of this.tiers) if (t.tier === tier) return t.minShakeIntervalMs;
    return 0;
  }

  private exitBelow(tier: number): number {
    for (const t of this.tiers) if (t.tier === tier) return t.exitBelow;
    return 1;
  }
}
