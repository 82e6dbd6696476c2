/**
 * Log-linear latency histogram (HDR-like): values in microseconds, exact below 128 µs,
 * then 64 linear sub-buckets per power of two (relative error < 1.6 %). Mergeable across
 * threads by adding the count arrays; serialisable as a plain number array.
 */
const SUB = 64;
const EXACT = 2 * SUB; // values below this are stored exactly
const MAX_SHIFT = 25; // up to ~2^31 µs (35 min); larger values are clamped
export const BUCKETS = (MAX_SHIFT + 1) * SUB + SUB;

export interface LatencySummary {
  count: number;
  /** all in milliseconds */
  p50: number;
  p90: number;
  p99: number;
  p999: number;
  max: number;
  mean: number;
}

function indexOf(us: number): number {
  if (us < EXACT) return us < 0 ? 0 : us | 0;
  const v = us > 0x7fffffff ? 0x7fffffff : us | 0;
  const shift = 31 - Math.clz32(v) - 6; // >= 1
  return shift * SUB + (v >>> shift);
}

/** Upper edge (µs) of a bucket: a conservative (never under-reporting) value. */
function upperOf(index: number): number {
  if (index < EXACT) return index;
  const shift = Math.floor(index / SUB) - 1;
  const mantissa = index - shift * SUB;
  return ((mantissa + 1) << shift) - 1;
}

export class Histogram {
  readonly counts: Float64Array;
  count = 0;
  sumUs = 0;
  maxUs = 0;

  constructor(counts?: ArrayLike<number>) {
    this.counts = new Float64Array(BUCKETS);
    if (counts) this.addCounts(counts);
  }

  /** Record one value in milliseconds (as from performance.now() differences). */
  recordMs(ms: number): void {
    const us = ms * 1000;
    this.counts[indexOf(us)]++;
    this.count++;
    this.sumUs += us;
    if (us > this.maxUs) this.maxUs = us;
  }

  merge(other: Histogram | SerializedHistogram): void {
    this.addCounts(other.counts);
    this.count += other.count;
    this.sumUs += other.sumUs;
    if (other.maxUs > this.maxUs) this.maxUs = other.maxUs;
  }

  private addCounts(counts: ArrayLike<number>): void {
    for (let i = 0; i < BUCKETS; i++) this.counts[i] += counts[i] ?? 0;
  }

  /** Value (ms) at quantile q in [0,1]; 0 when empty. */
  quantileMs(q: number): number {
    if (this.count === 0) return 0;
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = 0;
    for (let i = 0; i < BUCKETS; i++) {
      seen += this.counts[i];
      if (seen >= rank) return Math.min(upperOf(i), this.maxUs) / 1000;
    }
    return this.maxUs / 1000;
  }

  summary(): LatencySummary {
    return {
      count: this.count,
      p50: this.quantileMs(0.5),
      p90: this.quantileMs(0.9),
      p99: this.quantileMs(0.99),
      p999: this.quantileMs(0.999),
      max: this.maxUs / 1000,
      mean: this.count ? this.sumUs / this.count / 1000 : 0,
    };
  }

  serialize(): SerializedHistogram {
    return { counts: Array.from(this.counts), count: this.count, sumUs: this.sumUs, maxUs: this.maxUs };
  }

  static from(s: SerializedHistogram): Histogram {
    const h = new Histogram();
    h.merge(s);
    return h;
  }
}

export interface SerializedHistogram {
  counts: number[];
  count: number;
  sumUs: number;
  maxUs: number;
}
