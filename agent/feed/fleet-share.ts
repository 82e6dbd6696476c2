/**
 * This machine's share of a round's global release rate:
 * round.releaseRatePerSec × weight(this gateway) / Σ weights of the fleet.
 */
import type { Round, ShowConfig } from '../../contracts/show/types.ts';

/** Packets per second for gatewayId in round, or null when the gateway is not in the fleet. */
export function machineRate(doc: ShowConfig, round: Round, gatewayId: string): number | null {
  let total = 0;
  let mine: number | null = null;
  for (const m of doc.fleet) {
    if (!(m.weight > 0)) continue;
    total += m.weight;
    if (m.gatewayId === gatewayId) mine = (mine ?? 0) + m.weight;
  }
  if (mine === null || total <= 0) return null;
  return (round.releaseRatePerSec * mine) / total;
}
