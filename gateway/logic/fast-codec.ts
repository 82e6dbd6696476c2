/**
 * Hand-written protobuf for the hottest path: decoding shake requests and
 * encoding shake replies that carry no packet. Produces exactly the bytes
 * protobufjs produces (a property test holds it to that); anything outside
 * the fast path returns null and goes through protobufjs.
 */
import type { shake } from '../../contracts/proto/gen/shake.js';

export interface FastShakeRequest {
  seq: number;
  op: 'shake';
  shake: { cookie: Uint8Array; clientTimeMs: number };
}

function readVarint(b: Uint8Array, pos: number, end: number): [number, number] | null {
  let value = 0;
  let mul = 1;
  for (let i = 0; i < 10 && pos < end; i++) {
    const byte = b[pos++];
    value += (byte & 0x7f) * mul;
    if ((byte & 0x80) === 0) return [value, pos];
    mul *= 128;
  }
  return null;
}

const EMPTY: Uint8Array = new Uint8Array(0);

/** Decodes `{seq, shake: {cookie, client_time_ms}}`; null for anything else (use protobufjs). */
export function decodeShakeRequest(b: Uint8Array): FastShakeRequest | null {
  let pos = 0;
  const end = b.length;
  let seq = 0;
  let seenSeq = false;
  let body: [number, number] | null = null;
  while (pos < end) {
    const tag = b[pos++];
    if (tag === 0x08 && !seenSeq) {
      const v = readVarint(b, pos, end);
      if (!v) return null;
      seq = v[0] % 4294967296;
      pos = v[1];
      seenSeq = true;
    } else if (tag === 0x12 && !body) {
      const v = readVarint(b, pos, end);
      if (!v || v[1] + v[0] > end) return null;
      body = [v[1], v[1] + v[0]];
      pos = v[1] + v[0];
    } else {
      return null;
    }
  }
  if (!body) return null;
  let cookie = EMPTY;
  let clientTimeMs = 0;
  let seenCookie = false;
  let seenTime = false;
  pos = body[0];
  while (pos < body[1]) {
    const tag = b[pos++];
    if (tag === 0x0a && !seenCookie) {
      const v = readVarint(b, pos, body[1]);
      if (!v || v[1] + v[0] > body[1]) return null;
      cookie = b.subarray(v[1], v[1] + v[0]);
      pos = v[1] + v[0];
      seenCookie = true;
    } else if (tag === 0x10 && !seenTime) {
      const v = readVarint(b, pos, body[1]);
      if (!v || v[0] > Number.MAX_SAFE_INTEGER) return null;
      clientTimeMs = v[0];
      pos = v[1];
      seenTime = true;
    } else {
      return null;
    }
  }
  return { seq, op: 'shake', shake: { cookie, clientTimeMs } };
}

export interface FastTokenRequest {
  seq: number;
  op: 'open' | 'share';
  open?: { packetToken: string };
  share?: { packetToken: string };
}

/**
 * Decodes `{seq, open|share: {packet_token}}` with an ASCII token (tokens are
 * base64url); null for anything else. protobufjs' UTF-8 string reader is the
 * slow part of these requests.
 */
export function decodeTokenRequest(b: Uint8Array): FastTokenRequest | null {
  let pos = 0;
  const end = b.length;
  let seq = 0;
  if (b[0] === 0x08) {
    const v = readVarint(b, 1, end);
    if (!v) return null;
    seq = v[0] % 4294967296;
    pos = v[1];
  }
  const tag = b[pos++];
  if (tag !== 0x1a && tag !== 0x22) return null;
  const len = readVarint(b, pos, end);
  if (!len || len[1] + len[0] !== end) return null;
  pos = len[1];
  let token = '';
  if (pos < end) {
    if (b[pos++] !== 0x0a) return null;
    const t = readVarint(b, pos, end);
    if (!t || t[1] + t[0] !== end) return null;
    for (let i = t[1]; i < end; i++) {
      const c = b[i];
      if (c >= 0x80) return null;
      token += String.fromCharCode(c);
    }
  }
  return tag === 0x1a ? { seq, op: 'open', open: { packetToken: token } } : { seq, op: 'share', share: { packetToken: token } };
}

