/**
 * The agent end of phones' money requests: a MoneyRequest from the gateway
 * becomes one call to the owning money endpoint's internal HTTP API (with the
 * service credential), and its answer a MoneyReply. The user id is the one the
 * gateway took from the phone's connection. Gives up after the request's
 * timeout (the gateway has told the phone to try again by then); a money
 * service that is down, slow or failing answers TRY_AGAIN_LATER.
 */
import type { Logger } from '../../common/logger.ts';
import { serviceAuthHeaders } from '../../common/service-auth.ts';
import type { internal } from '../../contracts/proto/gen/internal.js';
import { moneyEndpointFor } from './route.ts';

type MoneyRequest = internal.shake.internal.v1.IMoneyRequest;
type MoneyReply = internal.shake.internal.v1.IMoneyReply;

const OP_GRAB = 1;
const OP_BALANCE = 2;
const OP_DETAIL = 3;
/** Money answers passed on as refusals (the phone's request was understood and answered). */
const FINAL_CODES = new Set(['GROUP_PACKET_NOT_FOUND', 'GROUP_PACKET_EMPTY', 'GROUP_PACKET_EXPIRED', 'DETAIL_PAGE_LIMIT', 'BAD_REQUEST']);
const MAX_TIMEOUT_MS = 5000;

export interface MoneyForwarderOptions {
  endpoints: readonly string[];
  serviceToken: string;
  logger: Logger;
  fetchFn?: typeof fetch;
}

export interface MoneyForwarderStats { requests: number; ok: number; refused: number; tryAgain: number }

export class MoneyForwarder {
  readonly stats: MoneyForwarderStats = { requests: 0, ok: 0, refused: 0, tryAgain: 0 };

  constructor(private readonly o: MoneyForwarderOptions) {}

  async handle(req: MoneyRequest): Promise<MoneyReply> {
    this.stats.requests++;
    const requestId = req.requestId ?? 0;
    const call = this.httpCall(req);
    if (!call) {
      this.stats.refused++;
      return { requestId, code: 'BAD_REQUEST', message: `unknown money operation ${req.op}` };
    }
    const timeoutMs = Math.min(MAX_TIMEOUT_MS, Math.max(1, req.timeoutMs || MAX_TIMEOUT_MS));
    try {
      const res = await (this.o.fetchFn ?? fetch)(call.url, {
        method: call.method, signal: AbortSignal.timeout(timeoutMs),
        headers: { ...serviceAuthHeaders(this.o.serviceToken), ...(call.body ? { 'content-type': 'application/json' } : {}) },
        body: call.body,
      });
      const text = await res.text();
      if (res.status === 200) {
        this.stats.ok++;
        return { requestId, json: text };
      }
      const err = parseError(text);
      if (err?.code === 'GRAB_BUSY') {
        // A grab storm at one packet: refused at once by design, so no warning per request; the phone retries later.
        this.stats.tryAgain++;
        return { requestId, code: 'TRY_AGAIN_LATER', message: err.message };
      }
      if (err && FINAL_CODES.has(err.code)) {
        this.stats.refused++;
        return { requestId, code: err.code, message: err.message };
      }
      throw new Error(`money service answered HTTP ${res.status} ${err?.code ?? text.slice(0, 100)}`);
    } catch (e) {
      this.stats.tryAgain++;
      this.o.logger.warn({ err: (e as Error).message, op: req.op, userId: req.userId, groupPacketId: req.groupPacketId }, 'money request failed; phone told to try again');
      return { requestId, code: 'TRY_AGAIN_LATER', message: 'the money service cannot answer right now' };
    }
  }

  private httpCall(req: MoneyRequest): { method: string; url: URL; body?: string } | null {
    const userId = req.userId ?? '';
    const groupId = req.groupPacketId ?? '';
    switch (req.op) {
      case OP_GRAB:
        return { method: 'POST', url: new URL('/grab', moneyEndpointFor(groupId, this.o.endpoints)), body: JSON.stringify({ groupPacketId: groupId, userId }) };
      case OP_BALANCE:
        return { method: 'GET', url: new URL(`/balance/${encodeURIComponent(userId)}`, moneyEndpointFor(userId, this.o.endpoints)) };
      case OP_DETAIL:
        return { method: 'GET', url: new URL(`/packets/${encodeURIComponent(groupId)}?page=${req.page ?? 0}`, moneyEndpointFor(groupId, this.o.endpoints)) };
      default:
        return null;
    }
  }
}

function parseError(text: string): { code: string; message: string } | null {
  try {
    const v = JSON.parse(text) as { code?: unknown; message?: unknown };
    return typeof v.code === 'string' ? { code: v.code, message: typeof v.message === 'string' ? v.message : '' } : null;
  } catch {
    return null;
  }
}
