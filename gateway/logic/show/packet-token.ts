/**
 * Packet tokens: a won packet travels to the phone as a signed token, so an
 * open or share can be validated by signature alone, with no database
 * (seed: "红包简化逻辑"). Format: base64url(fields joined by '|') '.' base64url(HMAC-SHA256).
 */
import { timingSafeEqual } from 'node:crypto';
import { Hmac256 } from '../../../common/hmac.ts';
import { ShakeError } from '../../../common/errors.ts';
import type { ErrorCode } from '../../../contracts/errors.ts';

export interface PacketClaim {
  packetId: string;
  userId: string;
  sponsorId: string;
  roundId: string;
  amountCents: number;
  shares: number;
  shareAmountCents: number;
  expiresAtMs: number;
}

export const TokenErrorCodes = {
  malformed: 'PACKET_TOKEN_MALFORMED',
  forged: 'PACKET_TOKEN_FORGED',
  expired: 'PACKET_TOKEN_EXPIRED',
  otherUser: 'PACKET_TOKEN_OTHER_USER',
} as const satisfies Record<string, ErrorCode>;

const VERSION = 'p1';
const MAX_TOKEN = 600;

export class PacketTokens {
  private readonly hmac: Hmac256;
  private readonly decoded = { length: 0 };

  constructor(secret: string) {
    this.hmac = new Hmac256(secret, MAX_TOKEN);
  }

  sign(c: PacketClaim): string {
    const fields = [VERSION, c.packetId, c.userId, c.sponsorId, c.roundId, c.amountCents, c.shares, c.shareAmountCents, c.expiresAtMs];
    for (const f of fields) if (String(f).includes('|')) throw new ShakeError(TokenErrorCodes.malformed, 'token field contains |');
    const body = fields.join('|');
    return `${Buffer.from(body).toString('base64url')}.${this.mac(body).toString('base64url')}`;
  }

  /** Returns the claim if the token is genuine, unexpired and the user's; throws a ShakeError otherwise. */
  verify(token: string, userId: string, nowMs: number): PacketClaim {
    if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN) throw new ShakeError(TokenErrorCodes.malformed, 'packet token missing or too long');
    const dot = token.indexOf('.');
    if (dot <= 0) throw new ShakeError(TokenErrorCodes.malformed, 'packet token must be <claim>.<signature>');
    const want = this.hmac.macOfBase64url(token.slice(0, dot), this.decoded)!; // fits: MAX_TOKEN bounds it
    const body = this.hmac.lastMessage(this.decoded.length).toString('utf8');
    const given = Buffer.from(token.slice(dot + 1), 'base64url');
    if (given.length !== want.length || !timingSafeEqual(given, want)) throw new ShakeError(TokenErrorCodes.forged, 'packet token signature does not match');
    const f = body.split('|');
    if (f.length !== 9 || f[0] !== VERSION) throw new ShakeError(TokenErrorCodes.malformed, 'unknown packet token version');
    const claim: PacketClaim = {
      packetId: f[1], userId: f[2], sponsorId: f[3], roundId: f[4],
      amountCents: Number(f[5]), shares: Number(f[6]), shareAmountCents: Number(f[7]), expiresAtMs: Number(f[8]),
    };
    if (claim.userId !== userId) throw new ShakeError(TokenErrorCodes.otherUser, 'this packet was won by another user');
    if (claim.expiresAtMs <= nowMs) throw new ShakeError(TokenErrorCodes.expired, 'packet token expired');
    return claim;
  }

  private mac(body: string): Buffer {
    return this.hmac.mac(body);
  }
}
