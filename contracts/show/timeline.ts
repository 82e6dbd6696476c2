/**
 * The show's one timeline: which segment and which red-packet round are on at
 * a given (NTP-corrected) instant. Intervals are half-open: [startMs, endMs).
 * `Timeline` is the indexed form for the hot path (the gateway logic): time
 * only moves forward during a show, so lookups start from the last position
 * (O(1) amortized) and fall back to binary search when the clock jumps. The
 * free functions answer the same questions on a validated document (sorted,
 * non-overlapping) for everyone else (config follower, countdown, agent feed).
 */
import type { Round, Segment, ShowConfig } from './types.ts';

/** How long after a round's end a shake is told ROUND_ENDED rather than NO_ROUND. */
export const ROUND_ENDED_GRACE_MS = 60_000;

export interface Moment {
  segment: Segment | null;
  round: Round | null;
  /** The round that ended most recently within the grace period, if no round is on. */
  justEnded: Round | null;
  /** Start of the next round after now (0 if none). */
  nextRoundAtMs: number;
}

function indexAt<T extends { startMs: number; endMs: number }>(items: readonly T[], now: number, hint: number): number {
  const h = items[hint];
  if (h && h.startMs <= now && now < h.endMs) return hint;
  const n = items[hint + 1];
  if (n && n.startMs <= now && now < n.endMs) return hint + 1;
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].endMs <= now) lo = mid + 1;
    else if (items[mid].startMs > now) hi = mid - 1;
    else return mid;
  }
  return -1;
}

export class Timeline {
  private readonly segments: Segment[];
  private readonly rounds: Round[];
  private segHint = 0;
  private roundHint = 0;

  constructor(show: ShowConfig) {
    this.segments = [...show.segments].sort((a, b) => a.startMs - b.startMs);
    this.rounds = [...show.rounds].sort((a, b) => a.startMs - b.startMs);
  }

  /** The moment at `now`. The returned object is reused by the next call (the hot path allocates nothing). */
  at(now: number): Moment {
    const m = this.moment;
    const si = indexAt(this.segments, now, this.segHint);
    if (si >= 0) this.segHint = si;
    m.segment = si >= 0 ? this.segments[si] : null;
    const ri = indexAt(this.rounds, now, this.roundHint);
    if (ri >= 0) this.roundHint = ri;
    m.round = ri >= 0 ? this.rounds[ri] : null;
    m.justEnded = ri >= 0 ? null : this.endedWithin(now);
    m.nextRoundAtMs = this.nextStartAfter(now);
    return m;
  }

  private readonly moment: Moment = { segment: null, round: null, justEnded: null, nextRoundAtMs: 0 };

  private nextStartAfter(now: number): number {
    for (let i = this.roundHint; i < this.rounds.length; i++) if (this.rounds[i].startMs > now) return this.rounds[i].startMs;
    for (let i = 0; i < this.roundHint && i < this.rounds.length; i++) if (this.rounds[i].startMs > now) return this.rounds[i].startMs;
    return 0;
  }

  private endedWithin(now: number): Round | null {
    let best: Round | null = null;
    for (const r of this.rounds) if (r.endMs <= now && now - r.endMs < ROUND_ENDED_GRACE_MS && (!best || r.endMs > best.endMs)) best = r;
    return best;
  }
}

/** The round on at nowMs, or null. */
export function activeRound(doc: ShowConfig, nowMs: number): Round | null {
  const i = indexAt(doc.rounds, nowMs, 0);
  return i >= 0 ? doc.rounds[i] : null;
}

/** The segment on at nowMs, or null. */
export function activeSegment(doc: ShowConfig, nowMs: number): Segment | null {
  const i = indexAt(doc.segments, nowMs, 0);
  return i >= 0 ? doc.segments[i] : null;
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
