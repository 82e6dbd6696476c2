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
  /** One base URL per money SET (index = SET). */
  endpoints: readonly string[];
  /** Seed SET count pinned at deployment; default: one per endpoint. */
  seedSets?: number;
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
    if (req.op === OP_BALANCE && this.o.endpoints.length > 1) return this.balanceOverSets(req, timeoutMs);
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

  /**
   * A user's money lands in the SET of each packet they opened: the balance is the sum of
   * every SET's answer. One SET that cannot answer makes it TRY_AGAIN_LATER, never a short figure.
   */
  private async balanceOverSets(req: MoneyRequest, timeoutMs: number): Promise<MoneyReply> {
    const requestId = req.requestId ?? 0;
    const path = `/balance/${encodeURIComponent(req.userId ?? '')}`;
    try {
      const parts = await Promise.all(this.o.endpoints.map(async (base) => {
        const res = await (this.o.fetchFn ?? fetch)(new URL(path, base), { signal: AbortSignal.timeout(timeoutMs), headers: serviceAuthHeaders(this.o.serviceToken) });
        const text = await res.text();
        if (res.status !== 200) throw new Error(`money SET ${base} answered HTTP ${res.status} ${parseError(text)?.code ?? text.slice(0, 100)}`);
        return JSON.parse(text) as { userId: string; balanceCents: number };
      }));
      this.stats.ok++;
      return { requestId, json: JSON.stringify({ ...parts[0], balanceCents: parts.reduce((a, p) => a + p.balanceCents, 0) }) };
    } catch (e) {
      this.stats.tryAgain++;
      this.o.logger.warn({ err: (e as Error).message, userId: req.userId }, 'balance over the money SETs failed; phone told to try again');
      return { requestId, code: 'TRY_AGAIN_LATER', message: 'the money service cannot answer right now' };
    }
  }

  private httpCall(req: MoneyRequest): { method: string; url: URL; body?: string } | null {
    const userId = req.userId ?? '';
    const groupId = req.groupPacketId ?? '';
    switch (req.op) {
      case OP_GRAB:
        return { method: 'POST', url: new URL('/grab', moneyEndpointFor(groupId, this.o.endpoints, this.o.seedSets)), body: JSON.stringify({ groupPacketId: groupId, userId }) };
      case OP_BALANCE:
        return { method: 'GET', url: new URL(`/balance/${encodeURIComponent(userId)}`, this.o.endpoints[0]) };
      case OP_DETAIL:
        return { method: 'GET', url: new URL(`/packets/${encodeURIComponent(groupId)}?page=${req.page ?? 0}`, moneyEndpointFor(groupId, this.o.endpoints, this.o.seedSets)) };
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
