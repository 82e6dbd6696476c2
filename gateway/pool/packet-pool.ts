/**
 * The gateway's packet pool: seed packets waiting to be won, in a
 * SharedArrayBuffer so they survive a logic-worker crash or reload. The IO
 * thread fills it from the agent; the logic worker takes from it. Counters of
 * packets offered and taken (also shared) give the level the agent feeds to.
 *
 * The worker reads packets with next() and consumes them with commit() only
 * after their issuance is durable, so a crash in between leaves them in the
 * pool for the next generation.
 */
import { internal } from '../../proto/gen/internal.js';
import { createRingBuffer, RingConsumer, RingProducer, type RingFrame } from '../ring/spsc-ring.ts';

const SeedPacket = internal.shake.internal.v1.SeedPacket;
export type SeedPacket = internal.shake.internal.v1.ISeedPacket;

const OFFERED = 0;
const TAKEN = 16; // own cache line

export interface PoolBuffers {
  ring: SharedArrayBuffer;
  counters: SharedArrayBuffer;
  capacity: number;
}

export function createPoolBuffers(capacityPackets: number): PoolBuffers {
  // ~64 bytes per encoded packet frame, twice over so a full pool never wraps into itself.
  let bytes = 1024;
  while (bytes < capacityPackets * 128) bytes *= 2;
  return { ring: createRingBuffer(bytes), counters: new SharedArrayBuffer(128), capacity: capacityPackets };
}

export class PoolProducer {
  private readonly ring: RingProducer;
  private readonly counters: Int32Array;
  private seq = 0;

  constructor(private readonly bufs: PoolBuffers) {
    this.ring = new RingProducer(bufs.ring);
    this.counters = new Int32Array(bufs.counters);
  }

  get capacity(): number {
    return this.bufs.capacity;
  }

  level(): number {
    return (Atomics.load(this.counters, OFFERED) - Atomics.load(this.counters, TAKEN)) | 0;
  }

  offeredTotal(): number {
    return Atomics.load(this.counters, OFFERED) >>> 0;
  }

  takenTotal(): number {
    return Atomics.load(this.counters, TAKEN) >>> 0;
  }

  /** Adds a prefix of `packets` that fits; returns how many were taken. Never overfills. */
  offer(packets: SeedPacket[]): number {
    let room = this.bufs.capacity - this.level();
    let n = 0;
    for (const p of packets) {
      if (room <= 0) break;
      if (!this.ring.write(0, this.seq, SeedPacket.encode(p).finish())) break;
      this.seq = (this.seq + 1) >>> 0;
      Atomics.add(this.counters, OFFERED, 1);
      room--;
      n++;
    }
    return n;
  }
}

export class PoolConsumer {
  private readonly ring: RingConsumer;
  private readonly counters: Int32Array;
  private readonly frame: RingFrame = { connId: 0, reqId: 0, payload: new Uint8Array(0) };
  private uncommitted = 0;

  constructor(bufs: PoolBuffers) {
    this.ring = new RingConsumer(bufs.ring);
    this.counters = new Int32Array(bufs.counters);
  }

  /** Next packet after those already read; null when the pool has no more. Not consumed until commit(). */
  next(): internal.shake.internal.v1.SeedPacket | null {
    if (!this.ring.next(this.frame)) return null;
    this.uncommitted++;
    return SeedPacket.decode(this.frame.payload);
  }

  /** Puts back the packet last returned by next() (it was not given to anyone). */
  unread(): void {
    this.ring.unread();
    this.uncommitted--;
  }

  /** Consumes every packet read since the last commit. */
  commit(): void {
    if (this.uncommitted === 0) return;
    this.ring.commit();
    Atomics.add(this.counters, TAKEN, this.uncommitted);
    this.uncommitted = 0;
  }

  /** Puts back every packet read since the last commit (e.g. its issuance failed). */
  rewind(): void {
    this.ring.rewind();
    this.uncommitted = 0;
  }

  level(): number {
    return ((Atomics.load(this.counters, OFFERED) - Atomics.load(this.counters, TAKEN)) | 0) - this.uncommitted;
  }
}
