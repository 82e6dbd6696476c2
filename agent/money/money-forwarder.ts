/**
 * The agent end of phones' money requests: a MoneyRequest from the gateway
 * becomes one call to the owning money endpoint's internal HTTP API (with the
 * service credential), and its answer a MoneyReply. The user id is the one the
 * gateway took from the phone's connection. Gives up after the request's
 * timeout (the gateway has told the phone to try again by then); a money
 * service that is down, slow or failing answers TRY_AGAIN_LATER.
 *
 * Grabs first meet the grab path's own defences against a storm at one popular
 * group packet (docs: agent/README.md, "Grab storms"):
 * - final answers the money service gave are remembered (agent/money/grab-memo.ts)
 *   and answered here without a call;
 * - at most `inFlightPerPacket` grabs of one packet are on their way to the money
 *   service; the excess is answered TRY_AGAIN_LATER at once (the gateway adds its
 *   retry_after_ms), so no queue grows here;
 * - calls go pipelined over keep-alive connections (agent/money/money-http.ts).
 */
import type { Logger } from '../../common/logger.ts';
import { LogThrottle } from '../../common/log-throttle.ts';
import { LatencyRecorder } from '../../common/metrics/latency.ts';
import type { internal } from '../../contracts/proto/gen/internal.js';
import { DEFAULT_GRAB_MEMO, GrabMemo, type FinalGrabCode, type GrabMemoLimits } from './grab-memo.ts';
import { loadPacketGrabs } from './grab-list.ts';
import { balanceOverSets } from './balance-over-sets.ts';
import { DEFAULT_MONEY_HTTP, MoneyHttp, moneyErrorOf, type MoneyHttpOptions } from './money-http.ts';
import { moneyEndpointFor } from './route.ts';

type MoneyRequest = internal.shake.internal.v1.IMoneyRequest;
type MoneyReply = internal.shake.internal.v1.IMoneyReply;

const OP_GRAB = 1;
const OP_BALANCE = 2;
const OP_DETAIL = 3;
/** Money answers passed on as refusals (the phone's request was understood and answered). */
const FINAL_CODES = new Set(['GROUP_PACKET_NOT_FOUND', 'GROUP_PACKET_EMPTY', 'GROUP_PACKET_EXPIRED', 'DETAIL_PAGE_LIMIT', 'BAD_REQUEST']);
const MAX_TIMEOUT_MS = 5000;
const TRY_LATER_MESSAGE = 'the money service cannot answer right now';

export interface GrabPathSettings {
  /** Grabs of one group packet on their way to the money service at once; the excess is told to try again later. */
  inFlightPerPacket: number;
  memo: GrabMemoLimits;
}

export const DEFAULT_GRAB_PATH: GrabPathSettings = { inFlightPerPacket: 64, memo: DEFAULT_GRAB_MEMO };

export interface MoneyForwarderOptions {
  /** One base URL per money SET (index = SET). */
  endpoints: readonly string[];
  /** Seed SET count pinned at deployment; default: one per endpoint. */
  seedSets?: number;
  serviceToken: string;
  logger: Logger;
  grabs?: GrabPathSettings;
  http?: MoneyHttpOptions;
}

export interface MoneyForwarderStats {
  requests: number;
  ok: number;
  refused: number;
  tryAgain: number;
  /** Answered from the grab memo (also counted in ok / refused). */
  memo: number;
  /** Told to try again at the per-packet cap (also counted in tryAgain). */
  capped: number;
  inFlight: number;
  inFlightPeak: number;
}

export class MoneyForwarder {
  readonly stats: MoneyForwarderStats = { requests: 0, ok: 0, refused: 0, tryAgain: 0, memo: 0, capped: 0, inFlight: 0, inFlightPeak: 0 };
  /** Time from the request's arrival to its answer, for agent_money_request_duration_seconds. */
  readonly latency = new LatencyRecorder();
  private readonly http: MoneyHttp;
  private readonly memo: GrabMemo;
  private readonly grabsInFlight = new Map<string, number>();
  private readonly logs: LogThrottle;
  private readonly grabPath: GrabPathSettings;

