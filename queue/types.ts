/**
 * The async durable queue between gateways (via their agents) and the money
 * service. Two implementations share this interface: NATS JetStream (replicas 3,
 * deployed) and an embedded SQLite queue (one machine).
 */
import type { Logger } from '../common/logger.ts';

/** One message: an encoded shake.internal.v1.JournalEntry. */
export interface QueueMessage {
  /** Unique forever; the dedupe key (JetStream Nats-Msg-Id). */
  readonly id: string;
  /** Ordering key: messages with the same key are delivered in publish order (the packet id). */
  readonly key: string;
  readonly data: Uint8Array;
  /**
   * Meant for every money SET, not for the one owning the key (journal watermarks: each
   * SET expires its own issued packets from them). A queue with one consumer ignores it.
   */
  readonly broadcast?: boolean;
}

export interface DeliveredMessage extends QueueMessage {
  /** Position in the queue (stream sequence); increases with publish order. */
  readonly seq: number;
  /** Number of times this message was delivered before (0 on first delivery). */
  readonly redeliveries: number;
}

export interface QueuePublisher {
  /** Resolves once the queue durably accepted the message (JetStream: stored on 2 of 3). Rejects otherwise. Publishing the same id twice stores it once. */
  publish(msg: QueueMessage): Promise<void>;
  close(): Promise<void>;
}

/**
 * Handler contract: resolve => the message is acked and never delivered again;
 * reject/throw or crash => it is delivered again later (at-least-once), so the
 * consumer must be idempotent by message id.
 */
export type MessageHandler = (msg: DeliveredMessage) => Promise<void>;

export interface QueueConsumer {
  start(handler: MessageHandler): Promise<void>;
  /** Messages published but not yet acked by this consumer. */
  lag(): Promise<number>;
  /**
   * Every message with seq ≤ the answer has been acked by this consumer (its handler
   * resolved). The money side applies a journal watermark only once its message is
   * below this floor: every entry published before it has then been applied.
   */
  ackedThrough?(): Promise<number>;
  close(): Promise<void>;
}

/**
 * What a publisher or consumer is given besides its config: the deployment's
 * service token (the NATS credential derives from it, common/nats-auth.ts; the
 * SQLite queue ignores it) and a logger.
 */
export interface QueueClientOptions {
  serviceToken: string;
  logger?: Logger;
}
