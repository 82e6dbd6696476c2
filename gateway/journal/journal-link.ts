/**
 * The logic worker's side of the journal thread. An open/share entry goes into
 * a shared ring with a ticket and the "ok" reply already encoded; the journal
 * thread commits a group of entries (fsync), then hands their replies straight
 * to the IO thread through a ring of its own, and only then publishes the
 * highest committed ticket. The logic worker never waits for a disk and is not
 * woken per commit: it keeps deciding shakes, and reads the committed ticket
 * only to consume its request ring and, should the journal fail, to answer
 * what was not committed JOURNAL_UNAVAILABLE.
 *
 * Journal frame: connId = the phone's connection, reqId = ticket, payload =
 *   u32 ioReqId | u32 entryLength | reply prefix (REPLY_PREFIX_BYTES) | entry | reply.
 */
import { createRingBuffer, ParkedConsumerWaker, RingProducer, type RingFrame } from '../ring/spsc-ring.ts';
import { REPLY_PREFIX_BYTES } from '../logic/worker-protocol.ts';

const NEXT_TICKET = 0;
const COMMITTED = 16; // own cache line
const FAILED = 32;
const HEADER_BYTES = 8 + REPLY_PREFIX_BYTES;

/** Ticket of an entry that was not queued because the journal had failed. */
export const NOT_QUEUED = -1;

export interface JournalBuffers {
  /** Logic worker -> journal thread: entries with their replies. */
  ring: SharedArrayBuffer;
  /** Journal thread -> IO thread: the replies of committed entries (same frames as the logic's reply ring). */
  replies: SharedArrayBuffer;
  ctl: SharedArrayBuffer;
}

export function createJournalBuffers(ringBytes = 1 << 22): JournalBuffers {
  return { ring: createRingBuffer(ringBytes), replies: createRingBuffer(ringBytes), ctl: new SharedArrayBuffer(256) };
}

/** The reply that leaves once an entry is durable. */
export interface DurableReply {
  connId: number;
  reqId: number;
  bytes: Uint8Array;
  /** Reply prefix bytes 0 and 1 (see worker-protocol.ts). */
  flags: number;
  told: number;
}

export class JournalSubmitter {
  private readonly producer: RingProducer;
  private readonly ctl: Int32Array;
  private readonly pause = new Int32Array(new SharedArrayBuffer(4));
  private readonly header = new Uint8Array(HEADER_BYTES);

  constructor(bufs: JournalBuffers) {
    this.producer = new RingProducer(bufs.ring);
    this.ctl = new Int32Array(bufs.ctl);
  }

  /**
   * Queues an encoded JournalEntry with its reply; returns its ticket, or
   * NOT_QUEUED once the journal has failed. Waits (briefly) if the journal
   * thread is behind.
   */
  submit(entry: Uint8Array, reply: DurableReply): number {
    if (this.failed()) return NOT_QUEUED;
    const h = this.header;
    writeU32(h, 0, reply.reqId);
    writeU32(h, 4, entry.length);
    h[8] = reply.flags;
    h[9] = reply.told;
    const ticket = Atomics.add(this.ctl, NEXT_TICKET, 1) + 1;
    while (!this.producer.write(reply.connId, ticket, entry, h, reply.bytes)) {
      // A dead journal thread would never make room.
      if (this.failed()) return NOT_QUEUED;
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

/** What the journal thread has published: highest committed ticket, and whether it failed (for /status). */
export function journalState(bufs: JournalBuffers): { committedTicket: number; failed: boolean } {
  const ctl = new Int32Array(bufs.ctl);
  return { committedTicket: Atomics.load(ctl, COMMITTED), failed: Atomics.load(ctl, FAILED) !== 0 };
}

/** A journal frame taken apart (views into the ring, valid until the frame is consumed). */
export interface JournalItem {
  connId: number;
  ioReqId: number;
  entry: Uint8Array;
  /** REPLY_PREFIX_BYTES, then the reply: a frame for the IO thread's reply pump. */
  replyPrefix: Uint8Array;
  reply: Uint8Array;
}

export function readJournalFrame(f: RingFrame): JournalItem {
  const p = f.payload;
  const entryLength = readU32(p, 4);
  const entryEnd = HEADER_BYTES + entryLength;
  if (p.length < entryEnd) throw new RangeError(`journal frame of ${p.length} bytes is shorter than its entry (${entryLength})`);
  return {
    connId: f.connId,
    ioReqId: readU32(p, 0),
    entry: p.subarray(HEADER_BYTES, entryEnd),
    replyPrefix: p.subarray(8, HEADER_BYTES),
    reply: p.subarray(entryEnd),
  };
}

/** The journal thread's side of the control block. */
export class JournalProgress {
  private readonly ctl: Int32Array;
  private readonly logic: ParkedConsumerWaker;
  private readonly io: ParkedConsumerWaker;

  /** `logicRing`/`ioRing`: the rings the logic worker and the IO thread park on. */
  constructor(bufs: JournalBuffers, logicRing: SharedArrayBuffer, ioRing: SharedArrayBuffer) {
    this.ctl = new Int32Array(bufs.ctl);
    this.logic = new ParkedConsumerWaker(logicRing);
    this.io = new ParkedConsumerWaker(ioRing);
  }

  /** Publishes the highest committed ticket (after its replies are in the reply ring) and wakes the IO thread for them. */
  committed(ticket: number): void {
    Atomics.store(this.ctl, COMMITTED, ticket);
    this.io.wake();
  }

  /** Wakes the IO thread to drain replies, publishing nothing (the reply ring is full). */
  wakeIo(): void {
    this.io.wake();
  }

  /** Nothing more will be committed: the logic worker answers what is pending JOURNAL_UNAVAILABLE. */
  fail(): void {
    Atomics.store(this.ctl, FAILED, 1);
    this.logic.wake();
  }
}

function writeU32(b: Uint8Array, at: number, v: number): void {
  b[at] = v & 0xff;
  b[at + 1] = (v >>> 8) & 0xff;
  b[at + 2] = (v >>> 16) & 0xff;
  b[at + 3] = v >>> 24;
}

function readU32(b: Uint8Array, at: number): number {
  return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}
