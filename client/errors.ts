/**
 * Errors the client SDK raises. Codes are stable (see contracts/proto/README.md for the
 * gateway's own codes, which are passed through unchanged).
 */
import { ShakeError } from '../contracts/shake-error.ts';
import type { ErrorCode } from '../contracts/errors.ts';

export const ClientErrorCode = {
  /** Every gateway of the list failed for maxConnectAttempts attempts. */
  CONNECT_FAILED: 'CLIENT_CONNECT_FAILED',
  /** close() was called; pending requests are rejected with this. */
  CLOSED: 'CLIENT_CLOSED',
  /** The gateway refused the upgrade for a reason retrying cannot fix (bad/expired token). */
  AUTH_REFUSED: 'CLIENT_AUTH_REFUSED',
  /** A request was given up after maxRequestAttempts timeouts/busy answers. */
  REQUEST_FAILED: 'CLIENT_REQUEST_FAILED',
  /** The reply did not carry the body the request expects. */
  BAD_REPLY: 'CLIENT_BAD_REPLY',
  /** A shake was refused locally: the rate-limit tier forbids it now (rateLimitMode 'reject'). */
  RATE_LIMITED: 'CLIENT_RATE_LIMITED',
  /** The options are invalid. */
  BAD_OPTIONS: 'CLIENT_BAD_OPTIONS',
} as const satisfies Record<string, ErrorCode>;
export type ClientErrorCode = (typeof ClientErrorCode)[keyof typeof ClientErrorCode];

export class ClientError extends ShakeError {
  constructor(code: ClientErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
    this.name = 'ClientError';
  }
}

/**
 * The gateway answered the request with ErrorReply{code, message}; code is the gateway's stable code.
 * retryAfterMs is set with TRY_AGAIN_LATER: send the same request again after it.
 */
export class GatewayError extends ShakeError {
  readonly retryAfterMs: number;
  constructor(code: string, message: string, retryAfterMs = 0) {
    // Received over the wire: a catalogue code of the gateway's build, passed on unchanged even
    // when that build is newer than this SDK's catalogue.
    super(code as ErrorCode, message, retryAfterMs ? { retryAfterMs } : undefined);
    this.name = 'GatewayError';
    this.retryAfterMs = retryAfterMs;
  }
}
