/**
 * Single-producer / single-consumer ring of length-prefixed frames in a
 * SharedArrayBuffer. One thread writes, one thread reads; the two never take
 * a lock. Head and tail sit on their own cache lines so the producer and the
 * consumer do not bounce one line between cores.
 *
 * Frame layout (4-byte aligned): u32 payloadLength | u32 connId | u32 reqId | payload | pad.
 * A payloadLength of WRAP tells the reader to continue at offset 0.
 * Positions are free-running u32 byte counters; capacity is a power of two.
 */

import { RING_CONTROL } from '../shared-layout.ts';

// Int32 indices into the control block (layout and its checks: gateway/shared-layout.ts).
const HEAD = RING_CONTROL.headByte / 4;
const TAIL = RING_CONTROL.tailByte / 4;
const SLEEPING = RING_CONTROL.sleepingByte / 4;
const NAP = RING_CONTROL.napByte / 4;
const DATA_OFFSET = RING_CONTROL.dataByte;
const FRAME_HEADER = RING_CONTROL.frameHeaderBytes;
const WRAP = 0xffffffff;

export interface RingFrame {
  connId: number;
  reqId: number;
  /** A view into shared memory: valid only until the frame is released. */
  payload: Uint8Array;
}

export function ringBytesFor(capacity: number): number {
  return DATA_OFFSET + capacity;
}

export function createRingBuffer(capacity: number): SharedArrayBuffer {
  if (capacity < 1024 || (capacity & (capacity - 1)) !== 0) {
    throw new RangeError(`ring capacity must be a power of two >= 1024, got ${capacity}`);
  }
  return new SharedArrayBuffer(ringBytesFor(capacity));
}

const align4 = (n: number) => (n + 3) & ~3;

/** TypedArray.set has a fixed cost that dominates for the small frames of this protocol. */
function copyInto(dst: Uint8Array, src: Uint8Array, at: number): void {
  const n = src.length;
  if (n > 64) {
    dst.set(src, at);
    return;
  }
  for (let i = 0; i < n; i++) dst[at + i] = src[i];
}

/** Clears the consumer's park flag and wakes it, only if it is parked (a notify is a syscall). */
function notifyIfParked(ctl: Int32Array): void {
  if (Atomics.load(ctl, SLEEPING) === 1) {
    Atomics.store(ctl, SLEEPING, 0);
    Atomics.notify(ctl, SLEEPING);
  }
}

class RingView {
  protected readonly ctl: Int32Array;
  protected readonly u32: Uint32Array;
  protected readonly u8: Uint8Array;
  readonly capacity: number;
  protected readonly mask: number;

  constructor(sab: SharedArrayBuffer) {
    this.capacity = sab.byteLength - DATA_OFFSET;
    if (this.capacity <= 0 || (this.capacity & (this.capacity - 1)) !== 0) {
      throw new RangeError('not a ring buffer (bad capacity)');
    }
    this.mask = this.capacity - 1;
    this.ctl = new Int32Array(sab, 0, DATA_OFFSET / 4);
    this.u32 = new Uint32Array(sab, DATA_OFFSET, this.capacity / 4);
    this.u8 = new Uint8Array(sab, DATA_OFFSET, this.capacity);
  }

  /** Bytes currently queued (frames + padding), as seen by this side. */
  usedBytes(): number {
    return (Atomics.load(this.ctl, TAIL) - Atomics.load(this.ctl, HEAD)) >>> 0;
  }

  isEmpty(): boolean {
    return Atomics.load(this.ctl, TAIL) === Atomics.load(this.ctl, HEAD);
  }
}

/**
 * The writing side. It caches the tail, so exactly one RingProducer may be
 * live per ring at a time; a thread taking over a ring creates a new one then.
 */
export class RingProducer extends RingView {
  /** Where the consumer parks: its own ring, or a doorbell it shares with other rings it reads. */
  private readonly bell: Int32Array;
  private tail: number;
  /** Last head seen; re-read from shared memory only when the ring looks full. */
  private head: number;
  /** Largest payload one frame may carry (half the ring, so a wrap always fits). */
  readonly maxPayload: number;
  /** Tail at the last wake(): with nothing written since, the consumer has nothing new to wake for. */
  private wokenTail: number;

  constructor(sab: SharedArrayBuffer, doorbell: SharedArrayBuffer = sab) {
    super(sab);
    this.bell = doorbell === sab ? this.ctl : new Int32Array(doorbell, 0, DATA_OFFSET / 4);
    this.tail = Atomics.load(this.ctl, TAIL) >>> 0;
    this.head = Atomics.load(this.ctl, HEAD) >>> 0;
    this.maxPayload = this.capacity / 2 - FRAME_HEADER;
    this.wokenTail = -1;
  }

