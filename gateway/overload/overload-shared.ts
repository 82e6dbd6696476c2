/**
 * The current rate limit, shared by the IO thread (which measures load and
 * writes it) and the logic workers (which attach it to replies and may answer
 * cheaply). One Int32 word holds tier (high 8 bits) and interval in ms (low
 * 24 bits) so a reader never sees a tier with another tier's interval.
 */
const LIMIT = 0;
const CHEAP = 1;
const WORDS = 4;
const INTERVAL_MASK = 0xffffff;

export interface RateLimit {
  tier: number;
  minIntervalMs: number;
}

export class OverloadShared {
  readonly buffer: SharedArrayBuffer;
  private readonly words: Int32Array;

  constructor(buffer: SharedArrayBuffer = new SharedArrayBuffer(WORDS * 4)) {
    this.buffer = buffer;
    this.words = new Int32Array(buffer);
  }

  set(tier: number, minIntervalMs: number, cheap: boolean): void {
    Atomics.store(this.words, LIMIT, ((tier & 0xff) << 24) | (Math.min(minIntervalMs, INTERVAL_MASK) & INTERVAL_MASK));
    Atomics.store(this.words, CHEAP, cheap ? 1 : 0);
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