  constructor(private readonly o: MoneyForwarderOptions) {
    this.grabPath = o.grabs ?? DEFAULT_GRAB_PATH;
    this.http = new MoneyHttp(o.serviceToken, o.http ?? DEFAULT_MONEY_HTTP);
    this.memo = new GrabMemo(this.grabPath.memo);
    this.logs = new LogThrottle(o.logger);
  }

  /** The reply; synchronous when the grab memo or the cap answers (no promise per storm request). */
  handle(req: MoneyRequest): MoneyReply | Promise<MoneyReply> {
    this.stats.requests++;
    const t0 = performance.now();
    const r = this.route(req);
    if (!(r instanceof Promise)) { this.latency.record((performance.now() - t0) / 1000); return r; }
    return r.then((reply) => { this.latency.record((performance.now() - t0) / 1000); return reply; });
  }

  httpStats(): ReturnType<MoneyHttp['stats']> { return this.http.stats(); }

  close(): void {
    this.http.close();
    this.logs.close();
  }

  private route(req: MoneyRequest): MoneyReply | Promise<MoneyReply> {
    const requestId = req.requestId ?? 0;
    const timeoutMs = Math.min(MAX_TIMEOUT_MS, Math.max(1, req.timeoutMs || MAX_TIMEOUT_MS));
    const userId = req.userId ?? '';
    const groupId = req.groupPacketId ?? '';
    try {
      switch (req.op) {
        case OP_GRAB: return this.grab(requestId, groupId, userId, timeoutMs);
        case OP_BALANCE:
          if (this.o.endpoints.length > 1) return this.balanceOverSets(req, userId, timeoutMs);
          return this.answered(req, this.http.get(this.endpoint(0), `/balance/${encodeURIComponent(userId)}`, timeoutMs));
        case OP_DETAIL:
          return this.answered(req, this.http.get(moneyEndpointFor(groupId, this.o.endpoints, this.o.seedSets), `/packets/${encodeURIComponent(groupId)}?page=${req.page ?? 0}`, timeoutMs));
        default:
          this.stats.refused++;
          return { requestId, code: 'BAD_REQUEST', message: `unknown money operation ${req.op}` };
      }
    } catch (e) {
      return this.failed(req, e);
    }
  }

  private grab(requestId: number, groupId: string, userId: string, timeoutMs: number): MoneyReply | Promise<MoneyReply> {
    const known = this.memo.answer(groupId, userId);
    if (known) {
      this.stats.memo++;
      if ('json' in known) { this.stats.ok++; return { requestId, json: known.json }; }
      this.stats.refused++;
      return { requestId, code: known.code, message: known.message };
    }
    const inFlight = this.grabsInFlight.get(groupId) ?? 0;
    if (inFlight >= this.grabPath.inFlightPerPacket) {
      this.stats.capped++;
      this.stats.tryAgain++;
      return { requestId, code: 'TRY_AGAIN_LATER', message: 'too many grabs of this group packet are on their way; try again later' };
    }
    const base = moneyEndpointFor(groupId, this.o.endpoints, this.o.seedSets);
    const body = JSON.stringify({ groupPacketId: groupId, userId });
    const req: MoneyRequest = { requestId, op: OP_GRAB, userId, groupPacketId: groupId };
    // An answer after the timeout (a slow money service under a storm) still teaches the memo its final answers.
    const late = (res: { status: number; body: string }) => {
      try { this.learn(req, base, res.status, res.body); } catch { /* an unreadable late answer teaches nothing */ }
    };
    const call = this.http.post(base, '/grab', body, timeoutMs, late);
    // Counted once the call exists (a throw above leaves nothing counted); settled below.
    this.grabsInFlight.set(groupId, inFlight + 1);
    if (++this.stats.inFlight > this.stats.inFlightPeak) this.stats.inFlightPeak = this.stats.inFlight;
    return call.then((res) => {
      this.grabDone(groupId);
      try {
        return this.grabAnswer(req, base, res.status, res.body);
      } catch (e) {
        return this.failed(req, e);
      }
    }, (e: unknown) => {
      this.grabDone(groupId);
      return this.failed(req, e);
    });
  }

  private grabDone(groupId: string): void {
    this.stats.inFlight--;
    const n = (this.grabsInFlight.get(groupId) ?? 1) - 1;
    if (n <= 0) this.grabsInFlight.delete(groupId); else this.grabsInFlight.set(groupId, n);
  }

