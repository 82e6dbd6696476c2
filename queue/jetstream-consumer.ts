/**
 * Durable pull consumer over the JetStream stream: explicit ack, ack when the
 * handler resolves, nak (with backoff delay) when it rejects, max_ack_pending
 * bounded on the server. Different keys are handled concurrently, one key
 * strictly in stream order (KeyLanes), also across a nak: later messages of
 * that key wait until the nak'd one is redelivered and succeeds.
 */
import { AckPolicy, DeliverPolicy, nanos, type ConsumerConfig, type ConsumerMessages, type JetStreamManager, type JsMsg, type NatsConnection } from 'nats';
import type { MessageHandler, QueueConsumer } from './types.ts';
import type { JetStreamQueueConfig } from './config.ts';
import { connectForever } from './jetstream-connect.ts';
import { ensureStream } from './jetstream-stream.ts';
import { KEY_HEADER } from './jetstream-publisher.ts';
import { KeyLanes } from './key-lanes.ts';
import { RecentSet } from './recent-set.ts';
import { retryUntil } from './retry-until.ts';
import { backoffMs } from './backoff.ts';
import { QueueErrorCode, queueError } from './errors.ts';
import { createLogger, type Logger } from '../common/logger.ts';

interface Item { seq: number; key: string; msg: JsMsg }

export interface JetStreamConsumerOptions {
  /** The deployment's service token: the NATS credential derives from it (common/nats-auth.ts). */
  serviceToken: string;
  /** Redelivery delay after a handler failure (nak delay): exponential from min to max. */
  retryMinMs?: number;
  retryMaxMs?: number;
  logger?: Logger;
}

export class JetStreamConsumer implements QueueConsumer {
  private readonly name: string;
  private readonly ackWaitMs: number;
  private readonly lanes: KeyLanes<Item>;
  private handler: MessageHandler | null = null;
  private messages: ConsumerMessages | null = null;
  private heartbeat: NodeJS.Timeout | null = null;
  private watchdog: NodeJS.Timeout | null = null;
  /** When the pull last handed a message (or was last (re)started). */
  private lastDeliveryMs = Date.now();
  private watchdogBusy = false;
  /** Pulls restarted by the watchdog because messages were pending and none came. */
  pullsRestarted = 0;
  private loopDone: Promise<void> = Promise.resolve();
  private closed = false;
  /** Stream seqs this process handled and acked: a redelivery of one (ack lost, or a consumer
   * leader change that forgot acks) is acked again without running the handler twice. */
  private readonly handled = new RecentSet(200_000);
  /** Redeliveries of already-handled messages that were acked again without the handler. */
  redeliveriesSuppressed = 0;

  private constructor(
    private readonly nc: NatsConnection,
    private readonly jsm: JetStreamManager,
    private readonly c: JetStreamQueueConfig,
    private readonly o: Required<Omit<JetStreamConsumerOptions, 'logger' | 'serviceToken'>>,
    private readonly log: Logger,
  ) {
    this.name = c.consumerName ?? 'default';
    this.ackWaitMs = c.ackWaitMs ?? 30_000;
    this.lanes = new KeyLanes<Item>((item) => this.run(item), this.o.retryMaxMs + this.ackWaitMs);
  }

  static async create(c: JetStreamQueueConfig, options: JetStreamConsumerOptions): Promise<JetStreamConsumer> {
    const log = options.logger ?? createLogger('queue.jetstream-consumer');
    const nc = await connectForever(c.servers, `shake-consumer-${c.consumerName ?? 'default'}`, options, log);
    try {
      const jsm = await nc.jetstreamManager();
      await ensureStream(jsm, c, log);
      await ensureConsumer(jsm, c, log);
      return new JetStreamConsumer(nc, jsm, c, { retryMinMs: options.retryMinMs ?? 200, retryMaxMs: options.retryMaxMs ?? 10_000 }, log);
    } catch (e) {
      await nc.close();
      throw e;
    }
  }

