/**
 * Replies held back by pacing, released in (due time, insertion) order: a
 * binary min-heap, so holding a reply costs O(log n) and no timer of its own.
 * The owner runs one timer for `nextDueMs()` and calls `releaseDue()`.
 * Equal due times come out in insertion order, which keeps each connection's
 * replies in request order when the owner never gives a later reply of a
 * connection an earlier due time.
 */
export interface Held<T> {
  dueMs: number;
  order: number;
  item: T;
}

export class HoldQueue<T> {
  private heap: Held<T>[] = [];
  private order = 0;

  get size(): number {
    return this.heap.length;
  }

  push(dueMs: number, item: T): void {
    const h = this.heap;
    h.push({ dueMs, order: this.order++, item });
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i], h[p])) break;
      [h[i], h[p]] = [h[p], h[i]];
      i = p;
    }
  }

  /** Due time of the earliest held item, or Infinity. */
  nextDueMs(): number {
    return this.heap.length ? this.heap[0].dueMs : Infinity;
  }

  /** Removes and hands over, in order, every item due at or before `nowMs`. */
  releaseDue(nowMs: number, release: (item: T) => void): number {
    let n = 0;
    while (this.heap.length && this.heap[0].dueMs <= nowMs) {
      release(this.pop().item);
      n++;
    }
    return n;
  }

  private pop(): Held<T> {
    const h = this.heap;
    const top = h[0];
    const last = h.pop()!;
    if (h.length) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && this.less(h[l], h[m])) m = l;
        if (r < h.length && this.less(h[r], h[m])) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }

  private less(a: Held<T>, b: Held<T>): boolean {
    return a.dueMs < b.dueMs || (a.dueMs === b.dueMs && a.order < b.order);
  }
}
