import { OVERLOAD_BYTES, OVERLOAD_WORDS } from '../shared-layout.ts';

/**
 * The current rate limit, shared by the IO thread (which measures load and
 * writes it) and the logic workers (which attach it to replies and may answer
 * cheaply). One Int32 word holds tier (high 8 bits) and interval in ms (low
 * 24 bits) so a reader never sees a tier with another tier's interval.
 */
const LIMIT = OVERLOAD_WORDS.limit;
const CHEAP = OVERLOAD_WORDS.cheap;
/** Interval of tier t at word TIERS + t, for IO threads other than the one that measures load. */
const TIERS = OVERLOAD_WORDS.tiers;
export const MAX_SHARED_TIERS = OVERLOAD_WORDS.maxTiers;
const INTERVAL_MASK = 0xffffff;

export interface RateLimit {
  tier: number;
  minIntervalMs: number;
}

export class OverloadShared {
  readonly buffer: SharedArrayBuffer;
  private readonly words: Int32Array;

  constructor(buffer: SharedArrayBuffer = new SharedArrayBuffer(OVERLOAD_BYTES)) {
    this.buffer = buffer;
    this.words = new Int32Array(buffer);
  }

  set(tier: number, minIntervalMs: number, cheap: boolean): void {
    Atomics.store(this.words, LIMIT, ((tier & 0xff) << 24) | (Math.min(minIntervalMs, INTERVAL_MASK) & INTERVAL_MASK));
    Atomics.store(this.words, CHEAP, cheap ? 1 : 0);
  }

  /** Publishes the interval of every tier (index = tier) of the current table. */
  setTierIntervals(intervalsMs: number[]): void {
    for (let t = 0; t < MAX_SHARED_TIERS; t++) Atomics.store(this.words, TIERS + t, intervalsMs[t] ?? 0);
  }

  intervalOfTier(tier: number): number {
    return tier >= 0 && tier < MAX_SHARED_TIERS ? Atomics.load(this.words, TIERS + tier) : 0;
  }

  /** The packed word: tier = w >>> 24, interval = w & 0xffffff; 0 = no limit. */
  packed(): number {
    return Atomics.load(this.words, LIMIT) >>> 0;
  }

  tier(): number {
    return this.packed() >>> 24;
  }

  limit(): RateLimit {
    const w = this.packed();
    return { tier: w >>> 24, minIntervalMs: w & INTERVAL_MASK };
  }

  /** True when the logic should give shakes outside rounds the cheap answer. */
  cheap(): boolean {
    return Atomics.load(this.words, CHEAP) === 1;
  }
}

/**
 * What the IO layer reads of the load: the tier in force and the intervals.
 * The load monitor (main thread) is one; an IO thread in a worker reads the
 * same from shared memory (SharedLoadView).
 */
export interface LoadView {
  readonly tier: number;
  readonly shared: OverloadShared;
  intervalNow(): number;
  intervalOfTier(tier: number): number;
}

export class SharedLoadView implements LoadView {
  constructor(readonly shared: OverloadShared) {}
  get tier(): number {
    return this.shared.tier();
  }
  intervalNow(): number {
    return this.shared.limit().minIntervalMs;
  }
  intervalOfTier(tier: number): number {
    return this.shared.intervalOfTier(tier);
  }
}
