/**
 * Sliding-window ceiling: at most `limit` packets in any windowMs. A second
 * guard behind the release schedule so no 100 ms window ever exceeds its share
 * by more than the configured factor, whatever the timers do.
 */
export class WindowLimiter {
  private times: number[] = [];

  constructor(private readonly windowMs: number) {}

  /** How many more may be sent at nowMs under `limit`. */
  room(nowMs: number, limit: number): number {
    const from = nowMs - this.windowMs;
    let i = 0;
    while (i < this.times.length && this.times[i] <= from) i++;
    if (i > 0) this.times.splice(0, i);
    return Math.max(0, limit - this.times.length);
  }

  record(nowMs: number, n: number): void {
    for (let i = 0; i < n; i++) this.times.push(nowMs);
  }

  /** Forget n records made at the latest send (packets the gateway did not take). */
  forget(n: number): void {
    this.times.splice(Math.max(0, this.times.length - n), n);
  }
}