  /** Writes one frame made of `prefix`, `body` then `suffix`. Returns false (writes nothing) when the ring is full. */
  write(connId: number, reqId: number, body: Uint8Array, prefix?: Uint8Array, suffix?: Uint8Array): boolean {
    const prefixLen = prefix ? prefix.length : 0;
    const len = prefixLen + body.length + (suffix ? suffix.length : 0);
    if (len > this.maxPayload) throw new RangeError(`frame of ${len} bytes exceeds ring maxPayload ${this.maxPayload}`);
    const need = align4(FRAME_HEADER + len);
    let tail = this.tail;
    let idx = tail & this.mask;
    const contiguous = this.capacity - idx;
    const skip = contiguous < need ? contiguous : 0;
    if (((tail - this.head) >>> 0) + skip + need > this.capacity) {
      this.head = Atomics.load(this.ctl, HEAD) >>> 0;
      if (((tail - this.head) >>> 0) + skip + need > this.capacity) return false;
    }
    if (skip) {
      this.u32[idx >>> 2] = WRAP;
      tail = (tail + skip) >>> 0;
      idx = 0;
    }
    const w = idx >>> 2;
    this.u32[w] = len;
    this.u32[w + 1] = connId;
    this.u32[w + 2] = reqId;
    const at = idx + FRAME_HEADER;
    if (prefix) copyInto(this.u8, prefix, at);
    copyInto(this.u8, body, at + prefixLen);
    if (suffix) copyInto(this.u8, suffix, at + prefixLen + body.length);
    this.tail = (tail + need) >>> 0;
    Atomics.store(this.ctl, TAIL, this.tail | 0);
    return true;
  }

  /**
   * Wakes the consumer if it is parked and something was written since the
   * last call (a consumer parks only once it has read everything). Call once
   * after a batch of writes.
   */
  wake(): void {
    if (this.wokenTail === this.tail) return;
    this.wokenTail = this.tail;
    notifyIfParked(this.bell);
  }
}

/**
 * The reading side. It caches the head, so exactly one RingConsumer may be
 * live per ring at a time; a thread taking over a ring creates a new one then.
 */
export class RingConsumer extends RingView {
  /** Committed read position (shared with the producer). */
  private head: number;
  /** Read position of frames handed out but not yet committed (batch reads). */
  private cursor: number;
  private beforeLastRead: number;
  /** Last tail seen; re-read from shared memory only when the ring looks empty. */
  private tail: number;

  constructor(sab: SharedArrayBuffer) {
    super(sab);
    this.head = this.cursor = this.beforeLastRead = Atomics.load(this.ctl, HEAD) >>> 0;
    this.tail = Atomics.load(this.ctl, TAIL) >>> 0;
  }

  /**
   * Reads the frame after the last one read, without consuming anything yet:
   * frames stay in the ring (and are read again after a crash) until commit().
   * False when no further frame is there.
   */
  next(out: RingFrame): boolean {
    let pos = this.cursor;
    this.beforeLastRead = pos;
    if (pos === this.tail) {
      this.tail = Atomics.load(this.ctl, TAIL) >>> 0;
      if (pos === this.tail) return false;
    }
    let idx = pos & this.mask;
    if (this.u32[idx >>> 2] === WRAP) {
      pos = (pos + (this.capacity - idx)) >>> 0;
      if (pos === this.tail) {
        this.tail = Atomics.load(this.ctl, TAIL) >>> 0;
        if (pos === this.tail) return false;
      }
      idx = 0;
    }
    const w = idx >>> 2;
    const len = this.u32[w];
    out.connId = this.u32[w + 1];
    out.reqId = this.u32[w + 2];
    const at = idx + FRAME_HEADER;
    out.payload = this.u8.subarray(at, at + len);
    this.cursor = (pos + align4(FRAME_HEADER + len)) >>> 0;
    return true;
  }

  /** Consumes every frame read so far; their payload views become invalid. */
  commit(): void {
    if (this.head === this.cursor) return;
    this.head = this.cursor;
    Atomics.store(this.ctl, HEAD, this.head | 0);
  }

  /** Puts back the frame last returned by next(): the next read returns it again. */
  unread(): void {
    this.cursor = this.beforeLastRead;
  }

  /** The read position after the frames read so far (pass it to commitTo later). */
  readPosition(): number {
    return this.cursor;
  }

  /** Consumes the frames before `pos` (a position from readPosition(), not beyond the last read). */
  commitTo(pos: number): void {
    if (pos === this.head) return;
    this.head = pos >>> 0;
    Atomics.store(this.ctl, HEAD, this.head | 0);
  }

  /** Forgets uncommitted reads: the next read starts again at the oldest unconsumed frame. */
  rewind(): void {
    this.cursor = this.head;
  }

  /** Reads the oldest unconsumed frame (dropping uncommitted reads); false when empty. */
  peek(out: RingFrame): boolean {
    this.cursor = this.head;
    return this.next(out);
  }

  /** Consumes the frame last returned by peek(). */
  release(_frame: RingFrame): void {
    this.commit();
  }

  /**
   * Resolves when the ring may have data, when `ready()` holds (another
   * thread's progress that wakes this ring too, see ParkedConsumerWaker), or
   * after timeoutMs. Non-blocking for the caller's event loop
   * (Atomics.waitAsync), so the thread keeps serving messages and timers.
   */
  async waitForData(timeoutMs: number, ready?: () => boolean): Promise<void> {
    if (this.park(ready)) {
      const r = Atomics.waitAsync(this.ctl, SLEEPING, 1, timeoutMs);
      if (r.async) await r.value;
    }
    Atomics.store(this.ctl, SLEEPING, 0);
  }

