/**
 * What the logic host (IO thread) and a logic worker share: the control block
 * layout (a small Int32Array over a SharedArrayBuffer per worker) and the
 * messages they post to each other. Counters live in shared memory so the
 * admin endpoint never has to ask the worker anything.
 */
import type { LogicLanes } from '../lanes.ts';

export const Ctl = {
  /** Host sets 1: finish the current frame, stop consuming, post 'stopped'. */
  stop: 0,
  /** 1 while a frame is being handled; reqId of that frame in inProgressReqId. */
  busy: 1,
  inProgressReqId: 2,
  /** Frames handled (wraps). */
  handled: 3,
  /** Requests answered with an error reply. */
  errors: 4,
  /** Fault injection: crash after this many more frames (0 = off). */
  crashAfter: 5,
  /** Event-loop utilization of the worker, in 1/1000. */
  elu: 6,
  forgedCookies: 7,
  packetsIssued: 8,
  capRefusals: 9,
  poolEmpty: 10,
  /** IO thread of the frame in inProgressReqId (request ids are per IO thread). */
  inProgressIo: 11,
  /** Open / share operations accepted (queued for the journal). */
  opened: 12,
  shared: 13,
  /** Won packets handed again on a new connection (gateway/logic/show/redelivery.ts). */
  redelivered: 14,
  size: 16,
} as const;

export interface LogicWorkerData {
  generation: number;
  gatewayId: string;
  /** This worker's rings from and to every IO thread, and the IO threads' answered marks (see gateway/lanes.ts). */
  lanes: LogicLanes;
  control: SharedArrayBuffer;
  /** How long to nap between looks while requests keep coming, and when to park instead (GatewayConfig.rings). */
  napMs: number;
  /** Nap between looks while opens/shares it queued await their commit (0 = park). */
  awaitingCommitNapMs: number;
  idleAfterMs: number;
  /** Opaque logic state handed over by the host (config documents etc.). */
  logicState: unknown;
}

export type HostToWorker =
  | { type: 'start' }
  | { type: 'update'; update: unknown };

export type WorkerToHost =
  | { type: 'ready' }
  | { type: 'stopped' }
  | { type: 'events'; events: unknown[] }
  /** A money request (grab, balance, detail) the host answers through the agent (gateway/money/). */
  | { type: 'money'; connId: number; reqId: number; request: import('../money/money-request.ts').PhoneMoneyRequest }
  /** A resource manifest request: the host answers it from the show config and counts coverage (gateway/resources/). */
  | { type: 'resources'; connId: number; reqId: number; request: import('./request-handler.ts').ResourcesRequest }
  | { type: 'log'; level: 'info' | 'warn' | 'error'; msg: string; fields?: Record<string, unknown> };
