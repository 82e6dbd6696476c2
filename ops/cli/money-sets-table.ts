/** The money SETs as `npm run money-sets -- status` prints them: one line per SET from GET /api/money-sets. */
import type { MoneySetState } from '../../config-service/index.ts';

const ago = (nowMs: number, ms: number | null) => (ms === null ? 'never' : `${Math.max(0, Math.round((nowMs - ms) / 1000))} s ago`);
const num = (v: number | null, digits = 0) => (v === null ? '-' : v.toFixed(digits));

export function moneySetsTable(sets: readonly MoneySetState[], nowMs: number): string {
  const head = ['SET', 'state', 'backlog', 'pay ops/s', 'refused', 'last seen', 'url', 'last error'];
  const rows = sets.map((s) => [
    String(s.set), s.up ? 'up' : s.failedPolls === 0 ? 'not polled yet' : 'DOWN', num(s.backlog), num(s.payOpsPerSecond, 1), num(s.refusedTotal),
    ago(nowMs, s.lastSeenMs), s.url, s.up || !s.lastError ? '-' : s.lastError,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  // The last column is free text: no padding after it.
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!))).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}