  /** True when a frame beyond those already read (committed or not) is in the ring. */
  hasUnread(): boolean {
    return Atomics.load(this.ctl, TAIL) >>> 0 !== this.cursor;
  }

  /**
   * Blocking variant: a futex wake-up is much cheaper than waking an event
   * loop, for threads that can afford to block (journal, logic between batches).
   */
  waitForDataSync(timeoutMs: number, ready?: () => boolean): void {
    if (this.park(ready)) Atomics.wait(this.ctl, SLEEPING, 1, timeoutMs);
    Atomics.store(this.ctl, SLEEPING, 0);
  }

  /**
   * Announces the park first, then checks: a producer that publishes and then
   * sees no parked flag knows this check will see its data (sequentially
   * consistent atomics on both sides), so no wake-up is lost.
   */
  private park(ready?: () => boolean): boolean {
    Atomics.store(this.ctl, SLEEPING, 1);
    return !this.hasUnread() && !(ready?.() ?? false);
  }
}

/**
 * Wakes a ring's consumer on behalf of a thread that is not its producer (the
 * journal thread publishing commits to the logic worker), only if it is parked.
 */
export class ParkedConsumerWaker {
  private readonly ctl: Int32Array;
  constructor(sab: SharedArrayBuffer) {
    this.ctl = new Int32Array(sab, 0, DATA_OFFSET / 4);
  }

  /** Call after publishing the progress the consumer's `ready()` checks. */
  wake(): void {
    notifyIfParked(this.ctl);
  }
}

/**
 * Where a thread that consumes several rings parks: every producer of those
 * rings rings it (RingProducer's `doorbell`), so one futex wait covers them
 * all. A ring's own buffer serves as the doorbell of a thread that reads
 * only that ring. Same park protocol as RingConsumer.park().
 */
export class Doorbell {
  private readonly ctl: Int32Array;
  constructor(readonly buffer: SharedArrayBuffer) {
    this.ctl = new Int32Array(buffer, 0, DATA_OFFSET / 4);
  }

  /** Blocks until rung, `ready()` holds, or timeoutMs. */
  waitSync(timeoutMs: number, ready: () => boolean): void {
    Atomics.store(this.ctl, SLEEPING, 1);
    if (!ready()) Atomics.wait(this.ctl, SLEEPING, 1, timeoutMs);
    Atomics.store(this.ctl, SLEEPING, 0);
  }

  /** Resolves when rung, when `ready()` holds, or after timeoutMs, without blocking the event loop. */
  async wait(timeoutMs: number, ready: () => boolean): Promise<void> {
    Atomics.store(this.ctl, SLEEPING, 1);
    if (!ready()) {
      const r = Atomics.waitAsync(this.ctl, SLEEPING, 1, timeoutMs);
      if (r.async) await r.value;
    }
    Atomics.store(this.ctl, SLEEPING, 0);
  }

  /** Wakes the parked thread, if it is parked. */
  ring(): void {
    notifyIfParked(this.ctl);
  }

  /**
   * Sleeps timeoutMs without announcing a park: producers see no parked
   * consumer and skip the notify (see NapPolicy). Only rung by a stop request.
   */
  napSync(timeoutMs: number): void {
    Atomics.wait(this.ctl, NAP, 0, timeoutMs);
  }
}

/**
 * How a consumer thread waits when its rings are empty. Waking a parked
 * thread costs the producer a notify (a syscall and, on a VM, a cross-core
 * interrupt: tens of µs here) for every hand-off at low rates. While work
 * keeps coming, a consumer instead naps briefly without announcing it, so
 * producers skip the notify and hand-offs batch by time; once nothing came
 * for `idleAfterMs` it parks announced and costs nothing while idle.
 */
export class NapPolicy {
  private lastWorkMs = -Infinity;

  constructor(readonly napMs: number, readonly idleAfterMs: number, private readonly now: () => number = () => performance.now()) {}

  /** The consumer found work. */
  worked(): void {
    this.lastWorkMs = this.now();
  }

  /** True: nap napMs unannounced; false: park announced (idle). */
  shouldNap(): boolean {
    return this.napMs > 0 && this.now() - this.lastWorkMs < this.idleAfterMs;
  }
}

/** Bytes queued in a ring, read from any thread (for /status and load sampling). */
export function ringUsedBytes(sab: SharedArrayBuffer): number {
  const ctl = new Int32Array(sab, 0, DATA_OFFSET / 4);
  return (Atomics.load(ctl, TAIL) - Atomics.load(ctl, HEAD)) >>> 0;
}

/** Wakes whoever consumes this ring if it is parked (used to deliver a stop request). */
export function wakeRingConsumer(sab: SharedArrayBuffer): void {
  const ctl = new Int32Array(sab, 0, DATA_OFFSET / 4);
  Atomics.store(ctl, SLEEPING, 0);
  Atomics.notify(ctl, SLEEPING);
  Atomics.notify(ctl, NAP);
}
