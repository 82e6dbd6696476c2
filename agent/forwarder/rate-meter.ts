/** Events per second over the last `windowS` whole seconds (1-second buckets). */
export class RateMeter {
  private readonly buckets: number[];
  private currentSecond = Math.floor(Date.now() / 1000);

  constructor(private readonly windowS = 5) {
    this.buckets = new Array(windowS + 1).fill(0);
  }

  add(n = 1): void {
    this.roll();
    this.buckets[this.currentSecond % this.buckets.length] += n;
  }

  perSecond(): number {
    this.roll();
    let sum = 0;
    for (let i = 1; i <= this.windowS; i++) sum += this.buckets[(this.currentSecond - i + this.buckets.length * 2) % this.buckets.length];
    return sum / this.windowS;
  }

  private roll(): void {
    const now = Math.floor(Date.now() / 1000);
    for (let s = this.currentSecond + 1; s <= now && s <= this.currentSecond + this.buckets.length; s++) {
      this.buckets[s % this.buckets.length] = 0;
    }
    this.currentSecond = now;
  }
}
