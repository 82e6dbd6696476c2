/**
 * The request and reply frame payloads that cross the rings between the IO
 * threads and the logic workers (and the journal thread's durable replies):
 * both sides import this one module, so the format has one owner.
 *
 * Request payload = [u8 userIdLength][userId ascii][ClientMessage bytes], written by the IO layer.
 * Reply payload = [4-byte prefix][ServerMessage bytes]; prefix = flags (ReplyFlags), rate limit told
 * (0 = none, else tier + 1; see gateway/overload/), reserved (u16).
 */

export const ReplyFlags = {
  /** Close the connection after sending this reply. */
  closeAfter: 1,
  /** The reply answers a shake (the IO layer paces shakes). */
  shake: 2,
  /** The reply answers a grab (set by the host's money relay; times grabs apart from other requests). */
  grab: 4,
} as const;
export const REPLY_PREFIX_BYTES = 4;

/** Splits a request payload into the user it came from and its ClientMessage bytes. */
export function splitRequest(payload: Uint8Array): { userId: string; body: Uint8Array } {
  const n = payload[0];
  let userId = '';
  for (let i = 1; i <= n; i++) userId += String.fromCharCode(payload[i]);
  return { userId, body: payload.subarray(1 + n) };
}

/** The prefix the IO layer writes before every request of `userId` (computed once per connection). */
export function encodeRequestPrefix(userId: string): Uint8Array {
  const out = new Uint8Array(1 + userId.length);
  out[0] = userId.length;
  for (let i = 0; i < userId.length; i++) out[i + 1] = userId.charCodeAt(i);
  return out;
}
