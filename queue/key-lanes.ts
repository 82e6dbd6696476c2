/**
 * Per-key sequencing for a concurrent consumer: items of different keys run in
 * parallel, items of one key run one at a time in seq order. When an item fails
 * it is handed back to the queue for redelivery, and its lane waits for that
 * same seq to come back (up to waitMs) before running later items of the key.
 */
export interface LaneItem {
  readonly seq: number;
  readonly key: string;
}

interface Lane<T> {
  items: T[];
  running: T | null;
  waitingFor: number | null;
  waitUntil: number;
  timer: NodeJS.Timeout | null;
}

/** run resolves true when the item is finished (acked), false when it was handed back for redelivery. */
export type LaneRunner<T> = (item: T) => Promise<boolean>;

export class KeyLanes<T extends LaneItem> {
  private readonly lanes = new Map<string, Lane<T>>();
  private readonly running = new Set<Promise<void>>();

  constructor(private readonly runner: LaneRunner<T>, private readonly waitMs: number) {}

  /** Adds a delivery. A seq already queued is replaced by the newer delivery; a seq running now is dropped. */
  offer(item: T): void {
    let lane = this.lanes.get(item.key);
    if (!lane) {
      lane = { items: [], running: null, waitingFor: null, waitUntil: 0, timer: null };
      this.lanes.set(item.key, lane);
    }
    if (lane.running?.seq === item.seq) return;
    const i = lane.items.findIndex((x) => x.seq >= item.seq);
    if (i < 0) lane.items.push(item);
    else if (lane.items[i].seq === item.seq) lane.items[i] = item;
    else lane.items.splice(i, 0, item);
    this.kick(item.key, lane);
  }

  /** Every item held (queued or running): the caller keeps them alive on the server. */
  *held(): Iterable<T> {
    for (const lane of this.lanes.values()) {
      if (lane.running) yield lane.running;
      yield* lane.items;
    }
  }

  get size(): number {
    let n = 0;
    for (const lane of this.lanes.values()) n += lane.items.length + (lane.running ? 1 : 0);
    return n;
  }

  /** Resolves when the items running now have finished. */
  async idle(): Promise<void> {
    await Promise.allSettled([...this.running]);
  }

  /** Forgets queued items (not running ones) and timers. */
  clear(): void {
    for (const lane of this.lanes.values()) {
      if (lane.timer) clearTimeout(lane.timer);
      lane.items = [];
    }
  }

  private kick(key: string, lane: Lane<T>): void {
    if (lane.running || lane.items.length === 0) {
      if (!lane.running && lane.items.length === 0 && lane.waitingFor === null) this.lanes.delete(key);
      return;
    }
    if (lane.waitingFor !== null && lane.items[0].seq !== lane.waitingFor) {
      const wait = lane.waitUntil - Date.now();
      if (wait > 0) {
        if (!lane.timer) lane.timer = setTimeout(() => { lane.timer = null; this.kick(key, lane); }, wait);
        return;
      }
    }
    if (lane.timer) { clearTimeout(lane.timer); lane.timer = null; }
    lane.waitingFor = null;
    const item = lane.items.shift()!;
    lane.running = item;
    const p = this.runner(item).then(
      (done) => done,
      () => false,
    ).then((done) => {
      lane.running = null;
      if (!done) {
        lane.waitingFor = item.seq;
        lane.waitUntil = Date.now() + this.waitMs;
      }
      this.running.delete(p);
      if (!done && lane.items.length === 0) {
        // Keep the (empty) lane so that the redelivery, or later items, still wait in order.
        lane.timer = setTimeout(() => { lane.timer = null; lane.waitingFor = null; this.kick(key, lane); }, this.waitMs);
        return;
      }
      this.kick(key, lane);
    });
    this.running.add(p);
  }
}
