/**
 * Durable consumer of the embedded SQLite queue. Polls the shared file, runs
 * the handler for up to maxInFlight messages at once (different keys in
 * parallel, one key strictly in order), acks when the handler resolves,
 * redelivers after a failure (backoff) or after the consuming process died
 * (dead pid detected, or lease expiry as a last resort).
 */
import { randomUUID } from 'node:crypto';
import type { DeliveredMessage, MessageHandler, QueueConsumer } from './types.ts';
import { openQueueDb, type Db } from './sqlite-schema.ts';
import { SqliteConsumerStore } from './sqlite-consumer-store.ts';
import { QueueErrorCode, queueError } from './errors.ts';
import { backoffMs } from './backoff.ts';
import { pidAlive } from '../common/pid-alive.ts';
import { createLogger, type Logger } from '../common/logger.ts';

export interface SqliteConsumerOptions {
  path: string;
  /** Durable consumer name: progress is kept per name; processes sharing a name share the work. */
  consumerName?: string;
  maxInFlight?: number;
  /** A lease not renewed for this long is considered abandoned (consumer hung or died elsewhere). */
  ackWaitMs?: number;
  pollIntervalMs?: number;
  /** Redelivery delay after a handler failure: exponential from min to max. */
  retryMinMs?: number;
  retryMaxMs?: number;
  maxPending?: number;
  logger?: Logger;
}

export class SqliteConsumer implements QueueConsumer {
  private readonly db: Db;
  private readonly store: SqliteConsumerStore;
  private readonly o: Required<Omit<SqliteConsumerOptions, 'logger' | 'path'>>;
  private readonly log: Logger;
  private handler: MessageHandler | null = null;
  private readonly inFlight = new Map<number, Promise<void>>();
  private acks: number[] = [];
  private pumpScheduled = false;
  private pollTimer: NodeJS.Timeout | null = null;
  private renewTimer: NodeJS.Timeout | null = null;
  private lastReclaim = 0;
  private closed = false;

  constructor(options: SqliteConsumerOptions) {
    this.o = {
      consumerName: options.consumerName ?? 'default',
      maxInFlight: options.maxInFlight ?? 256,
      ackWaitMs: options.ackWaitMs ?? 30_000,
      pollIntervalMs: options.pollIntervalMs ?? 20,
      retryMinMs: options.retryMinMs ?? 100,
      retryMaxMs: options.retryMaxMs ?? 10_000,
      maxPending: options.maxPending ?? 20_000,
    };
    this.log = options.logger ?? createLogger('queue.sqlite-consumer');
    this.db = openQueueDb(options.path, 'NORMAL');
    this.store = new SqliteConsumerStore(this.db, this.o.consumerName, `${process.pid}:${randomUUID()}`);
  }

  async start(handler: MessageHandler): Promise<void> {
    if (this.closed) throw queueError(QueueErrorCode.CLOSED, 'consumer closed');
    if (this.handler) throw queueError(QueueErrorCode.CONFIG_INVALID, 'consumer already started');
    this.handler = handler;
    const every = Math.max(50, Math.floor(this.o.ackWaitMs / 3));
    this.renewTimer = setInterval(() => this.renewLeases(), every);
    this.schedulePump();
  }

  async lag(): Promise<number> {
    return this.store.lag();
  }

  async ackedThrough(): Promise<number> {
    return this.store.ackedThrough();
  }

  private schedulePump(): void {
    if (this.pumpScheduled || this.closed) return;
    this.pumpScheduled = true;
    setImmediate(() => {
      this.pumpScheduled = false;
      this.pump();
    });
  }

  private pump(): void {
    if (this.closed || !this.handler) return;
    if (this.pollTimer) { clearTimeout(this.pollTimer); this.pollTimer = null; }
    let taken: DeliveredMessage[] = [];
    try {
      this.flushAcks();
      const now = Date.now();
      if (now - this.lastReclaim > 500) {
        this.lastReclaim = now;
        const freed = this.store.reclaimDeadOwners(pidAlive);
        if (freed > 0) this.log.warn({ consumer: this.o.consumerName, freed }, 'reclaimed leases of a dead consumer process');
      }
      const room = this.o.maxInFlight - this.inFlight.size;
      if (room > 0) {
        taken = this.store.take({
          now, max: room, leaseMs: this.o.ackWaitMs, maxPending: this.o.maxPending, exclude: new Set(this.inFlight.keys()),
        });
      }
    } catch (e) {
      this.log.error({ err: e, consumer: this.o.consumerName }, 'sqlite queue poll failed; retrying');
    }
    for (const m of taken) this.dispatch(m);
    if (taken.length === 0 && !this.closed) {
      this.pollTimer = setTimeout(() => this.pump(), this.o.pollIntervalMs);
    }
  }

  private dispatch(m: DeliveredMessage): void {
    const run = (async () => {
      try {
        await this.handler!(m);
        this.acks.push(m.seq);
      } catch (e) {
        const delay = backoffMs(m.redeliveries, this.o.retryMinMs, this.o.retryMaxMs);
        this.log.warn({ err: e, id: m.id, key: m.key, seq: m.seq, redeliveries: m.redeliveries, delay }, 'handler failed; will redeliver');
        try {
          this.store.nack(m.seq, Date.now() + delay);
        } catch (e2) {
          this.log.error({ err: e2, seq: m.seq }, 'nack failed; lease expiry will redeliver');
        }
      } finally {
        this.inFlight.delete(m.seq);
        this.schedulePump();
      }
    })();
    this.inFlight.set(m.seq, run);
  }

  private flushAcks(): void {
    if (this.acks.length === 0) return;
    const seqs = this.acks;
    this.acks = [];
    try {
      this.store.ack(seqs);
    } catch (e) {
      this.acks = seqs.concat(this.acks);
      throw e;
    }
  }

  private renewLeases(): void {
    if (this.inFlight.size === 0 || this.closed) return;
    try {
      this.store.renew([...this.inFlight.keys()], Date.now() + this.o.ackWaitMs);
    } catch (e) {
      this.log.error({ err: e }, 'lease renewal failed');
    }
  }

  /** Stops taking messages, waits for running handlers (up to drainMs), acks what finished, frees the rest. */
  async close(drainMs = 5_000): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.pollTimer) clearTimeout(this.pollTimer);
    if (this.renewTimer) clearInterval(this.renewTimer);
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      Promise.allSettled([...this.inFlight.values()]),
      new Promise((r) => { timer = setTimeout(r, drainMs); }),
    ]);
    clearTimeout(timer);
    try {
      this.flushAcks();
      if (this.inFlight.size > 0) this.store.release([...this.inFlight.keys()]);
    } catch (e) {
      this.log.error({ err: e }, 'final ack flush failed; messages will be redelivered');
    }
    this.db.close();
  }
}
