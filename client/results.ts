/** Plain result objects of the SDK (numbers instead of protobuf Longs). */
import type { shake } from '../proto/gen/shake.js';

export interface WonPacket {
  packetId: string;
  sponsorId: string;
  amountCents: number;
  shares: number;
  shareAmountCents: number;
  /** Present unchanged to open() / share(). */
  token: string;
  expiresAtMs: number;
}

export interface ShakeResult {
  /** shake.v1.Outcome: 1 NOTHING, 2 GREETING_CARD, 3 STAR_VIDEO, 4 TAKE_A_REST, 5 RED_PACKET. */
  outcome: number;
  contentId: string;
  packet: WonPacket | null;
  roundId: string;
  /** shake.v1.NoPacketReason (0 when not applicable). */
  noPacketReason: number;
  nextRoundAtMs: number;
}

export interface OpResult {
  /** shake.v1.OpStatus: 1 OK, 2 DUPLICATE. */
  status: number;
  packetId: string;
  operationId: string;
  amountCents: number;
  shares: number;
}

type LongLike = number | { toNumber(): number } | null | undefined;
export const num = (v: LongLike): number => (v == null ? 0 : typeof v === 'number' ? v : v.toNumber());

export function toShakeResult(r: shake.v1.IShakeReply): ShakeResult {
  const p = r.packet;
  return {
    outcome: r.outcome ?? 0,
    contentId: r.contentId ?? '',
    packet: p && p.packetId ? {
      packetId: p.packetId, sponsorId: p.sponsorId ?? '', amountCents: num(p.amountCents), shares: p.shares ?? 0,
      shareAmountCents: num(p.shareAmountCents), token: p.token ?? '', expiresAtMs: num(p.expiresAtMs),
    } : null,
    roundId: r.roundId ?? '',
    noPacketReason: r.noPacketReason ?? 0,
    nextRoundAtMs: num(r.nextRoundAtMs),
  };
}

export function toOpResult(r: shake.v1.IOpenReply | shake.v1.IShareReply): OpResult {
  return {
    status: r.status ?? 0,
    packetId: r.packetId ?? '',
    operationId: r.operationId ?? '',
    amountCents: 'amountCents' in r ? num(r.amountCents) : 0,
    shares: 'shares' in r ? (r.shares ?? 0) : 0,
  };
}
