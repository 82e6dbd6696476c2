/** The money SETs as `npm run money-sets -- status` prints them: one line per SET from GET /api/money-sets. */
import type { MoneySetState } from '../../config-service/index.ts';

const ago = (nowMs: number, ms: number | null) => (ms === null ? 'never' : `${Math.max(0, Math.round((nowMs - ms) / 1000))} s ago`);
const num = (v: number | null, digits = 0) => (v === null ? '-' : v.toFixed(digits));

/** up; STALLED: answers, but work waits and nothing was applied for the stall time; DOWN: does not answer. */
export function moneySetState(s: MoneySetState): string {
  if (!s.up) return s.failedPolls === 0 ? 'not polled yet' : 'DOWN';
  return s.stalled ? 'STALLED' : 'up';
}

/** A SET the operator must look at: down (or not polled yet) or stalled. */
export const needsLooking = (s: MoneySetState): boolean => !s.up || s.stalled;

/** The free-text column: why a DOWN SET is down, or for how long a STALLED one has applied nothing. */
function problem(s: MoneySetState, nowMs: number): string {
  if (!s.up) return s.lastError ?? '-';
  if (s.stalled && s.stalledSinceMs !== null) return `nothing applied for ${Math.max(0, Math.round((nowMs - s.stalledSinceMs) / 1000))} s with work waiting`;
  return '-';
}

export function moneySetsTable(sets: readonly MoneySetState[], nowMs: number): string {
  const head = ['SET', 'state', 'backlog', 'pay ops/s', 'refused', 'last seen', 'url', 'problem'];
  const rows = sets.map((s) => [
    String(s.set), moneySetState(s), num(s.backlog), num(s.payOpsPerSecond, 1), num(s.refusedTotal),
    ago(nowMs, s.lastSeenMs), s.url, problem(s, nowMs),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  // The last column is free text: no padding after it.
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}
