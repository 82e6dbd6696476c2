/**
 * Which rounds of a show can never be fed: a round whose sponsors hold no seed
 * packets in the deployment gives nobody a red packet, silently. Startup refuses
 * such a show, and the console asks for a confirmation that names them.
 */
import type { ShowConfig } from './types.ts';

export interface UnfedRound {
  roundId: string;
  /** The round's sponsors that hold no packets (all of them: a round is unfed only if none is held). */
  sponsorIds: string[];
}

/** Rounds none of whose sponsors is among the sponsors the deployment holds seed packets for. */
export function unfedRounds(show: Pick<ShowConfig, 'rounds'>, heldSponsorIds: ReadonlySet<string>): UnfedRound[] {
  const unfed: UnfedRound[] = [];
  for (const round of show.rounds) {
    if (!round.sponsorIds.some((s) => heldSponsorIds.has(s))) unfed.push({ roundId: round.id, sponsorIds: [...round.sponsorIds] });
  }
  return unfed;
}

/** Sponsors named by some round that hold no packets (for a warning even when the round has another sponsor). */
export function unheldSponsors(show: Pick<ShowConfig, 'rounds'>, heldSponsorIds: ReadonlySet<string>): string[] {
  const missing = new Set<string>();
  for (const round of show.rounds) for (const s of round.sponsorIds) if (!heldSponsorIds.has(s)) missing.add(s);
  return [...missing].sort();
}
