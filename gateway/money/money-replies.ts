/**
 * Phone replies for money requests: the money service's JSON answer (relayed
 * by the agent in MoneyReply.json) turned into shake.v1 messages, and the
 * refusals (`error { code, message, retry_after_ms }`).
 */
import { shake } from '../../contracts/proto/gen/shake.js';
import type { PhoneMoneyRequest } from './money-request.ts';

const { ServerMessage } = shake.v1;
const OP_OK = 1;
const OP_DUPLICATE = 2;

interface GrabJson { amountCents: number; seq: number; atMs: number; repeat: boolean }
interface DetailJson {
  group: { groupId: string; senderId: string; sponsorId: string; totalCents: number; shares: number; remainingCents: number; remainingCount: number; state: string; expiresAt: number };
  grabs: { userId: string; seq: number; amountCents: number; atMs: number }[];
  bestLuck: { userId: string } | null;
  page: number; screenSize: number; maxScreens: number;
}

export function tryAgainReply(seq: number, retryAfterMs: number, why: string): Uint8Array {
  return ServerMessage.encode({ seq, error: { code: 'TRY_AGAIN_LATER', message: why, retryAfterMs } }).finish();
}

export function refusalReply(seq: number, code: string, message: string): Uint8Array {
  return ServerMessage.encode({ seq, error: { code, message } }).finish();
}

/** The reply for a successful money answer; throws if the JSON is not what the money service sends. */
export function successReply(r: PhoneMoneyRequest, json: string): Uint8Array {
  const body = JSON.parse(json) as unknown;
  switch (r.op) {
    case 'grab': {
      const g = body as GrabJson;
      return ServerMessage.encode({ seq: r.seq, grab: {
        status: g.repeat ? OP_DUPLICATE : OP_OK, groupPacketId: r.groupPacketId, amountCents: num(g.amountCents), grabSeq: num(g.seq), grabbedAtMs: num(g.atMs),
      } }).finish();
    }
    case 'balance':
      return ServerMessage.encode({ seq: r.seq, balance: { balanceCents: num((body as { balanceCents: number }).balanceCents) } }).finish();
    case 'detail': {
      const d = body as DetailJson;
      const g = d.group;
      return ServerMessage.encode({ seq: r.seq, packetDetail: {
        groupPacketId: g.groupId, senderUserId: g.senderId, sponsorId: g.sponsorId, totalCents: num(g.totalCents), shares: num(g.shares),
        grabbedCount: num(g.shares) - num(g.remainingCount), remainingCents: num(g.remainingCents), state: g.state, expiresAtMs: num(g.expiresAt),
        page: r.page, grabs: d.grabs.map((x) => ({ userId: x.userId, amountCents: num(x.amountCents), grabSeq: num(x.seq), grabbedAtMs: num(x.atMs) })),
        bestLuckUserId: d.bestLuck?.userId ?? '',
        hasMore: r.page + 1 < d.maxScreens && num(g.shares) - num(g.remainingCount) > (r.page + 1) * d.screenSize,
      } }).finish();
    }
  }
}

function num(v: unknown): number {
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) throw new Error(`money answer carries ${JSON.stringify(v)} where a count is expected`);
  return v;
}
