/**
 * Per-round packet figures for the gateway's report to the config service:
 * the running totals (pool fed, issued, opens, shares) are read when a round
 * starts and when it ends (by the corrected clock); a round's figures are the
 * difference. Nothing runs per shake: the hot path only bumps its shared
 * counters. Keeps the latest MAX_REPORTED_ROUNDS rounds.
 */
import { MAX_REPORTED_ROUNDS, type RoundCounts } from '../../contracts/round-report.ts';

export type CounterTotals = Omit<RoundCounts, 'roundId'>;

const KEYS = ['released', 'issued', 'opened', 'shared'] as const;

/** Counters are u32 that may wrap: the difference is taken modulo 2^32. */
function since(base: CounterTotals, now: CounterTotals): CounterTotals {
  const d = { released: 0, issued: 0, opened: 0, shared: 0 };
  for (const k of KEYS) d[k] = (now[k] - base[k]) >>> 0;
  return d;
}

export class RoundCounter {
  private readonly rounds = new Map<string, { base: CounterTotals; final: CounterTotals | null }>();

  constructor(private readonly totals: () => CounterTotals) {}

  /** A round started (again, after a correction: counted afresh). */
  start(roundId: string): void {
    this.rounds.delete(roundId);
    this.rounds.set(roundId, { base: this.totals(), final: null });
    for (const id of this.rounds.keys()) {
      if (this.rounds.size <= MAX_REPORTED_ROUNDS) break;
      this.rounds.delete(id);
    }
  }

  end(roundId: string): void {
    const r = this.rounds.get(roundId);
    if (r && !r.final) r.final = since(r.base, this.totals());
  }

  /** Oldest first; a running round's figures so far. */
  counts(): RoundCounts[] {
    const now = [...this.rounds.values()].some((r) => !r.final) ? this.totals() : null;
    return [...this.rounds].map(([roundId, r]) => ({ roundId, ...(r.final ?? since(r.base, now!)) }));
  }
}
