/**
 * Reads ClientMessage.seq (field 1, varint) from the start of a frame without
 * decoding the message, so the IO layer can answer "busy" for the right
 * request while staying ignorant of business messages. Encoders write fields
 * in field-number order, so seq comes first when present. Returns 0 if absent
 * or unreadable.
 */
export function peekSeq(frame: Uint8Array): number {
  if (frame.length < 2 || frame[0] !== 0x08) return 0;
  let value = 0;
  let shift = 0;
  for (let i = 1; i < frame.length && i < 6; i++) {
    const b = frame[i];
    value += (b & 0x7f) * 2 ** shift;
    if ((b & 0x80) === 0) return value >>> 0;
    shift += 7;
  }
  return 0;
}