  /** The money service's grab answer as a reply; final answers are remembered. */
  private grabAnswer(req: MoneyRequest, base: string, status: number, body: string): MoneyReply {
    const err = this.learn(req, base, status, body);
    return this.mapped(req, status, body, err);
  }

  /** Remembers a grab answer's final part (a paid grab; empty/expired); returns the parsed refusal, if any. */
  private learn(req: MoneyRequest, base: string, status: number, body: string): { code: string; message: string } | null {
    const groupId = req.groupPacketId ?? '';
    if (status === 200) {
      const g = JSON.parse(body) as { amountCents: number; seq: number; atMs: number };
      this.memo.recordGrab(groupId, { userId: req.userId ?? '', amountCents: g.amountCents, seq: g.seq, atMs: g.atMs });
      return null;
    }
    const err = moneyErrorOf(body);
    if (err?.code === 'GROUP_PACKET_EMPTY' || err?.code === 'GROUP_PACKET_EXPIRED') {
      // Final for everyone but those who grabbed: the memo uses it once it knows them all.
      if (this.memo.recordFinal(groupId, err.code as FinalGrabCode, err.message)) this.readGrabList(base, groupId);
    }
    return err;
  }

  private readGrabList(base: string, groupId: string): void {
    loadPacketGrabs((path) => this.http.get(base, path, MAX_TIMEOUT_MS), groupId).then(
      (list) => this.memo.setGrabs(groupId, list.grabs, list.complete),
      (e: unknown) => {
        this.memo.forgetFinalSeen(groupId);
        this.logs.warn('grab-list', { err: (e as Error).message, groupPacketId: groupId }, 'reading a group packet\'s grabs failed; its empty answers keep going to the money service');
      });
  }

  /** A non-grab call's answer as a reply. */
  private answered(req: MoneyRequest, call: Promise<{ status: number; body: string }>): Promise<MoneyReply> {
    return call.then((res) => this.mapped(req, res.status, res.body, res.status === 200 ? null : moneyErrorOf(res.body))).catch((e: unknown) => this.failed(req, e));
  }

  private mapped(req: MoneyRequest, status: number, body: string, err: { code: string; message: string } | null): MoneyReply {
    const requestId = req.requestId ?? 0;
    if (status === 200) { this.stats.ok++; return { requestId, json: body }; }
    if (err?.code === 'GRAB_BUSY') {
      // A grab storm at one packet: refused at once by design, so no warning per request; the phone retries later.
      this.stats.tryAgain++;
      return { requestId, code: 'TRY_AGAIN_LATER', message: err.message };
    }
    if (err && FINAL_CODES.has(err.code)) {
      this.stats.refused++;
      return { requestId, code: err.code, message: err.message };
    }
    return this.failed(req, new Error(`money service answered HTTP ${status} ${err?.code ?? body.slice(0, 100)}`));
  }

  private failed(req: MoneyRequest, e: unknown): MoneyReply {
    this.stats.tryAgain++;
    this.logs.warn(`failed-${req.op}`, { err: (e as Error).message, op: req.op, userId: req.userId, groupPacketId: req.groupPacketId }, 'money request failed; phone told to try again');
    return { requestId: req.requestId ?? 0, code: 'TRY_AGAIN_LATER', message: TRY_LATER_MESSAGE };
  }

  /** A balance summed over every money SET (agent/money/balance-over-sets.ts); one SET that cannot answer: TRY_AGAIN_LATER. */
  private balanceOverSets(req: MoneyRequest, userId: string, timeoutMs: number): Promise<MoneyReply> {
    return balanceOverSets(this.http, this.o.endpoints, userId, timeoutMs).then((json) => {
      this.stats.ok++;
      return { requestId: req.requestId ?? 0, json };
    }, (e: unknown) => this.failed(req, e));
  }

  private endpoint(set: number): string {
    const url = this.o.endpoints[set];
    if (url === undefined) throw new Error('no money endpoint configured');
    return url;
  }

  /** Grabs answered from memory so far (agent_money_memo_answers_total). */
  get memoAnswers(): number { return this.memo.answered; }
}
