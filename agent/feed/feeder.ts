/**
 * Constant-rate feeding. Wakes at each release slot's due time (at most
 * tickMs apart), and sends the packets due — bounded by the pool's room below
 * the target level and by the 100 ms window ceiling — as one journaled batch,
 * one batch in flight at a time. Runs only while a round is running by the
 * gateway's clock (offset learnt from PoolStatus.gateway_now_ms), at this
 * machine's fleet share of the round's rate, with that round's sponsors only.
 */
import type { Logger } from '../../common/logger.ts';
import type { ShowConfig, Round } from '../../contracts/show/types.ts';
import { activeRound, nextRoundBoundary } from '../../contracts/show/timeline.ts';
import type { AgentConfig } from '../settings.ts';
import type { GatewayHelloInfo, PoolInfo } from '../link/link-client.ts';
import type { ISeedPacket } from '../../contracts/agent-link/protocol.ts';
import { ReleaseSchedule } from './release-schedule.ts';
import { WindowLimiter } from './window-limiter.ts';
import { machineRate } from './fleet-share.ts';
import type { FeedStore, HelloOutcome } from './feed-store.ts';
import { PerSecond } from './per-second.ts';

export interface FeedLink {
  readonly connected: boolean;
  sendFeed(batchId: number, packets: ISeedPacket[]): boolean;
}

export interface FeederStats {
  round: { id: string; ratePerSec: number } | null;
  gatewayStartedAtMs: number | null;
  fedTotal: number;
  fedLastSecond: number;
  fedPerSec10s: number;
  slotsMissed: number;
  returnedByGateway: number;
  pool: { level: number; capacity: number; target: number } | null;
  queueLength: number;
  partRemaining: number;
  /** The round's sponsors have no packets left here. */
  exhausted: boolean;
  clockOffsetMs: number;
  configVersion: number | null;
  lastHello: HelloOutcome | null;
  problem: { code: string; message: string } | null;
}

export class Feeder {
  private readonly schedule: ReleaseSchedule;
  /** 100 ms ceiling, checked over a slightly longer window so receiver-side jitter cannot squeeze one more into 100 ms. */
  private readonly window: WindowLimiter;
  /**
   * Finer ceiling so that catching up after a stall is smooth too (no 100 ms worth in one batch).
   * Its limit covers one feed round trip (at least 10 ms): with one batch in flight, batches are
   * that far apart, so a limit of one 10 ms share would cap a low rate at one packet per round
   * trip (60/s fed 39/s with 25 ms FeedAcks on a loaded machine).
   */
  private readonly fineWindow = new WindowLimiter(10);
  /** Smoothed FeedAck round trip (ms). */
  private feedRttMs = 0;
  private readonly perSec = new PerSecond();
  private doc: ShowConfig | null = null;
  private docVersion: number | null = null;
  private gwStartedAtMs: number | null = null;
  private pool: PoolInfo | null = null;
  private levelEstimate = 0;
  private inFlight: { batchId: number; count: number; sentAtMs: number } | null = null;
  private timer: NodeJS.Timeout | null = null;
  private closed = false;
  private offsets: number[] = [];
  private offset = 0;
  private fedTotal = 0;
  private returned = 0;
  private exhausted = false;
  private lastHello: HelloOutcome | null = null;
  private problem: { code: string; message: string } | null = null;
  private round: Round | null = null;
  private heldRetryAt = 0;
  private rate = 0;
  link: FeedLink | null = null;

  constructor(private readonly o: { cfg: AgentConfig['feed']; gatewayId: string; store: FeedStore; logger: Logger }) {
    this.schedule = new ReleaseSchedule(o.cfg.maxLateMs, o.cfg.endGuardMs);
    this.window = new WindowLimiter(100 + o.cfg.windowMarginMs);
  }

  /** The gateway's clock (local clock + learnt offset). */
  now(): number {
    return Date.now() + this.offset;
  }

  start(): void {
    this.wake(0);
  }

