/**
 * What the logic host (main thread) and a logic worker hand each other: the
 * data a worker starts from, the state its app is built from, and the
 * messages they post. Every message is typed here; nothing crosses as
 * `unknown`. The worker's control block (stop, counters read by /status)
 * lives in shared memory: its layout is WORKER_CONTROL in gateway/shared-layout.ts.
 */
import type { LogicLanes } from '../lanes.ts';
import type { ShowConfig } from '../../contracts/show/types.ts';
import type { ShowLogicState, WonEvent } from './show/show-state.ts';
import type { PhoneMoneyRequest } from '../money/money-request.ts';
import type { ResourcesRequest } from './request-handler.ts';

/** The minimal app (gateway/logic/basic-app.ts): no show, no packets; replies still carry the rate limit. */
export interface BasicLogicState {
  kind: 'basic';
  /** Current rate limit, written by the IO thread (see gateway/overload/overload-shared.ts). */
  overload: SharedArrayBuffer;
}

/** What a worker's app is built from; `kind` picks the app (gateway/logic/app-factory.ts). */
export type LogicState = ShowLogicState | BasicLogicState;

/** What the host sends every running worker after start; an app without a show ignores it. */
export type LogicUpdate =
  | { kind: 'show'; show: ShowConfig }
  | { kind: 'feed-wins'; wins: WonEvent[] };

export interface LogicWorkerData {
  generation: number;
  gatewayId: string;
  /** This worker's rings from and to every IO thread, and the IO threads' answered marks (see gateway/lanes.ts). */
  lanes: LogicLanes;
  /** WORKER_CONTROL_WORDS Int32 words (gateway/shared-layout.ts). */
  control: SharedArrayBuffer;
  /** How long to nap between looks while requests keep coming, and when to park instead (GatewayConfig.rings). */
  napMs: number;
  /** Nap between looks while opens/shares it queued await their commit (0 = park). */
  awaitingCommitNapMs: number;
  idleAfterMs: number;
  logicState: LogicState;
}

export type HostToWorker =
  | { type: 'start' }
  | { type: 'update'; update: LogicUpdate };

/** A money request (grab, balance, detail) the host answers through the agent (gateway/money/). */
export interface MoneyMessage { type: 'money'; connId: number; reqId: number; request: PhoneMoneyRequest }
/** A resource manifest request: the host answers it from the show config and counts coverage (gateway/resources/). */
export interface ResourcesMessage { type: 'resources'; connId: number; reqId: number; request: ResourcesRequest }

export type WorkerToHost =
  | { type: 'ready' }
  | { type: 'stopped' }
  /** Packets this worker issued, for the caps feed of the other gateways. */
  | { type: 'events'; events: readonly WonEvent[] }
  | MoneyMessage
  | ResourcesMessage
  /** A line for the gateway's log, with the ids a person on call needs (a worker has no logger of its own). */
  | { type: 'log'; level: 'info' | 'warn' | 'error'; msg: string; fields: Record<string, string | number> };
