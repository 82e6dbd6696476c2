/**
 * Stable error codes of the async queue (see common/errors.ts). Operators see
 * these in logs and in the forwarder's lastError.
 */
import { ShakeError } from '../common/errors.ts';
import type { ErrorCode } from '../contracts/errors.ts';

export const QueueErrorCode = {
  /** The publisher/consumer was closed. */
  CLOSED: 'QUEUE_CLOSED',
  /** The queue did not durably accept a message (down, timeout, no quorum). Retry. */
  PUBLISH_FAILED: 'QUEUE_PUBLISH_FAILED',
  /** A config object failed validation. */
  CONFIG_INVALID: 'QUEUE_CONFIG_INVALID',
  /** Stream/consumer setup did not succeed before the deadline (e.g. no meta leader). */
  SETUP_FAILED: 'QUEUE_SETUP_FAILED',
  /** A message was rejected as malformed (empty id/key). */
  BAD_MESSAGE: 'QUEUE_BAD_MESSAGE',
} as const satisfies Record<string, ErrorCode>;

export type QueueErrorCode = (typeof QueueErrorCode)[keyof typeof QueueErrorCode];

export function queueError(code: QueueErrorCode, message: string, details?: Record<string, unknown>): ShakeError {
  return new ShakeError(code, message, details);
}
