/**
 * Hand-written protobuf for the hottest path: decoding shake requests and
 * encoding shake replies that carry no packet. Produces exactly the bytes
 * protobufjs produces (a property test holds it to that); anything outside
 * the fast path returns null and goes through protobufjs.
 */
import type { shake } from '../../proto/gen/shake.js';

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

const inner = new Uint8Array(2048);
const outer = new Uint8Array(2100);

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

const has = (o: object, k: string) => (o as Record<string, unknown>)[k] != null && Object.prototype.hasOwnProperty.call(o, k);

/**
 * Encodes ServerMessage {seq, rateLimit?, shake} when the shake reply has no
 * packet and only ASCII strings; null otherwise. Field order and presence
 * rules match the generated encoder.
 */
export function encodeShakeReply(seq: number | null | undefined, rateLimit: shake.v1.IRateLimit | null | undefined, r: shake.v1.IShakeReply): Uint8Array | null {
  if (has(r, 'packet')) return null;
  let p = 0;
  if (has(r, 'outcome')) {
    if ((r.outcome as number) < 0) return null;
    inner[p++] = 0x08;
    p = writeVarint(inner, p, r.outcome as number);
  }
  if (has(r, 'contentId')) {
    inner[p++] = 0x12;
    p = writeAscii(inner, p, r.contentId!);
    if (p < 0) return null;
  }
  if (has(r, 'cookie')) {
    const c = r.cookie!;
    if (c.length > 1024) return null;
    inner[p++] = 0x22;
    p = writeVarint(inner, p, c.length);
    inner.set(c, p);
    p += c.length;
  }
  if (has(r, 'roundId')) {
    inner[p++] = 0x2a;
    p = writeAscii(inner, p, r.roundId!);
    if (p < 0) return null;
  }
  if (has(r, 'noPacketReason')) {
    if ((r.noPacketReason as number) < 0) return null;
    inner[p++] = 0x30;
    p = writeVarint(inner, p, r.noPacketReason as number);
  }
  if (has(r, 'nextRoundAtMs')) {
    const v = Number(r.nextRoundAtMs);
    if (!Number.isSafeInteger(v) || v < 0) return null;
    inner[p++] = 0x38;
    p = writeVarint(inner, p, v);
  }
  let q = 0;
  if (seq != null) {
    outer[q++] = 0x08;
    q = writeVarint(outer, q, seq >>> 0);
  }
  if (rateLimit != null) {
    let rl = 0;
    const tmp = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    const put = (tag: number, v: number) => {
      tmp[rl++] = tag;
      while (v >= 128) { tmp[rl++] = (v % 128) | 0x80; v = Math.floor(v / 128); }
      tmp[rl++] = v;
    };
    if (has(rateLimit, 'tier')) put(0x08, rateLimit.tier! >>> 0);
    if (has(rateLimit, 'minIntervalMs')) put(0x10, rateLimit.minIntervalMs! >>> 0);
    outer[q++] = 0x12;
    q = writeVarint(outer, q, rl);
    for (let i = 0; i < rl; i++) outer[q++] = tmp[i];
  }
  outer[q++] = 0x1a;
  q = writeVarint(outer, q, p);
  const out = new Uint8Array(q + p);
  out.set(outer.subarray(0, q));
  out.set(inner.subarray(0, p), q);
  return out;
}
