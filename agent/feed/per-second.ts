/** Counts per wall-clock second over the last minute (for fed-per-second figures). */
export class PerSecond {
  private readonly buckets = new Map<number, number>();

  add(nowMs: number, n: number): void {
    const s = Math.floor(nowMs / 1000);
    this.buckets.set(s, (this.buckets.get(s) ?? 0) + n);
    if (this.buckets.size > 70) for (const k of this.buckets.keys()) if (k < s - 60) this.buckets.delete(k);
  }

  /** The count of the last complete second. */
  lastFull(nowMs: number): number {
    return this.buckets.get(Math.floor(nowMs / 1000) - 1) ?? 0;
  }

  /** Mean per second over the last n complete seconds. */
  average(nowMs: number, n: number): number {
    const s = Math.floor(nowMs / 1000);
    let sum = 0;
    for (let k = s - n; k < s; k++) sum += this.buckets.get(k) ?? 0;
    return sum / n;
  }
}
