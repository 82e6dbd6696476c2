/**
 * Builds the logic app of a worker from the state the host hands over; the
 * state's `kind` picks the app. Kept separate so a new generation (loaded
 * from disk on SIGHUP) can change the logic without touching the worker loop.
 */
import { BasicLogicApp } from './basic-app.ts';
import type { LogicApp } from './logic-app.ts';
import { ShowApp, type ShowCounters } from './show/shake-decision.ts';
import type { LogicState } from './worker-protocol.ts';

/** `lane`: the worker's index among the gateway's logic workers (its pool lane and journal ring). */
export function createLogicApp(state: LogicState, counters: ShowCounters, lane = 0): LogicApp {
  switch (state.kind) {
    case 'show':
      return new ShowApp(state, counters, lane);
    case 'basic':
      return new BasicLogicApp();
    default:
      return unknownKind(state);
  }
}

function unknownKind(state: never): never {
  throw new Error(`no logic app for state kind ${(state as { kind: string }).kind}`);
}
