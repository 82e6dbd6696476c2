/**
 * The one state every packet of the book is in, and the moves allowed between
 * them. A packet never goes back: money that left it (paid, escrowed, recycled)
 * is never counted for it twice, and a redelivered entry that would move it
 * again is refused instead of paying again.
 *
 *   in_pool  -> issued | opened | recycled         (an open may come before its ISSUE entry)
 *   issued   -> opened | recycled | expired
 *   opened   -> shared | recycled                  (split amount shared, or unshared by the deadline)
 *   shared   -> refunded                           (the group expired with money left in it)
 */
export const PACKET_STATES = ['in_pool', 'issued', 'opened', 'shared', 'refunded', 'recycled', 'expired'] as const;
export type PacketState = (typeof PACKET_STATES)[number];

const NEXT: Record<PacketState, readonly PacketState[]> = {
  in_pool: ['issued', 'opened', 'recycled'],
  issued: ['opened', 'recycled', 'expired'],
  opened: ['shared', 'recycled'],
  shared: ['refunded'],
  refunded: [],
  recycled: [],
  expired: [],
};

export function isPacketState(s: string): s is PacketState {
  return (PACKET_STATES as readonly string[]).includes(s);
}

export function legalMove(from: string, to: PacketState): boolean {
  return isPacketState(from) && NEXT[from].includes(to);
}