  async start(handler: MessageHandler): Promise<void> {
    if (this.closed) throw queueError(QueueErrorCode.CLOSED, 'consumer closed');
    if (this.handler) throw queueError(QueueErrorCode.CONFIG_INVALID, 'consumer already started');
    this.handler = handler;
    this.heartbeat = setInterval(() => {
      for (const item of this.lanes.held()) item.msg.working();
    }, Math.max(100, Math.floor(this.ackWaitMs / 3)));
    this.watchdog = setInterval(() => void this.restartStalledPull(), STALL_CHECK_MS);
    this.loopDone = this.loop();
  }

  /**
   * After a whole-cluster restart the client's pull can stay open yet receive
   * nothing (its heartbeats flow while the consumer behind it was rebuilt), and
   * the SET would stall with its backlog growing. When messages are pending on
   * the server, none is held here and none has come for PULL_STALL_MS, the pull
   * is stopped; the loop then opens a new one.
   */
  private async restartStalledPull(): Promise<void> {
    if (this.closed || this.watchdogBusy || !this.messages || Date.now() - this.lastDeliveryMs < PULL_STALL_MS) return;
    if (this.lanes.size > 0) return;
    this.watchdogBusy = true;
    try {
      const info = await this.jsm.consumers.info(this.c.stream, this.name);
      if (info.num_pending === 0 || this.closed || Date.now() - this.lastDeliveryMs < PULL_STALL_MS) return;
      this.pullsRestarted++;
      this.log.warn({ consumer: this.name, pending: info.num_pending, idleMs: Date.now() - this.lastDeliveryMs }, 'pull receives nothing while messages are pending; restarting it');
      this.lastDeliveryMs = Date.now();
      this.messages.stop();
    } catch {
      // The cluster does not answer: the pull's own heartbeats and the loop's restart handle that.
    } finally {
      this.watchdogBusy = false;
    }
  }

  private async loop(): Promise<void> {
    const js = this.nc.jetstream();
    while (!this.closed) {
      try {
        const consumer = await js.consumers.get(this.c.stream, this.name);
        // Short pull expiry + heartbeats: a pull parked on a node that dies (e.g. the consumer
        // leader) is noticed within ~2 s and re-issued, instead of after the 30 s default.
        this.messages = await consumer.consume({
          max_messages: Math.min(this.c.maxAckPending ?? 1000, 512), expires: 4_000, idle_heartbeat: 1_000,
        });
        this.lastDeliveryMs = Date.now();
        for await (const m of this.messages) {
          this.lastDeliveryMs = Date.now();
          if (this.handled.has(m.seq)) {
            this.redeliveriesSuppressed++;
            m.ack();
            continue;
          }
          const key = m.headers?.get(KEY_HEADER) || m.subject;
          this.lanes.offer({ seq: m.seq, key, msg: m });
        }
      } catch (e) {
        if (!this.closed) this.log.warn({ err: String(e), consumer: this.name }, 'consume loop interrupted; restarting');
      }
      if (!this.closed) await new Promise((r) => setTimeout(r, 500));
    }
  }

  private async run(item: Item): Promise<boolean> {
    const m = item.msg;
    const redeliveries = Math.max(0, m.info.redeliveryCount - 1);
    try {
      await this.handler!({ id: m.headers?.get('Nats-Msg-Id') ?? '', key: item.key, data: m.data, seq: m.seq, redeliveries });
    } catch (e) {
      const delay = backoffMs(redeliveries, this.o.retryMinMs, this.o.retryMaxMs);
      this.log.warn({ err: e, key: item.key, seq: m.seq, redeliveries, delay }, 'handler failed; nak, will be redelivered');
      m.nak(delay);
      return false;
    }
    this.handled.add(m.seq);
    // Acks are idempotent: retry an unconfirmed one (e.g. while a consumer leader is being
    // elected) for up to ackWait, keeping the key's lane busy so order holds meanwhile.
    const until = Date.now() + this.ackWaitMs;
    for (let attempt = 0; ; attempt++) {
      try {
        if (attempt === 0) await m.ackAck({ timeout: 2_000 });
        else await this.nc.request(ackSubject(m), ACK, { timeout: 2_000 });
        break;
      } catch (e) {
        if (Date.now() >= until || this.closed) {
          // The handler ran; the server may redeliver it later (at-least-once, handler is idempotent by id).
          this.log.warn({ err: String(e), key: item.key, seq: m.seq, attempts: attempt + 1 }, 'ack not confirmed');
          break;
        }
        await new Promise((r) => setTimeout(r, backoffMs(attempt, 100, 1_000)));
      }
    }
    return true;
  }

