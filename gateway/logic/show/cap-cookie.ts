/**
 * Cap layer (a): a cookie the phone carries, signed by the gateways, listing
 * the packets (and their sponsors) the user has won. Honest phones send it
 * back with every shake, so caps need no server storage for them. A cookie
 * with a bad signature or for another user is rejected (and counted); the
 * other layers then decide.
 *
 * Layout: u8 version | u8 len, userId | u8 n | n x (u8 len, packetId, u8 len, sponsorId) | 16-byte HMAC-SHA256 prefix.
 */
import { timingSafeEqual } from 'node:crypto';
import { Hmac256 } from '../../../common/hmac.ts';

const VERSION = 1;
const MAC_BYTES = 16;

export interface WonPacket {
  packetId: string;
  sponsorId: string;
}

export type CookieCheck =
  | { kind: 'absent' }
  | { kind: 'valid'; won: WonPacket[] }
  | { kind: 'forged' }
  | { kind: 'other-user' }
  | { kind: 'malformed' };

export class CapCookies {
  private readonly hmac: Hmac256;

  constructor(secret: string) {
    this.hmac = new Hmac256(secret);
  }

  encode(userId: string, won: WonPacket[]): Uint8Array {
    const parts: number[] = [VERSION];
    const put = (s: string) => {
      const b = Buffer.from(s, 'utf8');
      if (b.length > 255) throw new RangeError('cookie field too long');
      parts.push(b.length, ...b);
    };
    put(userId);
    parts.push(won.length);
    for (const w of won) {
      put(w.packetId);
      put(w.sponsorId);
    }
    const body = Buffer.from(parts);
    return Buffer.concat([body, this.mac(body)]);
  }

  check(userId: string, cookie: Uint8Array | null | undefined): CookieCheck {
    if (!cookie || cookie.length === 0) return { kind: 'absent' };
    if (cookie.length <= MAC_BYTES + 3) return { kind: 'malformed' };
    const body = Buffer.from(cookie.buffer, cookie.byteOffset, cookie.length - MAC_BYTES);
    const mac = Buffer.from(cookie.buffer, cookie.byteOffset + cookie.length - MAC_BYTES, MAC_BYTES);
    if (!timingSafeEqual(mac, this.mac(body))) return { kind: 'forged' };
    try {
      let at = 0;
      if (body[at++] !== VERSION) return { kind: 'malformed' };
      const take = () => {
        const n = body[at++];
        if (n === undefined || at + n > body.length) throw new RangeError('truncated');
        const s = body.toString('utf8', at, at + n);
        at += n;
        return s;
      };
      if (take() !== userId) return { kind: 'other-user' };
      const count = body[at++];
      const won: WonPacket[] = [];
      for (let i = 0; i < count; i++) won.push({ packetId: take(), sponsorId: take() });
      if (at !== body.length) return { kind: 'malformed' };
      return { kind: 'valid', won };
    } catch {
      return { kind: 'malformed' };
    }
  }

  private mac(body: Buffer): Buffer {
    return this.hmac.mac(body).subarray(0, MAC_BYTES);
  }
}
