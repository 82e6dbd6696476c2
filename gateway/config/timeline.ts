/**
 * Lookups the gateway logic makes against an applied ShowConfig at a given
 * (NTP-corrected) time. Intervals are half-open: [startMs, endMs).
 */
import type { Round, Segment, ShowConfig } from '../../config-service/document/types.ts';

function findActive<T extends { startMs: number; endMs: number }>(items: readonly T[], nowMs: number): T | null {
  // Items are sorted and non-overlapping (validated): binary search on startMs.
  let lo = 0;
  let hi = items.length - 1;
  let cand = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].startMs <= nowMs) { cand = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return cand >= 0 && nowMs < items[cand].endMs ? items[cand] : null;
}

export function activeRound(doc: ShowConfig, nowMs: number): Round | null {
  return findActive(doc.rounds, nowMs);
}

export function activeSegment(doc: ShowConfig, nowMs: number): Segment | null {
  return findActive(doc.segments, nowMs);
}

/** The round running now, else the next one to start; null when none is left. */
export function currentOrNextRound(doc: ShowConfig, nowMs: number): Round | null {
  return doc.rounds.find((r) => nowMs < r.endMs) ?? null;
}

/** The next instant after nowMs at which the active round may change (a start or end), or null. */
export function nextRoundBoundary(doc: ShowConfig, nowMs: number): number | null {
  let next: number | null = null;
  for (const r of doc.rounds) {
    for (const t of [r.startMs, r.endMs]) if (t > nowMs && (next === null || t < next)) next = t;
  }
  return next;
}
