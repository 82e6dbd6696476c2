/**
 * The shared memory between a gateway's N IO threads and M logic workers:
 * one request ring and one reply ring for every (IO thread, logic worker)
 * pair, so every ring keeps exactly one producer and one consumer. A logic
 * worker parks on one doorbell that all N IO threads ring; an IO thread parks
 * on one doorbell that all M logic workers and the journal thread ring.
 *
 * A user's requests always go to the same logic worker (a hash of the user
 * id), so per-user caps and the local issuance record stay single-writer.
 * Connection ids carry their IO thread in the top bits, so a reply (from a
 * logic worker or the journal thread) finds its way back without a lookup.
 */
import { createRingBuffer } from './ring/spsc-ring.ts';
import { ANSWERED_MARKS } from './shared-layout.ts';

/** Connection ids: IO thread index in the top 8 bits, a per-thread counter below. */
export const IO_SHIFT = 24;

export const ioThreadOf = (connId: number): number => connId >>> IO_SHIFT;

/** Every ring and mark of one gateway, by [io][logic]. Plain data: it crosses to workers as is. */
export interface GatewayLanes {
  ioThreads: number;
  logicWorkers: number;
  requests: SharedArrayBuffer[][];
  replies: SharedArrayBuffer[][];
  /** Per IO thread: which of its request ids were answered (a restarted worker skips them). */
  answered: SharedArrayBuffer[];
}

export function createGatewayLanes(ioThreads: number, logicWorkers: number, requestRingBytes: number, replyRingBytes: number): GatewayLanes {
  const grid = (bytes: number) => Array.from({ length: ioThreads }, () => Array.from({ length: logicWorkers }, () => createRingBuffer(bytes)));
  return {
    ioThreads, logicWorkers,
    requests: grid(requestRingBytes),
    replies: grid(replyRingBytes),
    answered: Array.from({ length: ioThreads }, () => new SharedArrayBuffer(ANSWERED_MARKS.bytes)),
  };
}

/** What one IO thread uses. */
export interface IoLanes {
  index: number;
  /** To each logic worker (index = worker). */
  requests: SharedArrayBuffer[];
  /** From each logic worker. */
  replies: SharedArrayBuffer[];
  answered: SharedArrayBuffer;
  /** Where this thread parks; logic workers and the journal thread ring it. */
  doorbell: SharedArrayBuffer;
  /** Each logic worker's doorbell. */
  logicDoorbells: SharedArrayBuffer[];
}

/** What one logic worker uses. */
export interface LogicLanes {
  index: number;
  /** From each IO thread (index = IO thread). */
  requests: SharedArrayBuffer[];
  /** To each IO thread. */
  replies: SharedArrayBuffer[];
  answered: SharedArrayBuffer[];
  doorbell: SharedArrayBuffer;
  ioDoorbells: SharedArrayBuffer[];
}

/** A logic worker parks on its ring from IO thread 0; with one IO thread that is its only ring. */
export const logicDoorbell = (l: GatewayLanes, logic: number): SharedArrayBuffer => l.requests[0][logic];
/** An IO thread parks on its ring from logic worker 0. */
export const ioDoorbell = (l: GatewayLanes, io: number): SharedArrayBuffer => l.replies[io][0];

export function ioLanes(l: GatewayLanes, io: number): IoLanes {
  return {
    index: io,
    requests: l.requests[io],
    replies: l.replies[io],
    answered: l.answered[io],
    doorbell: ioDoorbell(l, io),
    logicDoorbells: Array.from({ length: l.logicWorkers }, (_, j) => logicDoorbell(l, j)),
  };
}

export function logicLanes(l: GatewayLanes, logic: number): LogicLanes {
  return {
    index: logic,
    requests: l.requests.map((row) => row[logic]),
    replies: l.replies.map((row) => row[logic]),
    answered: l.answered,
    doorbell: logicDoorbell(l, logic),
    ioDoorbells: Array.from({ length: l.ioThreads }, (_, i) => ioDoorbell(l, i)),
  };
}

/**
 * The logic worker that decides every request of `userId` (FNV-1a over its
 * characters): the same on every IO thread, for every connection of the user.
 */
export function logicWorkerOf(userId: string, logicWorkers: number): number {
  if (logicWorkers === 1) return 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < userId.length; i++) {
    h ^= userId.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % logicWorkers;
}

/**
 * A request's key within the gateway process, stable across logic restarts:
 * IO thread and its request id (request ids are per IO thread). With one IO
 * thread it is the request id itself.
 */
export const requestKey = (io: number, reqId: number): number => io * 0x1_0000_0000 + reqId;
