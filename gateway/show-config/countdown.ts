/**
 * The red-packet countdown switch. Given the applied document and the
 * gateway's corrected clock, it starts and ends rounds by time alone: no
 * config path is needed once a document is loaded. Loading a newer document
 * (a live correction) re-evaluates at once ("end now" ends the round
 * immediately; a shifted round re-arms its timers).
 */
import type { Logger } from '../../common/logger.ts';
import type { Round, ShowConfig } from '../../contracts/show/types.ts';
import { activeRound, nextRoundBoundary } from '../../contracts/show/timeline.ts';

export interface RoundEvent {
  round: Round;
  /** The corrected time the transition was observed at. */
  atMs: number;
  /** atMs minus the scheduled time (start or end): how late the switch fired. */
  lateMs: number;
  configVersion: number;
}

export interface RoundCountdownOptions {
  now: () => number;
  logger: Logger;
  /** Re-check at least this often (catches clock corrections). Default 1000 ms. */
  maxSleepMs?: number;
}

export class RoundCountdown {
  private doc: ShowConfig | null = null;
  private active: Round | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly startListeners = new Set<(e: RoundEvent) => void>();
  private readonly endListeners = new Set<(e: RoundEvent) => void>();

  constructor(private readonly opts: RoundCountdownOptions) {}

  onRoundStart(l: (e: RoundEvent) => void): () => void { this.startListeners.add(l); return () => this.startListeners.delete(l); }
  onRoundEnd(l: (e: RoundEvent) => void): () => void { this.endListeners.add(l); return () => this.endListeners.delete(l); }

  /** The round running now by this switch's state (updated at each boundary). */
  current(): Round | null { return this.active; }

  load(doc: ShowConfig): void {
    this.doc = doc;
    this.evaluate();
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  /** Recomputes the active round now and re-arms the timer for the next boundary. */
  evaluate(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const doc = this.doc;
    if (!doc) return;
    const now = this.opts.now();
    const next = activeRound(doc, now);
    const prev = this.active;
    if (prev && next?.id !== prev.id) {
      this.active = null;
      const cur = doc.rounds.find((r) => r.id === prev.id);
      // On time: its end passed. Early: a correction ended or moved it, which takes effect at once.
      const scheduledEnd = cur && now >= cur.endMs ? cur.endMs : now;
      this.emit(this.endListeners, { round: cur ?? prev, atMs: now, lateMs: now - scheduledEnd, configVersion: doc.version });
    }
    if (next && this.active?.id !== next.id) {
      this.active = next;
      this.emit(this.startListeners, { round: next, atMs: now, lateMs: now - next.startMs, configVersion: doc.version });
    } else if (next) {
      this.active = next; // same round, possibly with corrected times
    }
    const boundary = nextRoundBoundary(doc, now);
    const maxSleep = this.opts.maxSleepMs ?? 1000;
    const sleep = boundary === null ? maxSleep : Math.min(maxSleep, Math.max(0, boundary - now));
    this.timer = setTimeout(() => this.evaluate(), sleep);
  }

  private emit(set: Set<(e: RoundEvent) => void>, e: RoundEvent): void {
    const kind = set === this.startListeners ? 'start' : 'end';
    this.opts.logger.info({ roundId: e.round.id, atMs: e.atMs, lateMs: e.lateMs, configVersion: e.configVersion }, `red-packet round ${kind}`);
    for (const l of set) {
      try { l(e); } catch (err) { this.opts.logger.error({ err: String(err), roundId: e.round.id }, 'round listener failed'); }
    }
  }
}
