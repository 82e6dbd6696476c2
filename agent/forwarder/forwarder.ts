/**
 * The journal forwarder: reads the gateway's journal in seq order, publishes
 * each entry (id = entry_id, key = packet_id) with many publishes in flight,
 * records "forwarded up to seq N" (contiguous acks only) in its own state DB,
 * and when the queue fails backs off (exponential + jitter), then probes with a
 * single publish until the queue answers again. The gateway keeps writing all
 * along; the backlog drains when the queue is back.
 */
import type { QueuePublisher } from '../../queue/types.ts';
import { isShakeError } from '../../common/errors.ts';
import { createLogger, type Logger } from '../../common/logger.ts';
import { backoffMs } from '../../queue/backoff.ts';
import { resolveForwarderConfig, type ForwarderConfig, type ResolvedForwarderConfig } from './config.ts';
import { JournalReader, type ForwarderSource } from './journal-reader.ts';
import { ProgressStore } from './progress-store.ts';
import { Pipeline, type Entry } from './pipeline.ts';
import { RateMeter } from './rate-meter.ts';

export interface ForwarderDeps {
  publisher: QueuePublisher;
  /** Queue lag as seen by the money service's consumer, for stats (optional). */
  queueLag?: () => Promise<number>;
  logger?: Logger;
  /** Reads the entries (default: the journal at config.journalPath). */
  openSource?: () => ForwarderSource;
}

/**
 * How far the queue holds this journal: every entry accepted at or before `atMs`
 * (minus nothing: the slack is already taken off) was acked by the queue, and all
 * entries up to `seq` were.
 */
export interface ForwardedMark { atMs: number; seq: number }

export interface ForwarderError { code: string; message: string; atMs: number }

export interface ForwarderStats {
  forwardedTotal: number;
  forwardedPerSec: number;
  /** Every journal entry ≤ this seq is acked by the queue. */
  forwardedSeq: number;
  journalMaxSeq: number;
  /** journalMaxSeq − forwardedSeq. */
  backlog: number;
  inFlight: number;
  queueHealthy: boolean;
  /** From deps.queueLag; null if not configured or never answered; may be stale while the queue is down. */
  queueLag: number | null;
  /** When queueLag was last measured (ms since epoch), or null. */
  queueLagAtMs: number | null;
  lastError: ForwarderError | null;
}

export class Forwarder {
  private readonly c: ResolvedForwarderConfig;
  private readonly log: Logger;
  private readonly progress: ProgressStore;
  private reader: ForwarderSource | null = null;
  /** Start time of the last read that reached the end of the source (fewer rows than asked). */
  private endReadAtMs = 0;
  private pipe!: Pipeline;
  private readonly rate = new RateMeter(5);
  private forwardedTotal = 0;
  private inFlight = 0;
  private healthy = true;
  private failureStreak = 0;
  private pausedUntil = 0;
  private lastError: ForwarderError | null = null;
  private queueLag: number | null = null;
  private queueLagAtMs: number | null = null;
  private lagInFlight: Promise<void> | null = null;
  private savedFloor = 0;
  private pumpScheduled = false;
  private timer: NodeJS.Timeout | null = null;
  private flushTimer: NodeJS.Timeout | null = null;
  private idleWaiters: (() => void)[] = [];
  private closed = false;

  constructor(config: ForwarderConfig, private readonly deps: ForwarderDeps) {
    this.c = resolveForwarderConfig(config);
    this.log = deps.logger ?? createLogger('agent.forwarder');
    this.progress = new ProgressStore(this.c.statePath);
  }

  async start(): Promise<void> {
    const floor = this.progress.get(this.c.journalName);
    this.savedFloor = floor;
    this.pipe = new Pipeline(floor);
    this.log.info({ journal: this.c.journalName, forwardedSeq: floor }, 'forwarder starting');
    this.flushTimer = setInterval(() => this.saveProgress(), this.c.progressFlushMs);
    this.pump();
  }

  private error(code: string, message: string): void {
    this.lastError = { code, message, atMs: Date.now() };
  }

  private openReader(): boolean {
    if (this.reader) return true;
    try {
      this.reader = this.deps.openSource ? this.deps.openSource() : new JournalReader(this.c.journalPath);
      const max = this.reader.maxSeq();
      if (max < this.pipe.floor) {
        this.error('FORWARDER_JOURNAL_BEHIND_PROGRESS', `journal max seq ${max} < forwarded seq ${this.pipe.floor}`);
        this.log.error({ journal: this.c.journalName, max, forwardedSeq: this.pipe.floor }, 'journal is behind recorded progress (replaced journal?)');
      }
      return true;
    } catch (e) {
      this.error('FORWARDER_JOURNAL_UNAVAILABLE', `cannot open journal: ${(e as Error).message}`);
      return false;
    }
  }

  private schedulePump(): void {
    if (this.pumpScheduled || this.closed) return;
    this.pumpScheduled = true;
    setImmediate(() => { this.pumpScheduled = false; this.pump(); });
  }

