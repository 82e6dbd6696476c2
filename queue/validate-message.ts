import type { QueueMessage } from './types.ts';
import { QueueErrorCode, queueError } from './errors.ts';

/** Throws QUEUE_BAD_MESSAGE unless id and key are non-empty and data is bytes. */
export function validateMessage(msg: QueueMessage): void {
  if (typeof msg.id !== 'string' || msg.id.length === 0) {
    throw queueError(QueueErrorCode.BAD_MESSAGE, 'message id must be a non-empty string');
  }
  if (typeof msg.key !== 'string' || msg.key.length === 0) {
    throw queueError(QueueErrorCode.BAD_MESSAGE, 'message key must be a non-empty string', { id: msg.id });
  }
  if (!(msg.data instanceof Uint8Array)) {
    throw queueError(QueueErrorCode.BAD_MESSAGE, 'message data must be a Uint8Array', { id: msg.id });
  }
}
