/**
 * Per-sponsor totals (count, amount, shares, share amount), accumulated exactly in
 * float64 (every partial sum is checked to stay below 2^53).
 */
import { SeedError } from '../errors.ts';
import { RECORD_WORDS, W } from './layout.ts';
import type { SponsorTotals } from './header.ts';

const RW: number = RECORD_WORDS;
const AMOUNT: number = W.amount, SHARE_AMOUNT: number = W.shareAmount, SPONSOR_SHARES: number = W.sponsorShares;

export class TotalsAccumulator {
  readonly sponsorCount: number;
  readonly count: Float64Array;
  readonly amount: Float64Array;
  readonly shares: Float64Array;
  readonly shareAmount: Float64Array;
  private grand = 0;

  constructor(sponsorCount: number) {
    this.sponsorCount = sponsorCount;
    this.count = new Float64Array(sponsorCount);
    this.amount = new Float64Array(sponsorCount);
    this.shares = new Float64Array(sponsorCount);
    this.shareAmount = new Float64Array(sponsorCount);
  }

  /** Adds records [from, to) of a word view. Records with an out-of-range sponsor are skipped. */
  addRange(w: Uint32Array, from: number, to: number): void {
    const { count, amount, shares, shareAmount, sponsorCount } = this;
    let sum = 0;
    for (let i = from; i < to; i++) {
      const o = i * RW;
      const ss = w[o + SPONSOR_SHARES];
      const s = ss & 0xffff;
      if (s >= sponsorCount) continue;
      const a = w[o + AMOUNT];
      const sa = w[o + SHARE_AMOUNT];
      count[s] += 1;
      amount[s] += a;
      shares[s] += ss >>> 16;
      shareAmount[s] += sa;
      sum += a + sa;
    }
    this.grand += sum;
    if (this.grand > Number.MAX_SAFE_INTEGER) {
      throw new SeedError('TOTAL_OVERFLOW', 'amount totals exceed 2^53 cents; cannot be summed exactly');
    }
  }

  /** Adds another accumulator (same sponsor table). */
  addAll(o: TotalsAccumulator): void {
    for (let s = 0; s < this.sponsorCount; s++) {
      this.count[s] += o.count[s];
      this.amount[s] += o.amount[s];
      this.shares[s] += o.shares[s];
      this.shareAmount[s] += o.shareAmount[s];
    }
    this.grand += o.grand;
    if (this.grand > Number.MAX_SAFE_INTEGER) {
      throw new SeedError('TOTAL_OVERFLOW', 'amount totals exceed 2^53 cents; cannot be summed exactly');
    }
  }

  get recordCount(): number {
    let n = 0;
    for (let s = 0; s < this.sponsorCount; s++) n += this.count[s];
    return n;
  }
  get totalAmountCents(): number {
    let n = 0;
    for (let s = 0; s < this.sponsorCount; s++) n += this.amount[s];
    return n;
  }
  get totalShareAmountCents(): number {
    let n = 0;
    for (let s = 0; s < this.sponsorCount; s++) n += this.shareAmount[s];
    return n;
  }

  toSponsorTotals(ids: readonly string[]): SponsorTotals[] {
    return ids.map((id, s) => ({
      id,
      count: this.count[s],
      amountCents: this.amount[s],
      shares: this.shares[s],
      shareAmountCents: this.shareAmount[s],
    }));
  }
}

const FIELDS = ['count', 'amountCents', 'shares', 'shareAmountCents'] as const;

/** Lists every difference between two per-sponsor total tables (empty when equal). */
export function diffTotals(expected: readonly SponsorTotals[], actual: readonly SponsorTotals[]): string[] {
  const out: string[] = [];
  const byId = new Map(actual.map((t) => [t.id, t]));
  for (const e of expected) {
    const a = byId.get(e.id);
    if (!a) {
      out.push(`sponsor ${e.id}: missing`);
      continue;
    }
    for (const f of FIELDS) if (e[f] !== a[f]) out.push(`sponsor ${e.id}: ${f} ${a[f]}, expected ${e[f]}`);
  }
  const known = new Set(expected.map((e) => e.id));
  for (const a of actual) if (!known.has(a.id)) out.push(`sponsor ${a.id}: unexpected`);
  return out;
}
