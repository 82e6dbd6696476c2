/**
 * Collects discrepancies with bounded detail: every occurrence is counted, the first
 * `limit` of each code are kept as examples.
 */
import type { ErrorCode } from '../../contracts/errors.ts';

export const DiscrepancyCodes = [
  'MISSING', 'DUPLICATE', 'ALIEN', 'AMOUNT_MISMATCH', 'RECORD_MISMATCH', 'MISPLACED', 'INVALID_RECORD',
  'UNORDERED_RECORDS', 'CORRUPT_PART', 'TRUNCATED_PART', 'CHECKSUM_MISMATCH', 'TOTALS_MISMATCH', 'PART_MISSING',
  'PART_ASSIGNED_TWICE', 'UNKNOWN_PART', 'ORIGINAL_MISMATCH', 'RECYCLED_UNKNOWN_SOURCE', 'RECYCLED_SPONSOR_MISMATCH',
  'RECYCLED_OVERDRAWN', 'RECYCLED_WRONG_MACHINE',
] as const satisfies readonly ErrorCode[];
export type DiscrepancyCode = (typeof DiscrepancyCodes)[number];

export interface DiscrepancySummary {
  code: DiscrepancyCode;
  count: number;
  examples: string[];
}

export class Report {
  readonly limit: number;
  private readonly counts = new Map<DiscrepancyCode, number>();
  private readonly examples = new Map<DiscrepancyCode, string[]>();

  constructor(limit = 20) {
    this.limit = limit;
  }

  /** Records `n` occurrences (default 1); `detail` is built only while examples are wanted. */
  add(code: DiscrepancyCode, detail: string | (() => string), n = 1): void {
    this.counts.set(code, (this.counts.get(code) ?? 0) + n);
    let ex = this.examples.get(code);
    if (!ex) this.examples.set(code, (ex = []));
    if (ex.length < this.limit) ex.push(typeof detail === 'string' ? detail : detail());
  }

  wants(code: DiscrepancyCode): boolean {
    return (this.examples.get(code)?.length ?? 0) < this.limit;
  }

  merge(other: Report): void {
    for (const s of other.summary()) {
      this.counts.set(s.code, (this.counts.get(s.code) ?? 0) + s.count);
      const ex = this.examples.get(s.code) ?? [];
      this.examples.set(s.code, ex.concat(s.examples).slice(0, this.limit));
    }
  }

  get ok(): boolean {
    return this.counts.size === 0;
  }

  count(code: DiscrepancyCode): number {
    return this.counts.get(code) ?? 0;
  }

  summary(): DiscrepancySummary[] {
    return DiscrepancyCodes.filter((c) => this.counts.has(c)).map((c) => ({
      code: c, count: this.counts.get(c) ?? 0, examples: this.examples.get(c) ?? [],
    }));
  }
}