  /**
   * Stops feeding. A clean stop waits up to settleMs for the FeedAck of the batch in
   * flight, so the agent's records say where those packets are (otherwise they stay
   * in_flight until the next hello settles them).
   */
  async close(settleMs = 0): Promise<void> {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    const until = Date.now() + settleMs;
    while (this.inFlight && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
  }

  onHello(h: GatewayHelloInfo): void {
    this.gwStartedAtMs = h.gatewayStartedAtMs;
    this.inFlight = null;
    this.lastHello = this.o.store.onHello(h);
    this.wake(0);
  }

  onDisconnect(): void {
    this.inFlight = null; // settled at the next hello
  }

  onFeedAck(batchId: number, accepted: number): void {
    const f = this.inFlight;
    if (!f || f.batchId !== batchId) {
      this.o.logger.warn({ batchId }, 'FeedAck for a batch not in flight ignored');
      return;
    }
    const back = this.o.store.settleBatch(batchId, accepted);
    const rttMs = Math.max(0, this.now() - f.sentAtMs);
    this.feedRttMs = this.feedRttMs === 0 ? rttMs : 0.8 * this.feedRttMs + 0.2 * rttMs;
    this.inFlight = null;
    this.fedTotal += accepted;
    this.perSec.add(Date.now(), accepted);
    if (back > 0) {
      this.returned += back;
      this.schedule.giveBack(back);
      this.window.forget(back);
      this.fineWindow.forget(back);
    }
    this.wake(0);
  }

  onPool(p: PoolInfo): void {
    this.pool = p;
    this.levelEstimate = p.level;
    if (p.gatewayNowMs > 0) {
      // Each sample is (true offset − delivery latency); latency >= 0, so the largest recent sample is the
      // best estimate (a stalled delivery only makes a sample smaller, never larger).
      this.offsets.push(p.gatewayNowMs - p.receivedAtMs);
      if (this.offsets.length > 50) this.offsets.shift();
      const best = Math.max(...this.offsets);
      if (Math.abs(best - this.offset) >= 1) this.offset = best;
    }
  }

  onConfig(version: number, json: string): void {
    if (this.docVersion !== null && version <= this.docVersion) return;
    try {
      const doc = JSON.parse(json) as ShowConfig;
      if (!Array.isArray(doc.rounds) || !Array.isArray(doc.fleet)) throw new Error('rounds and fleet must be arrays');
      this.doc = doc;
      this.docVersion = version;
      this.o.logger.info({ configVersion: version }, 'show config applied');
      this.wake(0);
    } catch (e) {
      this.problem = { code: 'SHOW_CONFIG_INVALID', message: `show config ${version} unusable: ${(e as Error).message}` };
      this.o.logger.error({ configVersion: version, err: (e as Error).message }, 'show config refused');
    }
  }

  private wake(ms: number): void {
    if (this.closed) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.timer = null; this.tick(); }, Math.max(0, ms));
  }

  private tick(): void {
    if (this.closed) return;
    const now = this.now();
    this.updateRound(now);
    if (this.o.store.heldForIssuedCheck > 0 && this.gwStartedAtMs !== null && Date.now() - this.heldRetryAt >= 1000) {
      this.heldRetryAt = Date.now();
      this.o.store.refeedDeadProcesses(this.gwStartedAtMs);
    }
    const blocked = this.link?.connected && this.gwStartedAtMs !== null && this.pool && !this.inFlight ? this.feed(now) : 'link';
    let next = now + this.o.cfg.tickMs;
    const due = this.schedule.nextDueAt(now);
    if (due !== null && due < next) next = due;
    // Slots due but held back: by the window ceilings, retry in 1 ms; by the pool, the link or a lack of packets, at the tick.
    if (blocked === 'window') next = now + 1;
    else if (blocked !== null && due !== null && due <= now) next = now + this.o.cfg.tickMs;
    if (!this.round && this.doc) {
      const b = nextRoundBoundary(this.doc, now);
      if (b !== null && b < next) next = b;
    }
    if (this.inFlight) next = now + this.o.cfg.tickMs; // the FeedAck wakes us sooner
    this.wake(Math.ceil(next - this.now()));
  }

  private updateRound(now: number): void {
    const round = this.doc ? activeRound(this.doc, now) : null;
    let rate = 0;
    if (round && this.doc) {
      const r = machineRate(this.doc, round, this.o.gatewayId);
      if (r === null) {
        if (this.problem?.code !== 'AGENT_NOT_IN_FLEET') this.o.logger.error({ gatewayId: this.o.gatewayId, roundId: round.id }, 'this gateway is not in the fleet; feeding nothing');
        this.problem = { code: 'AGENT_NOT_IN_FLEET', message: `gateway ${this.o.gatewayId} is not in the show config's fleet` };
      } else {
        rate = r;
        if (this.problem?.code === 'AGENT_NOT_IN_FLEET') this.problem = null;
      }
    }
    if (round?.id !== this.round?.id) {
      if (round) this.o.logger.info({ roundId: round.id, ratePerSec: rate }, 'round running: feeding');
      else if (this.round) this.o.logger.info({ roundId: this.round.id }, 'round over: feeding paused');
      this.exhausted = false;
    }
    this.round = round;
    this.rate = rate;
    this.schedule.configure(round, rate, now);
  }

  /** Sends what is due; returns what held slots back (null: nothing). */
  private feed(now: number): 'window' | 'pool' | 'empty' | 'link' | null {
    const due = this.schedule.due(now);
    if (due <= 0 || !this.round || !this.pool) return null;
    const target = Math.min(this.o.cfg.poolTargetLevel, this.pool.capacity);
    // Never below what the constant rate itself puts into the checked (100 ms + margin) window: at
    // low rates the floor of 1.15 x one 100 ms share (6 at 60/s, over 110 ms) capped the feed at 54/s.
    const ownSlots = Math.ceil((this.rate * (100 + this.o.cfg.windowMarginMs)) / 1000);
    const limit = Math.max(1, Math.floor(this.o.cfg.windowFactor * this.rate * 0.1), ownSlots);
    const fineLimit = Math.max(1, Math.ceil(this.o.cfg.windowFactor * this.rate * Math.max(10, this.feedRttMs) / 1000));
    const room = target - this.levelEstimate;
    const windowRoom = Math.min(this.window.room(now, limit), this.fineWindow.room(now, fineLimit));
    const n = Math.min(due, room, windowRoom, this.o.cfg.maxBatchPackets);
    if (n <= 0) return room <= 0 ? 'pool' : 'window';
    const store = this.o.store;
    const cands = store.pick(n, store.sponsorFilter(this.round.sponsorIds));
    if (cands.length === 0) {
      if (!this.exhausted) {
        const unfed = this.unfedProblem();
        if (unfed) this.o.logger.error({ roundId: this.round.id, code: unfed.code, sponsorIds: this.round.sponsorIds }, unfed.message);
        else this.o.logger.warn({ roundId: this.round.id }, 'no packets left for this round\'s sponsors');
      }
      this.exhausted = true;
      return 'empty';
    }
    const { batchId, packets } = store.commitBatch(cands, this.gwStartedAtMs!, Date.now());
    if (packets.length === 0) return null; // all were found issued; the next tick picks others
    if (!this.link!.sendFeed(batchId, packets)) return 'link'; // settled at the next hello
    const sentAt = this.now();
    this.inFlight = { batchId, count: packets.length, sentAtMs: sentAt };
    this.levelEstimate += packets.length;
    this.schedule.use(packets.length);
    this.window.record(sentAt, packets.length);
    this.fineWindow.record(sentAt, packets.length);
    return null;
  }

  /**
   * The running round's sponsors have nothing left here while other sponsors'
   * packets remain: the round gives nobody a packet although the machine holds
   * plenty (a show naming the wrong sponsors). A problem, not a quiet flag.
   */
  private unfedProblem(): { code: string; message: string } | null {
    const left = this.o.store.queue.length + this.o.store.cursor.remaining();
    if (!this.round || left === 0) return null;
    return {
      code: 'AGENT_ROUND_UNFED',
      message: `round ${this.round.id}: its sponsors (${this.round.sponsorIds.join(', ')}) have no packets left here, while ${left} packets of other sponsors remain`,
    };
  }

  stats(): FeederStats {
    const now = Date.now();
    return {
      round: this.round ? { id: this.round.id, ratePerSec: this.rate } : null,
      gatewayStartedAtMs: this.gwStartedAtMs,
      fedTotal: this.fedTotal,
      fedLastSecond: this.perSec.lastFull(now),
      fedPerSec10s: this.perSec.average(now, 10),
      slotsMissed: this.schedule.missed,
      returnedByGateway: this.returned,
      pool: this.pool ? { level: this.pool.level, capacity: this.pool.capacity, target: this.o.cfg.poolTargetLevel } : null,
      queueLength: this.o.store.queue.length,
      partRemaining: this.o.store.cursor.remaining(),
      exhausted: this.exhausted,
      clockOffsetMs: this.offset,
      configVersion: this.docVersion,
      lastHello: this.lastHello,
      problem: this.problem ?? (this.exhausted ? this.unfedProblem() : null),
    };
  }
}
