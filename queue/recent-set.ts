/** A set of the last `capacity` numbers added (FIFO eviction); O(1) add/has. */
export class RecentSet {
  private readonly ring: number[];
  private readonly set = new Set<number>();
  private next = 0;

  constructor(private readonly capacity: number) {
    this.ring = new Array(capacity);
  }

  add(n: number): void {
    if (this.set.has(n)) return;
    const old = this.ring[this.next];
    if (old !== undefined) this.set.delete(old);
    this.ring[this.next] = n;
    this.next = (this.next + 1) % this.capacity;
    this.set.add(n);
  }

  has(n: number): boolean {
    return this.set.has(n);
  }
}
