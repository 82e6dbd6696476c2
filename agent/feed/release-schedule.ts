/**
 * Constant-rate release slots, quantised per clock second so that every
 * 1-second bucket gets exactly its share: with rate r (packets/s) anchored at
 * the round start, the cumulative number of slots at a second boundary b is
 * floor(r · (b − anchor)/1000) (the fraction carries over), and the n slots of
 * a second [a, b) are spread evenly at a + (i + ½)(b − a − g)/n — never two at
 * once — where the guard g = min(endGuardMs, (b − a)/10) keeps the last slot of
 * a second well clear of the next one, so a short stall cannot push a packet
 * into the wrong 1-second bucket (the 100 ms density rises by ~5 %). Seconds are epoch-aligned and
 * clipped to the round. A slot not used within maxLateMs of its due time is
 * dropped (counted in `missed`), as are the unused slots of a second that has
 * ended: late slots are caught up only inside their own second (and the
 * feeder's 100 ms window ceiling bounds how fast), never carried over.
 * A rate change takes effect at the next second boundary.
 */

export interface ScheduledRound {
  id: string;
  startMs: number;
  endMs: number;
}

export class ReleaseSchedule {
  private round: ScheduledRound | null = null;
  private rate = 0;
  private anchorMs = 0;
  private anchorCount = 0;
  private pending: { rate: number; atMs: number } | null = null;
  private secA = NaN;
  private secB = NaN;
  private secN = 0;
  private used = 0;
  /** Slots dropped (due but not used in time). */
  missed = 0;
  /** Slots used. */
  usedTotal = 0;

  constructor(private readonly maxLateMs: number, private readonly endGuardMs = 50) {}

  /** Length of the current second over which its slots are spread. */
  private span(): number {
    const len = this.secB - this.secA;
    return len - Math.min(this.endGuardMs, len / 10);
  }

  get ratePerSec(): number {
    return this.round ? this.rate : 0;
  }

  /** Sets the running round (null: none) and its per-machine rate. Call before due(). */
  configure(round: ScheduledRound | null, ratePerSec: number, nowMs: number): void {
    if (!round || ratePerSec <= 0) {
      this.closeSecond();
      this.round = null;
      this.rate = 0;
      this.pending = null;
      return;
    }
    if (!this.round || this.round.id !== round.id) {
      this.closeSecond();
      this.round = { ...round };
      this.rate = ratePerSec;
      this.anchorMs = round.startMs;
      this.anchorCount = 0;
      this.pending = null;
      return;
    }
    this.round = { ...round }; // corrected times of the same round
    if (ratePerSec !== (this.pending?.rate ?? this.rate)) {
      this.pending = { rate: ratePerSec, atMs: Math.floor(nowMs / 1000) * 1000 + 1000 };
    }
  }

  private cumulative(t: number): number {
    if (t <= this.anchorMs) return this.anchorCount;
    return this.anchorCount + Math.floor((this.rate * (t - this.anchorMs)) / 1000 + 1e-9);
  }

  private closeSecond(): void {
    if (!Number.isNaN(this.secA)) this.missed += Math.max(0, this.secN - this.used);
    this.secA = NaN;
    this.secN = 0;
    this.used = 0;
  }

  /** Moves to the second containing nowMs. Returns false outside the round. */
  private enter(nowMs: number): boolean {
    const r = this.round;
    if (!r || nowMs < r.startMs || nowMs >= r.endMs) {
      this.closeSecond();
      return false;
    }
    if (nowMs >= this.secA && nowMs < this.secB) return true;
    const prevB = this.secB;
    const hadSecond = !Number.isNaN(this.secA);
    this.closeSecond();
    const a = Math.max(r.startMs, Math.floor(nowMs / 1000) * 1000);
    if (this.pending && a >= this.pending.atMs) {
      const at = Math.max(this.pending.atMs, r.startMs);
      this.anchorCount = this.cumulative(at);
      this.anchorMs = at;
      this.rate = this.pending.rate;
      this.pending = null;
    }
    if (hadSecond && a > prevB) this.missed += this.cumulative(a) - this.cumulative(prevB); // whole seconds skipped
    this.secA = a;
    this.secB = Math.min(r.endMs, Math.floor(nowMs / 1000) * 1000 + 1000);
    this.secN = this.cumulative(this.secB) - this.cumulative(a);
    return true;
  }

  private slotsDueBy(t: number): number {
    if (this.secN === 0 || t < this.secA) return 0;
    const k = Math.floor(((t - this.secA) * this.secN) / this.span() + 0.5);
    return Math.min(this.secN, Math.max(0, k));
  }

  /** Slots due at nowMs and not used yet (late ones dropped first). */
  due(nowMs: number): number {
    if (!this.enter(nowMs)) return 0;
    const stale = this.slotsDueBy(nowMs - this.maxLateMs);
    if (this.used < stale) {
      this.missed += stale - this.used;
      this.used = stale;
    }
    return this.slotsDueBy(nowMs) - this.used;
  }

  /** Marks n due slots used (packets sent). */
  use(n: number): void {
    this.used += n;
    this.usedTotal += n;
  }

  /** Gives back n slots used a moment ago (the gateway did not take those packets). */
  giveBack(n: number): void {
    const k = Math.min(n, this.used);
    this.used -= k;
    this.usedTotal -= k;
  }

  /** When the next slot falls due (epoch ms), or null when no round is scheduled. */
  nextDueAt(nowMs: number): number | null {
    if (!this.enter(nowMs)) return null;
    if (this.used < this.secN) return this.secA + ((this.used + 0.5) * this.span()) / this.secN;
    return this.secB < this.round!.endMs ? this.secB : null;
  }
}