  private wakeAt(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => { this.timer = null; this.pump(); }, ms);
  }

  private pump(): void {
    if (this.closed) return;
    if (!this.openReader()) return this.wakeAt(this.c.pollIntervalMs * 20);
    let idle = false;
    if (this.pipe.size < this.c.maxWindow) {
      try {
        const readAtMs = Date.now();
        const limit = Math.min(this.c.readBatch, this.c.maxWindow - this.pipe.size);
        const rows = this.reader!.readAfter(this.pipe.lastRead, limit);
        for (const r of rows) this.pipe.add(r);
        if (rows.length < limit) this.endReadAtMs = readAtMs;
        idle = rows.length === 0;
      } catch (e) {
        this.error('FORWARDER_JOURNAL_READ_FAILED', (e as Error).message);
        this.log.error({ err: e }, 'journal read failed');
        idle = true;
      }
    }
    const now = Date.now();
    if (now < this.pausedUntil) return this.wakeAt(this.pausedUntil - now);
    const limit = this.healthy ? this.c.maxInFlight : 1;
    while (this.inFlight < limit) {
      const e = this.pipe.next();
      if (!e) break;
      this.send(e);
    }
    if (idle && this.inFlight === 0 && !this.pipe.hasWork()) {
      for (const w of this.idleWaiters.splice(0)) w();
    }
    if (idle && !this.timer) this.wakeAt(this.c.pollIntervalMs);
    else if (!idle && this.pipe.size < this.c.maxWindow) this.schedulePump();
  }

  private send(e: Entry): void {
    this.inFlight++;
    this.deps.publisher.publish({ id: e.id, key: e.key, data: e.data }).then(
      () => this.onAck(e),
      (err) => this.onFail(e, err),
    );
  }

  private onAck(e: Entry): void {
    this.inFlight--;
    if (!this.healthy) this.log.info({ journal: this.c.journalName, seq: e.seq }, 'queue accepting again; resuming full rate');
    this.healthy = true;
    this.failureStreak = 0;
    this.forwardedTotal++;
    this.rate.add();
    this.pipe.acked(e);
    this.schedulePump();
  }

  private onFail(e: Entry, err: unknown): void {
    this.inFlight--;
    this.pipe.failed(e);
    const now = Date.now();
    const code = isShakeError(err) ? err.code : 'QUEUE_PUBLISH_FAILED';
    this.error(code, String((err as Error)?.message ?? err));
    // Failures of publishes already in flight when the queue went down count once.
    if (now >= this.pausedUntil) {
      const delay = backoffMs(this.failureStreak, this.c.retryInitialMs, this.c.retryMaxMs);
      this.failureStreak++;
      this.pausedUntil = now + delay;
      if (this.healthy || this.failureStreak % 10 === 1) {
        this.log.warn({ journal: this.c.journalName, seq: e.seq, code, delay, streak: this.failureStreak }, 'publish failed; backing off');
      }
      this.healthy = false;
    }
    this.schedulePump();
  }

  private saveProgress(): void {
    if (this.pipe.floor === this.savedFloor) return;
    try {
      this.progress.set(this.c.journalName, this.pipe.floor);
      this.savedFloor = this.pipe.floor;
    } catch (e) {
      this.log.error({ err: e }, 'saving progress failed');
    }
  }

  /**
   * The watermark this forwarder can vouch for now, or null before its first read reached
   * the end of the source. An entry not yet read was committed after the last read that
   * reached the end, so it was accepted after that read began, less the writer's commit
   * delay (`slackMs`); an entry read but not acked is the floor's next, and entries are
   * accepted in seq order within the same slack.
   */
  forwardedMark(slackMs: number): ForwardedMark | null {
    if (this.endReadAtMs === 0) return null;
    const next = this.pipe.firstUnacked();
    const atMs = Math.min(this.endReadAtMs, next ? next.atMs : Infinity) - slackMs;
    return { atMs, seq: this.pipe.floor };
  }

  async stats(): Promise<ForwarderStats> {
    let journalMaxSeq = this.pipe.lastRead;
    try { if (this.reader) journalMaxSeq = this.reader.maxSeq(); } catch { /* keep last read */ }
    await this.refreshQueueLag(250);
    return {
      forwardedTotal: this.forwardedTotal,
      forwardedPerSec: this.rate.perSecond(),
      forwardedSeq: this.pipe.floor,
      journalMaxSeq,
      backlog: Math.max(0, journalMaxSeq - this.pipe.floor),
      inFlight: this.inFlight,
      queueHealthy: this.healthy,
      queueLag: this.queueLag,
      queueLagAtMs: this.queueLagAtMs,
      lastError: this.lastError,
    };
  }

  /** Measures queue lag, waiting at most waitMs (a down queue must not stall stats); one measurement at a time. */
  private async refreshQueueLag(waitMs: number): Promise<void> {
    if (!this.deps.queueLag) return;
    if (!this.lagInFlight) {
      this.lagInFlight = this.deps.queueLag().then(
        (lag) => { this.queueLag = lag; this.queueLagAtMs = Date.now(); },
        () => { /* keep the last known value */ },
      ).finally(() => { this.lagInFlight = null; });
    }
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.lagInFlight, new Promise((r) => { timer = setTimeout(r, waitMs); })]);
    clearTimeout(timer);
  }

  /** Resolves the next time everything written to the journal so far is forwarded (no backlog). */
  drained(): Promise<void> {
    return new Promise((r) => { this.idleWaiters.push(r); this.schedulePump(); });
  }

  /** Stops reading; waits (up to waitMs) for publishes in flight; saves progress. Does not close the publisher. */
  async close(waitMs = 5_000): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    if (this.flushTimer) clearInterval(this.flushTimer);
    const deadline = Date.now() + waitMs;
    while (this.inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    this.saveProgress();
    this.progress.close();
    this.reader?.close();
    this.log.info({ journal: this.c.journalName, forwardedSeq: this.pipe.floor, forwardedTotal: this.forwardedTotal }, 'forwarder stopped');
  }
}
