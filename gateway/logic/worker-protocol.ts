/**
 * What the logic host (IO thread) and a logic worker share: the control block
 * layout (a small Int32Array over a SharedArrayBuffer per worker) and the
 * messages they post to each other. Counters live in shared memory so the
 * admin endpoint never has to ask the worker anything.
 */
import type { LogicLanes } from '../lanes.ts';


export interface LogicWorkerData {
  generation: number;
  gatewayId: string;
  /** This worker's rings from and to every IO thread, and the IO threads' answered marks (see gateway/lanes.ts). */
  lanes: LogicLanes;
  control: SharedArrayBuffer;
  /** How long to nap between looks while requests keep coming, and when to park instead (GatewayConfig.rings). */
  napMs: number;
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
