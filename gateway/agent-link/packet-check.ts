/** Validation of a seed packet arriving from the agent, before it enters the pool. */
import type { ISeedPacket } from '../../contracts/agent-link/protocol.ts';

/** A reason the packet must not enter the pool, or null. */
export function seedPacketProblem(p: ISeedPacket): string | null {
  if (typeof p.packetId !== 'string' || p.packetId.length === 0 || p.packetId.length > 64) return 'packet_id missing or too long';
  if (typeof p.sponsorId !== 'string' || p.sponsorId.length === 0) return 'sponsor_id missing';
  const amount = Number(p.amountCents ?? 0);
  const shares = Number(p.shares ?? 0);
  const shareAmount = Number(p.shareAmountCents ?? 0);
  if (!Number.isSafeInteger(amount) || amount < 1) return 'amount_cents must be >= 1';
  if ((shares === 0) !== (shareAmount === 0)) return 'shares and share_amount_cents disagree';
  if (shareAmount < shares) return 'share amount below 1 cent per share';
  return null;
}
