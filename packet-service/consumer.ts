/**
 * Binds the async queue (QueueConsumer: SQLite embedded or JetStream) to the
 * money service. At-least-once delivery + idempotent apply (operation id) =
 * each operation takes effect once. Undecodable or invalid entries can never
 * succeed: they are logged at error level and acked (not redelivered forever).
 */
import type { DeliveredMessage, QueueConsumer } from '../queue/types.ts';
import { isShakeError } from '../common/errors.ts';
import type { Logger } from '../common/logger.ts';
import { decodeEntry } from './journal-codec.ts';
import { startExpiry, WatermarkTracker } from './expiry.ts';
import type { PacketService } from './service.ts';
import type { MintOp } from './shard/messages.ts';

export function messageHandler(service: PacketService, log: Logger, watermarks?: WatermarkTracker) {
  return async (msg: DeliveredMessage): Promise<void> => {
    let entry;
    try {
      entry = decodeEntry(msg.data);
    } catch (e) {
      if (isShakeError(e) && e.code === 'JOURNAL_ENTRY_MALFORMED') {
        log.error({ msgId: msg.id, seq: msg.seq, err: e }, 'invalid journal entry dropped');
        return;
      }
      throw e;
    }
    if (entry.type === 'watermark') {
      watermarks?.offer(entry.gatewayId, entry.atMs, msg.seq);
      return;
    }
    if (entry.type === 'mint') {
      await importMint(service, entry.mint, log);
      return;
    }
    const op = entry.op;
    const r = entry.type === 'issue' ? await service.issue(entry.op) : await service.apply(entry.op);
    if (msg.redeliveries > 0 || r.repeat) {
      log.info({ msgId: msg.id, packetId: op.packetId, entryId: op.entryId, redeliveries: msg.redeliveries, ...r }, 'redelivered operation');
    }
  };
}

/** A packet another SET minted for this one; a conflicting record can never succeed: logged and acked. */
async function importMint(service: PacketService, mint: MintOp, log: Logger): Promise<void> {
  try {
    const r = await service.importMint(mint);
    log.debug({ packetId: mint.packetId, recycledFrom: mint.recycledFrom, ...r }, 'minted packet added to the book');
  } catch (e) {
    if (!isShakeError(e) || e.code !== 'MINT_CONFLICT') throw e;
    log.error({ code: e.code, err: e, ...mint }, 'MINT entry refused: the book holds another record under this id');
  }
}

/**
 * Starts consuming; with `expiry`, watermark entries are tracked and issued packets
 * never opened are expired once the watermarks allow (expiry.ts). Returns a stop function.
 */
export async function startConsumer(consumer: QueueConsumer, service: PacketService, log: Logger,
  expiry?: { expectedJournals: readonly string[]; intervalMs: number }): Promise<() => void> {
  const tracker = expiry && consumer.ackedThrough ? new WatermarkTracker(expiry.expectedJournals) : undefined;
  await consumer.start(messageHandler(service, log, tracker));
  if (!tracker || !expiry) return () => undefined;
  // Said once at start: with a gateway missing here, expiry may run before that gateway's opens are applied (README).
  if (expiry.expectedJournals.length === 0) {
    log.warn('expiry.expectedJournals is empty: issued packets expire on the watermarks of whichever gateways have reported; list every gateway of the show');
  } else {
    log.info({ expectedJournals: expiry.expectedJournals }, 'expiry of issued packets waits for a watermark from each of these gateways');
  }
  return startExpiry({ tracker, ackedThrough: () => consumer.ackedThrough!(), expire: (w, up) => service.expireIssued(w, up), intervalMs: expiry.intervalMs, log });
}
