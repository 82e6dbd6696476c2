/**
 * The minimal logic app: answers pings and shakes with "nothing this time".
 * The show logic (timeline, packets, caps) replaces it; this one stays as the
 * reference for the pure shake-path cost.
 */
import { shake } from '../../contracts/proto/gen/shake.js';
import type { LogicApp } from './request-handler.ts';

const NOTHING = shake.v1.Outcome.NOTHING;

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
}
