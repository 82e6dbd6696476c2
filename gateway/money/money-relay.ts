/**
 * The gateway end of phones' money requests. The logic worker hands over a
 * grab / balance / detail (user from the connection); the relay sends it to
 * the local agent over the agent link and answers the phone when the agent's
 * MoneyReply comes back. It answers TRY_AGAIN_LATER at once when no agent is
 * linked, and at `deadlineMs` when the money side is slow or absent, so a phone
 * always hears back within 250 ms. Shakes never pass through here: a dead money
 * service costs them nothing.
 */
import type { Logger } from '../../common/logger.ts';
import { LogThrottle } from '../../common/log-throttle.ts';
import type { internal } from '../../contracts/proto/gen/internal.js';
import { refusalReply, successReply, tryAgainReply } from './money-replies.ts';
import type { MoneyOpName, PhoneMoneyRequest } from './money-request.ts';

type IMoneyRequest = internal.shake.internal.v1.IMoneyRequest;
type IMoneyReply = internal.shake.internal.v1.IMoneyReply;

const OP_CODE: Record<MoneyOpName, number> = { grab: 1, balance: 2, detail: 3 };
/** The agent's HTTP call gives up this long before the gateway's deadline, so a late answer is rare. */
const AGENT_MARGIN_MS = 20;

export interface MoneyRelayOptions {
  /** Sends to the linked agent; false when none is linked (nothing sent). */
  send(req: IMoneyRequest): boolean;
  /** Sends one reply to a phone's request (IoServer.deliver); `op` says what it answers (grabs are timed apart). */
  deliver(connId: number, reqId: number, bytes: Uint8Array, op: MoneyOpName): void;
  deadlineMs: number;
  retryAfterMs: number;
  /** Requests waiting for the agent at once; past it TRY_AGAIN_LATER at once (a storm's memory stays bounded). */
  maxInFlight: number;
  logger: Logger;
}

interface Waiting { connId: number; reqId: number; request: PhoneMoneyRequest; timer: NodeJS.Timeout; sentAtMs: number }

export interface MoneyRelayStats {
  requests: Record<MoneyOpName, number>;
  answered: number;
  refused: number;
  tryAgainNoAgent: number;
  tryAgainTimeout: number;
  tryAgainMoney: number;
  /** Refused at once: maxInFlight requests were already waiting. */
  tryAgainBusy: number;
  lateReplies: number;
  badReplies: number;
  waiting: number;
  waitingPeak: number;
}

export class MoneyRelay {
  private readonly waiting = new Map<number, Waiting>();
  /** reqIds in flight: a logic generation restarted mid-batch may hand the same request over again. */
  private readonly byReqId = new Set<number>();
  private nextRequestId = 1;
  private readonly s: Omit<MoneyRelayStats, 'waiting'> = {
    requests: { grab: 0, balance: 0, detail: 0 }, answered: 0, refused: 0,
    tryAgainNoAgent: 0, tryAgainTimeout: 0, tryAgainMoney: 0, tryAgainBusy: 0, lateReplies: 0, badReplies: 0, waitingPeak: 0,
  };
  private readonly logs: LogThrottle;

  constructor(private readonly o: MoneyRelayOptions) {
    this.logs = new LogThrottle(o.logger);
  }

  submit(connId: number, reqId: number, request: PhoneMoneyRequest): void {
    if (this.byReqId.has(reqId)) return;
    this.s.requests[request.op]++;
    if (this.waiting.size >= this.o.maxInFlight) {
      this.s.tryAgainBusy++;
      this.o.deliver(connId, reqId, tryAgainReply(request.seq, this.o.retryAfterMs, 'this gateway has too many money requests waiting; try again later'), request.op);
      return;
    }
    const requestId = this.nextRequestId++;
    const sent = this.o.send({
      requestId, op: OP_CODE[request.op], userId: request.userId, groupPacketId: request.groupPacketId, page: request.page,
      timeoutMs: Math.max(1, this.o.deadlineMs - AGENT_MARGIN_MS),
    });
    if (!sent) {
      this.s.tryAgainNoAgent++;
      this.o.deliver(connId, reqId, tryAgainReply(request.seq, this.o.retryAfterMs, 'the money side is not reachable from this gateway right now'), request.op);
      return;
    }
    const timer = setTimeout(() => this.expire(requestId), this.o.deadlineMs);
    this.waiting.set(requestId, { connId, reqId, request, timer, sentAtMs: Date.now() });
    if (this.waiting.size > this.s.waitingPeak) this.s.waitingPeak = this.waiting.size;
    this.byReqId.add(reqId);
  }

  /** A MoneyReply from the agent. */
  onReply(reply: IMoneyReply): void {
    const w = this.take(Number(reply.requestId ?? 0));
    if (!w) { this.s.lateReplies++; return; }
    const code = reply.code ?? '';
    if (code === 'TRY_AGAIN_LATER') {
      this.s.tryAgainMoney++;
      this.o.deliver(w.connId, w.reqId, tryAgainReply(w.request.seq, this.o.retryAfterMs, reply.message || 'the money service cannot answer right now'), w.request.op);
      return;
    }
    if (code !== '') {
      this.s.refused++;
      this.o.deliver(w.connId, w.reqId, refusalReply(w.request.seq, code, reply.message ?? ''), w.request.op);
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = successReply(w.request, reply.json ?? '');
    } catch (e) {
      this.s.badReplies++;
      this.o.logger.error({ err: (e as Error).message, userId: w.request.userId, op: w.request.op, groupPacketId: w.request.groupPacketId }, 'money answer not understood');
      bytes = tryAgainReply(w.request.seq, this.o.retryAfterMs, 'the money service answered something this gateway does not understand');
    }
    this.s.answered++;
    this.o.deliver(w.connId, w.reqId, bytes, w.request.op);
  }

  /** The agent link went down: everything waiting is answered "try again" now rather than at its deadline. */
  failAll(why: string): void {
    for (const id of [...this.waiting.keys()]) {
      const w = this.take(id)!;
      this.s.tryAgainNoAgent++;
      this.o.deliver(w.connId, w.reqId, tryAgainReply(w.request.seq, this.o.retryAfterMs, why), w.request.op);
    }
  }

  stats(): MoneyRelayStats {
    return { ...this.s, requests: { ...this.s.requests }, waiting: this.waiting.size };
  }

  close(): void {
    this.logs.close();
    for (const w of this.waiting.values()) clearTimeout(w.timer);
    this.waiting.clear();
    this.byReqId.clear();
  }

  private expire(requestId: number): void {
    const w = this.take(requestId);
    if (!w) return;
    this.s.tryAgainTimeout++;
    this.logs.warn('timeout', { userId: w.request.userId, op: w.request.op, groupPacketId: w.request.groupPacketId, waitedMs: Date.now() - w.sentAtMs }, 'money request timed out; phone told to try again');
    this.o.deliver(w.connId, w.reqId, tryAgainReply(w.request.seq, this.o.retryAfterMs, `no answer from the money service within ${this.o.deadlineMs} ms`), w.request.op);
  }

  private take(requestId: number): Waiting | null {
    const w = this.waiting.get(requestId);
    if (!w) return null;
    clearTimeout(w.timer);
    this.waiting.delete(requestId);
    this.byReqId.delete(w.reqId);
    return w;
  }
}
