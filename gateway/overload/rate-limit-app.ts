/**
 * Wraps the logic app of a worker: every reply it decides carries the current
 * rate limit (read from shared memory) when one is in force, and the worker
 * learns, per request, whether it was a shake and which limit it told the
 * phone, so the IO layer can pace shakes without decoding anything. Every
 * other step goes to the app it wraps.
 */
import type { shake } from '../../contracts/proto/gen/shake.js';
import type { LogicApp } from '../logic/logic-app.ts';
import type { LogicUpdate } from '../logic/worker-protocol.ts';
import type { WonEvent } from '../logic/show/show-state.ts';
import type { DurableReply } from '../journal/journal-link.ts';
import { OverloadShared } from './overload-shared.ts';

export class RateLimitApp implements LogicApp {
  /** Set by handle(): the request was a shake. Reset by the caller before each frame. */
  lastWasShake = false;
  /** Set by handle(): 0 = no rate_limit attached, else tier + 1. */
  lastTold = 0;
  private readonly shared: OverloadShared | null;

  constructor(private readonly inner: LogicApp, buffer: SharedArrayBuffer | undefined) {
    this.shared = buffer ? new OverloadShared(buffer) : null;
  }

  start(): void {
    this.inner.start();
  }

  flush(): void {
    this.inner.flush();
  }

  update(update: LogicUpdate): void {
    this.inner.update(update);
  }

  drainEvents(): readonly WonEvent[] {
    return this.inner.drainEvents();
  }

  submitDurable(reply: DurableReply): number {
    return this.inner.submitDurable(reply);
  }

  journalCommitted(): number {
    return this.inner.journalCommitted();
  }

  journalFailed(): boolean {
    return this.inner.journalFailed();
  }

  close(): void {
    this.inner.close();
  }

  /** Call before handling a frame (a frame that fails to decode never reaches handle()). */
  reset(): void {
    this.lastWasShake = false;
    this.lastTold = 0;
  }

  handle(userId: string, msg: shake.v1.ClientMessage, nowMs: number, reqId: number, conn?: number): shake.v1.IServerMessage {
    const reply = this.inner.handle(userId, msg, nowMs, reqId, conn);
    this.lastWasShake = msg.op === 'shake';
    const w = this.shared ? this.shared.packed() : 0;
    if (w !== 0 && reply.rateLimit == null) {
      const tier = w >>> 24;
      reply.rateLimit = tier > 0 ? { tier, minIntervalMs: w & 0xffffff } : { minIntervalMs: w & 0xffffff };
      this.lastTold = tier + 1;
    }
    return reply;
  }
}
