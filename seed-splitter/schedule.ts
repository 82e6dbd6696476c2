/**
 * The deterministic split rule ("stride-v1"). Weights are reduced by their gcd; one
 * cycle has W = sum(weights) slots; machine m owns slots at virtual times
 * (2j+1)/(2*w_m), j = 0..w_m-1, and slots are ordered by time (ties: lower index).
 * The record at position p of the original goes to machine schedule[p % W], so each
 * machine gets an even mix of the original order in proportion to its weight.
 */
import { SeedError } from './errors.ts';

export const MAX_CYCLE = 1 << 22;

function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

export function buildSchedule(weights: readonly number[]): Uint16Array {
  if (weights.length === 0) throw new SeedError('EMPTY_MACHINE_LIST', 'machine list is empty');
  const g = weights.reduce(gcd);
  const w = weights.map((x) => x / g);
  const total = w.reduce((a, b) => a + b, 0);
  if (total > MAX_CYCLE) {
    throw new SeedError('BAD_MACHINE_LIST', `weights too fine-grained: one cycle would have ${total} slots (max ${MAX_CYCLE})`);
  }
  const mach = new Uint32Array(total);
  const slot = new Uint32Array(total);
  let k = 0;
  for (let m = 0; m < w.length; m++) for (let j = 0; j < w[m]; j++) { mach[k] = m; slot[k] = j; k++; }
  const order = Array.from({ length: total }, (_, i) => i);
  order.sort((a, b) => {
    const ma = mach[a], mb = mach[b];
    const d = (2 * slot[a] + 1) * w[mb] - (2 * slot[b] + 1) * w[ma];
    return d !== 0 ? d : ma - mb;
  });
  const out = new Uint16Array(total);
  for (let i = 0; i < total; i++) out[i] = mach[order[i]];
  return out;
}

/** How many of the first n records each machine receives. */
export function countsFor(schedule: Uint16Array, machines: number, n: number): number[] {
  const counts = new Array<number>(machines).fill(0);
  const cycles = Math.floor(n / schedule.length);
  for (const m of schedule) counts[m] += cycles;
  for (let p = 0; p < n % schedule.length; p++) counts[schedule[p]]++;
  return counts;
}
