/**
 * The gateway's packet pool: seed packets waiting to be won, in a
 * SharedArrayBuffer so they survive a logic-worker crash or reload. The IO
 * thread fills it from the agent; the logic worker takes from it. Counters of
 * packets offered and taken (also shared) give the level the agent feeds to.
 *
 * The worker reads packets with next() and consumes them with commit() only
 * after their issuance is durable, so a crash in between leaves them in the
 * pool for the next generation.
 *
 * With several logic workers the pool has one lane per worker (each a
 * single-producer, single-consumer ring, so no packet can be taken twice);
 * the producer feeds the lane with the fewest packets. The level is their sum.
 */
import { internal } from '../../contracts/proto/gen/internal.js';
import { createRingBuffer, RingConsumer, RingProducer, type RingFrame } from '../ring/spsc-ring.ts';
import { POOL_COUNTERS, poolRingBytes } from '../shared-layout.ts';

const SeedPacket = internal.shake.internal.v1.SeedPacket;
export type SeedPacket = internal.shake.internal.v1.ISeedPacket;

// Int32 indices into a lane's counters (layout and its checks: gateway/shared-layout.ts).
const OFFERED = POOL_COUNTERS.offered;
const TAKEN = POOL_COUNTERS.taken;

export interface PoolLane {
  ring: SharedArrayBuffer;
  counters: SharedArrayBuffer;
}

export interface PoolBuffers {
  /** One per logic worker. */
  lanes: PoolLane[];
  /** Packets held by all lanes together, at most. */
  capacity: number;
}

export function createPoolBuffers(capacityPackets: number, lanes = 1): PoolBuffers {
  const bytes = poolRingBytes(capacityPackets);
  return {
    lanes: Array.from({ length: lanes }, () => ({ ring: createRingBuffer(bytes), counters: new SharedArrayBuffer(POOL_COUNTERS.bytes) })),
    capacity: capacityPackets,
  };
}

const laneLevel = (c: Int32Array) => (Atomics.load(c, OFFERED) - Atomics.load(c, TAKEN)) | 0;

export class PoolProducer {
  private readonly rings: RingProducer[];
  private readonly counters: Int32Array[];
  private seq = 0;

  constructor(private readonly bufs: PoolBuffers) {
    this.rings = bufs.lanes.map((l) => new RingProducer(l.ring));
    this.counters = bufs.lanes.map((l) => new Int32Array(l.counters));
  }

  get capacity(): number {
    return this.bufs.capacity;
  }

  level(): number {
    let n = 0;
    for (const c of this.counters) n += laneLevel(c);
    return n;
  }

  offeredTotal(): number {
    let n = 0;
    for (const c of this.counters) n += Atomics.load(c, OFFERED) >>> 0;
    return n;
  }

  takenTotal(): number {
    let n = 0;
    for (const c of this.counters) n += Atomics.load(c, TAKEN) >>> 0;
    return n;
  }

  /** Adds a prefix of `packets` that fits; returns how many were taken. Never overfills. */
  offer(packets: SeedPacket[]): number {
    let room = this.bufs.capacity - this.level();
    let n = 0;
    for (const p of packets) {
      if (room <= 0) break;
      const lane = this.emptiestLane();
      if (!this.rings[lane].write(0, this.seq, SeedPacket.encode(p).finish())) break;
      this.seq = (this.seq + 1) >>> 0;
      Atomics.add(this.counters[lane], OFFERED, 1);
      room--;
      n++;
    }
    return n;
  }

  private emptiestLane(): number {
    let best = 0;
    for (let i = 1; i < this.counters.length; i++) if (laneLevel(this.counters[i]) < laneLevel(this.counters[best])) best = i;
    return best;
  }
}

export class PoolConsumer {
  private readonly ring: RingConsumer;
  private readonly counters: Int32Array;
  private readonly frame: RingFrame = { connId: 0, reqId: 0, payload: new Uint8Array(0) };
  private uncommitted = 0;

  /** `lane`: the logic worker's index; it takes from its own lane only. */
  constructor(bufs: PoolBuffers, lane = 0) {
    this.ring = new RingConsumer(bufs.lanes[lane].ring);
    this.counters = new Int32Array(bufs.lanes[lane].counters);
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
