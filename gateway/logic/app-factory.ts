/**
 * Builds the logic app of a worker from the state the host hands over.
 * Kept separate so a new generation (loaded from disk on SIGHUP) can change
 * the logic without touching the worker loop.
 */
import { BasicLogicApp } from './basic-app.ts';
import type { LogicApp } from './request-handler.ts';
import { ShowApp, type ShowCounters } from './show/shake-decision.ts';
import type { ShowLogicState } from './show/show-state.ts';

/** `lane`: the worker's index among the gateway's logic workers (its pool lane and journal ring). */
export function createLogicApp(state: unknown, counters: ShowCounters, lane = 0): LogicApp {
  if (state && typeof state === 'object' && 'pool' in state) return new ShowApp(state as ShowLogicState, counters, lane);
  return new BasicLogicApp();
}
