/**
 * The caps summary feed over NATS JetStream: every gateway publishes its wins
 * to `shake.caps.won` (stream SHAKE_CAPS, replicas as configured) and reads the
 * whole stream with an ordered consumer, so a gateway that starts late still
 * learns earlier wins. Failures are logged and counted, never thrown at the
 * shake path.
 */
import { JSONCodec, type NatsConnection, type JetStreamClient } from 'nats';
import { isShakeError } from '../../common/errors.ts';
import type { Logger } from '../../common/logger.ts';
import { connectNats, natsClientOptions } from '../../queue/jetstream-connect.ts';
import type { WonEvent } from '../logic/show/show-state.ts';
import type { CapsFeed } from './caps-feed.ts';

export interface NatsCapsFeedOptions {
  servers: string[];
  stream: string;
  subject: string;
  replicas: number;
  /** The deployment's service token: the NATS credential derives from it. */
  serviceToken: string;
  logger: Logger;
}

export class NatsCapsFeed implements CapsFeed {
  private nc: NatsConnection | null = null;
  private js: JetStreamClient | null = null;
  private handler: ((wins: readonly WonEvent[]) => void) | null = null;
  private readonly codec = JSONCodec<readonly WonEvent[]>();
  private received = 0;
  private published = 0;
  private errors = 0;
  private closed = false;
  private linkUp = false;

  constructor(private readonly opts: NatsCapsFeedOptions) {}

  /** Connects in the background; the gateway serves meanwhile. */
  start(): void {
    void this.run();
  }

  private async run(): Promise<void> {
    while (!this.closed) {
      try {
        this.nc = await connectNats(natsClientOptions(this.opts.servers, this.opts, { maxReconnectAttempts: -1, reconnectTimeWait: 500, name: 'caps-feed' }));
        this.linkUp = true;
        void this.watch(this.nc);
        const jsm = await this.nc.jetstreamManager();
        await jsm.streams.add({ name: this.opts.stream, subjects: [this.opts.subject], num_replicas: this.opts.replicas }).catch(async (e: Error) => {
          if (!/already in use|exists/i.test(e.message)) throw e;
        });
        this.js = this.nc.jetstream();
        // An ordered consumer delivers the whole stream by default (passing deliver_policy here breaks it on nats-server 2.9).
        const consumer = await this.js.consumers.get(this.opts.stream);
        const messages = await consumer.consume();
        this.opts.logger.info({ stream: this.opts.stream }, 'caps feed connected');
        for await (const m of messages) {
          const wins = this.codec.decode(m.data);
          this.received += wins.length;
          this.handler?.(wins);
        }
      } catch (err) {
        this.errors++;
        if (isShakeError(err) && err.code === 'SERVICE_UNAUTHORIZED') {
          // A refused credential does not heal by retrying: the feed stays down (cookie and local record still cap) until a restart with the right token.
          this.opts.logger.error({ code: err.code, err: err.message }, 'caps feed refused by NATS; not retrying');
          return;
        }
        if (!this.closed) this.opts.logger.warn({ err }, 'caps feed unavailable; retrying (cookie and local record still enforce caps)');
        await this.nc?.close().catch(() => {});
        this.nc = null;
        this.js = null;
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  }

  private async watch(nc: NatsConnection): Promise<void> {
    for await (const s of nc.status()) {
      if (s.type === 'disconnect') this.linkUp = false;
      else if (s.type === 'reconnect') this.linkUp = true;
    }
  }

  publish(wins: readonly WonEvent[]): void {
    if (!this.js) {
      this.errors++;
      return;
    }
    this.js.publish(this.opts.subject, this.codec.encode(wins)).then(
      () => (this.published += wins.length),
      (err: Error) => {
        this.errors++;
        this.opts.logger.warn({ err: err.message, wins: wins.length }, 'caps feed publish failed');
      },
    );
  }

  onWins(handler: (wins: readonly WonEvent[]) => void): void {
    this.handler = handler;
  }

  status() {
    return { kind: 'nats', connected: !!this.js && this.linkUp, received: this.received, published: this.published, errors: this.errors };
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.nc?.drain().catch(() => {});
  }
}
