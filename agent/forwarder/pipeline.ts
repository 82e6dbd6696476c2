/**
 * The in-memory state of entries between "read from the journal" and
 * "contiguously acked": a window in seq order, one publish in flight per key
 * (so a retried entry can never land in the queue after a later entry of the
 * same packet), and the floor = highest seq with everything ≤ it acked.
 */
import type { JournalItem } from './journal-reader.ts';

export interface Entry extends JournalItem {
  acked: boolean;
}

export class Pipeline {
  private window: Entry[] = [];
  private head = 0;
  /** key → entries of that key not yet acked; [0] is the one in flight / to retry. */
  private readonly byKey = new Map<string, Entry[]>();
  private ready: Entry[] = [];
  private readyHead = 0;
  /** Failed entries, to publish again (before anything new), in seq order. */
  private retry: Entry[] = [];
  floor: number;
  lastRead: number;

  constructor(floor: number) {
    this.floor = floor;
    this.lastRead = floor;
  }

  get size(): number {
    return this.window.length - this.head;
  }

  add(item: JournalItem): void {
    const e = item as Entry;
    e.acked = false;
    this.window.push(e);
    this.lastRead = e.seq;
    const q = this.byKey.get(e.key);
    if (q) q.push(e);
    else {
      this.byKey.set(e.key, [e]);
      this.ready.push(e);
    }
  }

  /** Next entry to publish: retries first, then new ones. */
  next(): Entry | undefined {
    if (this.retry.length > 0) return this.retry.shift();
    if (this.readyHead < this.ready.length) {
      const e = this.ready[this.readyHead++];
      if (this.readyHead > 4096 && this.readyHead * 2 > this.ready.length) {
        this.ready = this.ready.slice(this.readyHead);
        this.readyHead = 0;
      }
      return e;
    }
    return undefined;
  }

  hasWork(): boolean {
    return this.retry.length > 0 || this.readyHead < this.ready.length;
  }

  /** Acked: frees its key for the next entry and advances the floor. Returns true if the floor moved. */
  acked(e: Entry): boolean {
    e.acked = true;
    const q = this.byKey.get(e.key)!;
    q.shift();
    if (q.length > 0) this.ready.push(q[0]);
    else this.byKey.delete(e.key);
    const before = this.floor;
    while (this.head < this.window.length && this.window[this.head].acked) {
      this.floor = this.window[this.head].seq;
      this.head++;
    }
    if (this.head > 4096 && this.head * 2 > this.window.length) {
      this.window = this.window.slice(this.head);
      this.head = 0;
    }
    return this.floor !== before;
  }

  /** The oldest entry read but not yet acked (the floor's next), or undefined when every entry read is acked. */
  firstUnacked(): Entry | undefined {
    return this.head < this.window.length ? this.window[this.head] : undefined;
  }

  /** Failed: publish it again later, keeping its key blocked meanwhile. */
  failed(e: Entry): void {
    let i = this.retry.length;
    while (i > 0 && this.retry[i - 1].seq > e.seq) i--;
    this.retry.splice(i, 0, e);
  }
}