const inner = new Uint8Array(2048);
const outer = new Uint8Array(2100);
const rateBuf = new Uint8Array(32);

function writeVarint(b: Uint8Array, pos: number, v: number): number {
  while (v >= 128) {
    b[pos++] = (v % 128) | 0x80;
    v = Math.floor(v / 128);
  }
  b[pos++] = v;
  return pos;
}

/** ASCII only; returns -1 for anything else (protobufjs handles UTF-8). */
function writeAscii(b: Uint8Array, pos: number, s: string): number {
  if (s.length > 255) return -1;
  pos = writeVarint(b, pos, s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return -1;
    b[pos++] = c;
  }
  return pos;
}

/** Copies small arrays with a loop: TypedArray.set has a fixed cost that dominates at these sizes. */
function copy(dst: Uint8Array, at: number, src: Uint8Array, from: number, to: number): void {
  for (let i = from; i < to; i++) dst[at++] = src[i];
}

function writeTagged(b: Uint8Array, pos: number, tag: number, v: number): number {
  b[pos++] = tag;
  return writeVarint(b, pos, v);
}

/**
 * Encodes ServerMessage {seq, rateLimit?, shake} when the shake reply has no
 * packet and only ASCII strings; null otherwise. Field order matches the
 * generated encoder; a field is written when it is not null/undefined (our
 * reply objects are plain literals, so that is protobufjs' own-property rule).
 */
export function encodeShakeReply(seq: number | null | undefined, rateLimit: shake.v1.IRateLimit | null | undefined, r: shake.v1.IShakeReply): Uint8Array | null {
  if (r.packet != null) return null;
  let p = 0;
  if (r.outcome != null) {
    if ((r.outcome as number) < 0) return null;
    p = writeTagged(inner, p, 0x08, r.outcome as number);
  }
  if (r.contentId != null) {
    inner[p++] = 0x12;
    p = writeAscii(inner, p, r.contentId);
    if (p < 0) return null;
  }
  if (r.cookie != null) {
    const c = r.cookie;
    if (c.length > 1024) return null;
    p = writeTagged(inner, p, 0x22, c.length);
    copy(inner, p, c, 0, c.length);
    p += c.length;
  }
  if (r.roundId != null) {
    inner[p++] = 0x2a;
    p = writeAscii(inner, p, r.roundId);
    if (p < 0) return null;
  }
  if (r.noPacketReason != null) {
    if ((r.noPacketReason as number) < 0) return null;
    p = writeTagged(inner, p, 0x30, r.noPacketReason as number);
  }
  if (r.nextRoundAtMs != null) {
    const v = Number(r.nextRoundAtMs);
    if (!Number.isSafeInteger(v) || v < 0) return null;
    p = writeTagged(inner, p, 0x38, v);
  }
  let q = 0;
  if (seq != null) q = writeTagged(outer, q, 0x08, seq >>> 0);
  if (rateLimit != null) {
    let rl = 0;
    if (rateLimit.tier != null) rl = writeTagged(rateBuf, rl, 0x08, rateLimit.tier >>> 0);
    if (rateLimit.minIntervalMs != null) rl = writeTagged(rateBuf, rl, 0x10, rateLimit.minIntervalMs >>> 0);
    q = writeTagged(outer, q, 0x12, rl);
    copy(outer, q, rateBuf, 0, rl);
    q += rl;
  }
  q = writeTagged(outer, q, 0x1a, p);
  const out = new Uint8Array(q + p);
  copy(out, 0, outer, 0, q);
  copy(out, q, inner, 0, p);
  return out;
}
