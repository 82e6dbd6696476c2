/**
 * Moves through the overload tiers from a load score (0..1) with hysteresis:
 * up at once to the highest tier whose `enterAbove` the score passes; down
 * only after `minDwellMs` in the current tier, to the lowest tier whose
 * `exitBelow` the score is under (every tier in between included). Pure: the
 * caller passes the time, so tests drive it with any clock.
 */
import type { OverloadTier } from '../../config-service/document/types.ts';

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

  constructor(tiers: OverloadTier[], private readonly minDwellMs: number, nowMs: number) {
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
    if (to === from && nowMs - this.sinceMs >= this.minDwellMs) {
      while (to > 0 && score < this.exitBelow(to)) to--;
    }
    if (to === from) return null;
    this.current = to;
    this.sinceMs = nowMs;
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
