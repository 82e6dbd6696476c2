/** Plain result objects of the SDK (numbers instead of protobuf Longs). */
import type { shake } from '../contracts/proto/gen/shake.js';

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
  /** Share replies: the id friends grab with (empty when the packet has no shares). */
  groupPacketId: string;
}

export interface GrabResult {
  /** 1 OK (this grab won amountCents), 2 DUPLICATE (grabbed before: amountCents is that first amount). */
  status: number;
  groupPacketId: string;
  amountCents: number;
  grabSeq: number;
  grabbedAtMs: number;
}

export interface PacketDetail {
  groupPacketId: string;
  senderUserId: string;
  sponsorId: string;
  totalCents: number;
  shares: number;
  grabbedCount: number;
  remainingCents: number;
  state: string;
  expiresAtMs: number;
  page: number;
  grabs: { userId: string; amountCents: number; grabSeq: number; grabbedAtMs: number }[];
  bestLuckUserId: string;
  hasMore: boolean;
}

export interface ResourceItem { id: string; kind: string; url: string; sizeBytes: number; sha256: string }
export interface ResourceManifest { version: number; items: ResourceItem[] }

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
    groupPacketId: 'groupPacketId' in r ? (r.groupPacketId ?? '') : '',
  };
}

export function toGrabResult(r: shake.v1.IGrabReply): GrabResult {
  return { status: r.status ?? 0, groupPacketId: r.groupPacketId ?? '', amountCents: num(r.amountCents), grabSeq: r.grabSeq ?? 0, grabbedAtMs: num(r.grabbedAtMs) };
}

export function toPacketDetail(d: shake.v1.IPacketDetailReply): PacketDetail {
  return {
    groupPacketId: d.groupPacketId ?? '', senderUserId: d.senderUserId ?? '', sponsorId: d.sponsorId ?? '', totalCents: num(d.totalCents),
    shares: d.shares ?? 0, grabbedCount: d.grabbedCount ?? 0, remainingCents: num(d.remainingCents), state: d.state ?? '',
    expiresAtMs: num(d.expiresAtMs), page: d.page ?? 0,
    grabs: (d.grabs ?? []).map((g) => ({ userId: g.userId ?? '', amountCents: num(g.amountCents), grabSeq: g.grabSeq ?? 0, grabbedAtMs: num(g.grabbedAtMs) })),
    bestLuckUserId: d.bestLuckUserId ?? '', hasMore: !!d.hasMore,
  };
}

export function toResourceManifest(m: shake.v1.IResourceManifest): ResourceManifest {
  return {
    version: num(m.version),
    items: (m.items ?? []).map((i) => ({ id: i.id ?? '', kind: i.kind ?? '', url: i.url ?? '', sizeBytes: num(i.sizeBytes), sha256: i.sha256 ?? '' })),
  };
}
