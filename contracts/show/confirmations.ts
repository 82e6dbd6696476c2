/**
 * Which parts of a change an operator must confirm explicitly before it is
 * applied: moving (or removing) a round that is running or starts within the
 * imminent window, and adding a round (or changing its sponsors) when none of
 * its sponsors holds seed packets, so it would give nobody a packet. The
 * console shows these by name; the service refuses the change without
 * `confirmed: true` (CONFIRMATION_REQUIRED), whoever sends it.
 */
import { unfedRounds } from './feed-check.ts';
import type { Round, ShowConfig } from './types.ts';

export type Confirmation =
  | { kind: 'imminent-round'; roundId: string; title: string; running: boolean; startMs: number; endMs: number;
      /** null when the change deletes the round. */
      newStartMs: number | null; newEndMs: number | null }
  | { kind: 'unfed-round'; roundId: string; title: string; sponsorIds: string[] };

export interface ConfirmationOptions {
  nowMs: number;
  /** A round starting within this many ms (or running) is "imminent". */
  imminentWindowMs: number;
  /** Sponsors the deployment holds seeds for; null = not known (no unfed check). */
  heldSponsorIds: ReadonlySet<string> | null;
}

export function isImminent(r: Pick<Round, 'startMs' | 'endMs'>, nowMs: number, imminentWindowMs: number): boolean {
  return r.endMs > nowMs && r.startMs - nowMs <= imminentWindowMs;
}

export function confirmationsNeeded(base: ShowConfig | null, next: ShowConfig, o: ConfirmationOptions): Confirmation[] {
  const out: Confirmation[] = [];
  const after = new Map(next.rounds.map((r) => [r.id, r]));
  for (const r of base?.rounds ?? []) {
    if (!isImminent(r, o.nowMs, o.imminentWindowMs)) continue;
    const n = after.get(r.id);
    if (n && n.startMs === r.startMs && n.endMs === r.endMs) continue;
    out.push({ kind: 'imminent-round', roundId: r.id, title: r.title, running: r.startMs <= o.nowMs, startMs: r.startMs, endMs: r.endMs,
      newStartMs: n?.startMs ?? null, newEndMs: n?.endMs ?? null });
  }
  if (o.heldSponsorIds) {
    const before = new Map((base?.rounds ?? []).map((r) => [r.id, r]));
    for (const u of unfedRounds(next, o.heldSponsorIds)) {
      const prev = before.get(u.roundId);
      const r = after.get(u.roundId)!;
      if (prev && JSON.stringify(prev.sponsorIds) === JSON.stringify(r.sponsorIds)) continue;
      out.push({ kind: 'unfed-round', roundId: u.roundId, title: r.title, sponsorIds: u.sponsorIds });
    }
  }
  return out;
}