  /** Published but not acked by this consumer: not yet delivered + delivered and unacked. */
  async lag(): Promise<number> {
    const info = await this.jsm.consumers.info(this.c.stream, this.name);
    return info.num_pending + info.num_ack_pending;
  }

  /** The consumer's ack floor: every stream message ≤ it is acked. */
  async ackedThrough(): Promise<number> {
    const info = await this.jsm.consumers.info(this.c.stream, this.name);
    return info.ack_floor.stream_seq;
  }

  /** Stops pulling, waits (up to drainMs) for running handlers, then closes the connection; unacked messages are redelivered. */
  async close(drainMs = 5_000): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.messages?.stop();
    this.lanes.clear();
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.lanes.idle(), new Promise((r) => { timer = setTimeout(r, drainMs); })]);
    clearTimeout(timer);
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.watchdog) clearInterval(this.watchdog);
    await this.nc.close();
    await this.loopDone;
  }
}

const ACK = new TextEncoder().encode('+ACK');
/** Twice the pull's expiry: a healthy pull with messages pending hands one well within it. */
const PULL_STALL_MS = 8_000;
const STALL_CHECK_MS = 2_000;

/** The message's ack subject ($JS.ACK...): JsMsg.ackAck() sends only once, so a retry acks directly. */
function ackSubject(m: JsMsg): string {
  return (m as unknown as { reply: string }).reply;
}

function consumerConfig(c: JetStreamQueueConfig): Partial<ConsumerConfig> {
  return {
    durable_name: c.consumerName ?? 'default',
    ack_policy: AckPolicy.Explicit,
    deliver_policy: DeliverPolicy.All,
    ack_wait: nanos(c.ackWaitMs ?? 30_000),
    max_ack_pending: c.maxAckPending ?? 1000,
    max_deliver: -1,
    // A SET reads only its own subjects; per-packet order holds because a packet's subject never changes.
    filter_subject: c.sets && c.consumeSet !== undefined ? `${c.subjectPrefix}.${c.consumeSet}.>` : `${c.subjectPrefix}.>`,
  };
}

async function ensureConsumer(jsm: JetStreamManager, c: JetStreamQueueConfig, log: Logger): Promise<void> {
  const want = consumerConfig(c);
  try {
    await retryUntil(async () => {
      try {
        const info = await jsm.consumers.info(c.stream, want.durable_name!);
        if (info.config.ack_wait !== want.ack_wait || info.config.max_ack_pending !== want.max_ack_pending || info.config.filter_subject !== want.filter_subject) {
          await jsm.consumers.update(c.stream, want.durable_name!, { ack_wait: want.ack_wait, max_ack_pending: want.max_ack_pending, filter_subject: want.filter_subject });
        }
      } catch (e) {
        if (!/consumer not found/i.test(String((e as Error).message))) throw e;
        await jsm.consumers.add(c.stream, want);
        log.info({ stream: c.stream, consumer: want.durable_name }, 'durable consumer created');
      }
    }, c.setupTimeoutMs ?? 60_000);
  } catch (e) {
    throw queueError(QueueErrorCode.SETUP_FAILED, `could not create consumer ${want.durable_name}: ${(e as Error).message}`);
  }
}
