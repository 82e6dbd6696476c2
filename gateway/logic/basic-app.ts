/**
 * The minimal logic app: answers pings and shakes with "nothing this time".
 * The show logic (timeline, packets, caps) replaces it; this one stays as the
 * reference for the pure shake-path cost. It has no journal, no events and no
 * show to update: those steps of the worker loop are explicit no-ops here.
 */
import { shake } from '../../contracts/proto/gen/shake.js';
import type { LogicApp } from './logic-app.ts';
import type { WonEvent } from './show/show-state.ts';

const NOTHING = shake.v1.Outcome.NOTHING;
const NO_EVENTS: readonly WonEvent[] = Object.freeze([]);

export class BasicLogicApp implements LogicApp {
  handle(_userId: string, msg: shake.v1.ClientMessage, nowMs: number): shake.v1.IServerMessage {
    switch (msg.op) {
      case 'shake':
        return { shake: { outcome: NOTHING } };
      case 'ping':
        return { pong: { serverTimeMs: nowMs } };
      default:
        return { error: { code: 'UNKNOWN_OPERATION', message: `operation ${msg.op} is not served here` } };
    }
  }

  start(): void {}
  /** Nothing is staged: no issuance record, no pool, no journal. */
  flush(): void {}
  /** No show to switch to, no caps to feed. */
  update(): void {}
  drainEvents(): readonly WonEvent[] {
    return NO_EVENTS;
  }
  /** No request produces a journal entry: every reply leaves with its batch. */
  submitDurable(): number {
    return 0;
  }
  journalCommitted(): number {
    return 0;
  }
  journalFailed(): boolean {
    return false;
  }
  close(): void {}
}
