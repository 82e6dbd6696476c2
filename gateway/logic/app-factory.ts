/**
 * Builds the logic app of a worker from the state the host hands over.
 * Kept separate so a new generation (loaded from disk on SIGHUP) can change
 * the logic without touching the worker loop.
 */
import { BasicLogicApp } from './basic-app.ts';
import type { LogicApp } from './request-handler.ts';

export function createLogicApp(_state: unknown, _gatewayId: string): LogicApp {
  return new BasicLogicApp();
}
