/**
 * Appends `rate_limit` (ServerMessage field 2) to an already encoded
 * ServerMessage. Protobuf parsers accept fields in any order, so this gives
 * the IO layer's own replies (busy) the current limit without decoding them.
 * Only for messages that carry no rate_limit yet (a second one would merge).
 */
function varint(out: number[], v: number): void {
  while (v >= 128) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

/** The bytes of field 2 holding RateLimit { tier, min_interval_ms } (zero fields omitted, as protobufjs would for 0). */
export function rateLimitField(tier: number, minIntervalMs: number): Uint8Array {
  const inner: number[] = [];
  if (tier > 0) { inner.push(0x08); varint(inner, tier >>> 0); }
  if (minIntervalMs > 0) { inner.push(0x10); varint(inner, minIntervalMs >>> 0); }
  const out: number[] = [0x12];
  varint(out, inner.length);
  return Uint8Array.from([...out, ...inner]);
}

export function appendRateLimit(message: Uint8Array, tier: number, minIntervalMs: number): Uint8Array {
  const field = rateLimitField(tier, minIntervalMs);
  const out = new Uint8Array(message.length + field.length);
  out.set(message, 0);
  out.set(field, message.length);
  return out;
}
