/**
 * Replies the IO layer sends by itself (busy, protocol errors). Encoded here,
 * once per call, with the proto module; the IO layer never decodes requests.
 */
import { shake } from '../../contracts/proto/gen/shake.js';
import type { ErrorCode } from '../../contracts/errors.ts';

const ServerMessage = shake.v1.ServerMessage;

export const IoErrorCodes = {
  textFrame: 'TEXT_FRAME_NOT_SUPPORTED',
  emptyFrame: 'EMPTY_FRAME',
  tooManyInFlight: 'TOO_MANY_IN_FLIGHT',
  ringFull: 'GATEWAY_BUSY',
  internal: 'INTERNAL_ERROR',
} as const satisfies Record<string, ErrorCode>;

export function busyReply(seq: number, retryAfterMs: number, reason: string): Uint8Array {
  return ServerMessage.encode({ seq, busy: { retryAfterMs, reason } }).finish();
}

export function errorReply(seq: number, code: string, message: string): Uint8Array {
  return ServerMessage.encode({ seq, error: { code, message } }).finish();
}
