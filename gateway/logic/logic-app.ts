/**
 * The business decisions a logic worker runs, as the worker loop calls them.
 * Every method is required: an app with nothing to do at a step (the basic
 * app has no journal, no events, no updates) says so in its own no-op, so the
 * worker never probes for a method and every call site stays monomorphic.
 */
import type { shake } from '../../contracts/proto/gen/shake.js';
import type { DurableReply } from '../journal/journal-link.ts';
import type { WonEvent } from './show/show-state.ts';
import type { LogicUpdate } from './worker-protocol.ts';

export interface LogicApp {
  /**
   * Decides one request. `reqId` identifies it within this gateway process (stable across logic restarts);
   * `conn` the connection it came on (gateway/lanes.ts requestKey of the IO thread and connection id), -1 when unknown.
   */
  handle(userId: string, msg: shake.v1.ClientMessage, nowMs: number, reqId: number, conn?: number): shake.v1.IServerMessage;
  /** This generation takes over: called once before its first request (a standby loads long before). */
  start(): void;
  /** Makes durable everything decided since the last call; runs before any of those replies is sent. Throwing is fatal for the worker. */
  flush(): void;
  /** Applies an update from the host (new show config, feed wins). */
  update(update: LogicUpdate): void;
  /** Wins produced since the last call (after flush), for the caps feed; empty most of the time. */
  drainEvents(): readonly WonEvent[];
  /**
   * Queues the journal entry the request just handled produced, with its
   * encoded reply: the journal thread sends that reply once the entry is
   * durable. Returns the entry's ticket, 0 when the request produced no entry,
   * NOT_QUEUED (-1) when the journal has failed.
   */
  submitDurable(reply: DurableReply): number;
  /** Highest journal ticket committed durably (its reply is with the IO layer); 0 without a journal. */
  journalCommitted(): number;
  /** True once the journal thread failed: nothing more will be committed. */
  journalFailed(): boolean;
  close(): void;
}

/** What deciding one request needs (RequestHandler, and tests that drive it alone). */
export type RequestDecider = Pick<LogicApp, 'handle'>;
