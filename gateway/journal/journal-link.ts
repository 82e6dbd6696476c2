/**
 * The logic worker's side of the journal thread. Open/share entries go into a
 * shared ring with a ticket each; the journal thread commits them (group
 * commit, fsync) and publishes the highest committed ticket. The logic worker
 * sends an "ok" only once its ticket is committed, but keeps deciding shakes
 * meanwhile: no shake waits for a disk.
 */
import { createRingBuffer, ParkedConsumerWaker, RingProducer } from '../ring/spsc-ring.ts';

const NEXT_TICKET = 0;
const COMMITTED = 16; // own cache line
const FAILED = 32;

export interface JournalBuffers {
  ring: SharedArrayBuffer;
  ctl: SharedArrayBuffer;
}

export function createJournalBuffers(ringBytes = 1 << 22): JournalBuffers {
  return { ring: createRingBuffer(ringBytes), ctl: new SharedArrayBuffer(256) };
}

export class JournalSubmitter {
  private readonly producer: RingProducer;
  private readonly ctl: Int32Array;
  private readonly pause = new Int32Array(new SharedArrayBuffer(4));

  constructor(private readonly bufs: JournalBuffers) {
    this.producer = new RingProducer(bufs.ring);
    this.ctl = new Int32Array(bufs.ctl);
  }

  /** Queues an encoded JournalEntry; returns its ticket. Waits (briefly) if the journal thread is behind. */
  submit(entry: Uint8Array): number {
    const ticket = Atomics.add(this.ctl, NEXT_TICKET, 1) + 1;
    while (!this.producer.write(0, ticket, entry)) {
      this.producer.wake();
      Atomics.wait(this.pause, 0, 0, 1);
    }
    return ticket;
  }

  /** Wakes the journal thread; call once per batch. */
  flush(): void {
    this.producer.wake();
  }

  committed(): number {
    return Atomics.load(this.ctl, COMMITTED);
  }

  failed(): boolean {
    return Atomics.load(this.ctl, FAILED) !== 0;
  }
}

/** The journal thread's side of the control block. */
export class JournalProgress {
  private readonly ctl: Int32Array;
  private readonly waker: ParkedConsumerWaker;

  constructor(bufs: JournalBuffers, wakeRing: SharedArrayBuffer) {
    this.ctl = new Int32Array(bufs.ctl);
    this.waker = new ParkedConsumerWaker(wakeRing);
  }

  /** Publishes the highest committed ticket and wakes the logic worker waiting for it. */
  committed(ticket: number): void {
    Atomics.store(this.ctl, COMMITTED, ticket);
    this.waker.wake();
  }

  fail(): void {
    Atomics.store(this.ctl, FAILED, 1);
    this.waker.wake();
  }
}
