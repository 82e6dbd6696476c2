/**
 * JetStream publisher: subject from the key's shard, Nats-Msg-Id = message id
 * (the stream drops a repeat inside its duplicate window), resolves on the
 * stream's PubAck — for replicas 3 that is after a quorum (2 of 3) stored it.
 */
import { headers, type NatsConnection } from 'nats';
import { AckTracker, AckError } from './jetstream-acks.ts';
import type { QueueMessage, QueuePublisher } from './types.ts';
import type { JetStreamQueueConfig } from './config.ts';
import { connectForever } from './jetstream-connect.ts';
import { ensureStream } from './jetstream-stream.ts';
import { subjectFor } from './shard.ts';
import { setSubject, setWideSubject } from '../contracts/sets.ts';
import { QueueErrorCode, queueError } from './errors.ts';
import { validateMessage } from './validate-message.ts';
import { backoffMs } from './backoff.ts';
import { createLogger } from '../common/logger.ts';
import type { QueueClientOptions } from './types.ts';

/** Header carrying the ordering key (the consumer needs it back). */
export const KEY_HEADER = 'Shake-Key';

export class JetStreamPublisher implements QueuePublisher {
  private closed = false;
  private readonly acks: AckTracker;

  private constructor(
    private readonly nc: NatsConnection,
    private readonly c: JetStreamQueueConfig,
  ) {
    this.acks = new AckTracker(nc);
  }

  /**
   * Connects (retrying forever while the cluster is unreachable; SERVICE_UNAUTHORIZED at once on a
   * refused credential) and makes sure the stream exists (retrying until setupTimeoutMs).
   */
  static async create(c: JetStreamQueueConfig, options: QueueClientOptions): Promise<JetStreamPublisher> {
    const log = options.logger ?? createLogger('queue.jetstream-publisher');
    const nc = await connectForever(c.servers, 'shake-publisher', options, log);
    try {
      await ensureStream(await nc.jetstreamManager(), c, log);
    } catch (e) {
      await nc.close();
      throw e;
    }
    return new JetStreamPublisher(nc, c);
  }

  /**
   * Retries transient failures (503 while a stream leader is elected, an ack that timed out)
   * within publishTimeoutMs in total; a retry is safe because the stream dedupes by msgID.
   * Per-key order holds for publishes of one key made one after the other (each awaited).
   */
  async publish(msg: QueueMessage): Promise<void> {
    if (this.closed) throw queueError(QueueErrorCode.CLOSED, 'publisher closed');
    validateMessage(msg);
    const sets = this.c.sets;
    if (!sets) return this.publishOn(subjectFor(this.c.subjectPrefix, msg.key, this.c.shards ?? 64), msg.id, msg);
    if (!msg.broadcast) return this.publishOn(setSubject(this.c.subjectPrefix, msg.key, sets.seedSets, sets.subjectsPerSet), msg.id, msg);
    // One copy per SET, each its own id (the stream dedupes by id across subjects).
    await Promise.all(Array.from({ length: sets.count }, (_, set) => this.publishOn(setWideSubject(this.c.subjectPrefix, set), `${msg.id}@${set}`, msg)));
  }

  private async publishOn(subject: string, id: string, msg: QueueMessage): Promise<void> {
    const h = headers();
    h.set('Nats-Msg-Id', id);
    h.set(KEY_HEADER, msg.key);
    const deadline = Date.now() + (this.c.publishTimeoutMs ?? 5_000);
    for (let attempt = 0; ; attempt++) {
      const remaining = deadline - Date.now();
      try {
        await this.acks.publish(subject, msg.data, h, Math.max(remaining, 100));
        return;
      } catch (e) {
        const pause = backoffMs(attempt, 50, 1_000);
        if (this.closed || !isTransient(e) || Date.now() + pause >= deadline) {
          throw queueError(QueueErrorCode.PUBLISH_FAILED, `jetstream publish failed: ${(e as Error).message}`, { id, subject, attempts: attempt + 1 });
        }
        await new Promise((r) => setTimeout(r, pause));
      }
    }
  }

  /** The server this publisher is connected to now (host:port). */
  get connectedServer(): string {
    return this.nc.getServer();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.acks.close();
    await this.nc.close();
  }
}

/**
 * No responders (no stream leader right now), timeouts, and JetStream API errors that mean
 * "not now" (503 unavailable, 500 temporary raft trouble) are worth retrying.
 */
function isTransient(e: unknown): boolean {
  if (!(e instanceof AckError)) return false;
  if (e.kind === 'timeout' || e.kind === 'no-responders') return true;
  return e.kind === 'api' && (e.apiCode === 503 || e.apiCode === 500);
}
