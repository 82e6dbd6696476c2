/**
 * Binds the async queue (QueueConsumer: SQLite embedded or JetStream) to the
 * money service. At-least-once delivery + idempotent apply (operation id) =
 * each operation takes effect once. Undecodable or invalid entries can never
 * succeed: they are logged at error level and acked (not redelivered forever).
 */
import type { DeliveredMessage, QueueConsumer } from '../queue/types.ts';
import { isShakeError } from '../common/errors.ts';
import type { Logger } from '../common/logger.ts';
import { decodeOp } from './journal-codec.ts';
import type { PacketService } from './service.ts';

export function messageHandler(service: PacketService, log: Logger) {
  return async (msg: DeliveredMessage): Promise<void> => {
    let op;
    try {
      op = decodeOp(msg.data);
    } catch (e) {
      if (isShakeError(e) && e.code === 'JOURNAL_ENTRY_MALFORMED') {
        log.error({ msgId: msg.id, seq: msg.seq, err: e }, 'invalid journal entry dropped');
        return;
      }
      throw e;
    }
    const r = await service.apply(op);
    if (msg.redeliveries > 0 || r.repeat) {
      log.info({ msgId: msg.id, packetId: op.packetId, operationId: op.opId, redeliveries: msg.redeliveries, ...r }, 'redelivered operation');
    }
  };
}

export async function startConsumer(consumer: QueueConsumer, service: PacketService, log: Logger): Promise<void> {
  await consumer.start(messageHandler(service, log));
}
