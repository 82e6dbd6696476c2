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
 * With several logic workers each has its own ring and tickets; the journal
 * thread commits them together and routes each reply to the IO thread that
 * holds its connection.
 *
 * Journal frame: connId = the phone's connection, reqId = ticket, payload =
 *   u32 ioReqId | u32 entryLength | reply prefix (REPLY_PREFIX_BYTES) | entry | reply.
 */
import { createRingBuffer, Doorbell, RingProducer, type RingFrame } from '../ring/spsc-ring.ts';
import { REPLY_PREFIX_BYTES } from '../frame-format.ts';
import { JOURNAL_CONTROL, JOURNAL_RING_BYTES } from '../shared-layout.ts';

// Int32 indices into the control block (layout and its checks: gateway/shared-layout.ts).
const FAILED = JOURNAL_CONTROL.failed;
const laneWord = JOURNAL_CONTROL.laneWord;
const NEXT_TICKET = JOURNAL_CONTROL.nextTicket;
const COMMITTED = JOURNAL_CONTROL.committed;
const HEADER_BYTES = 8 + REPLY_PREFIX_BYTES;

/** Ticket of an entry that was not queued because the journal had failed. */
export const NOT_QUEUED = -1;

export interface JournalBuffers {
  /** Logic worker j -> journal thread: entries with their replies (rings[0] is the journal thread's doorbell). */
  rings: SharedArrayBuffer[];
  /** Journal thread -> IO thread i: the replies of committed entries (same frames as the logic's reply rings). */
  replies: SharedArrayBuffer[];
  ctl: SharedArrayBuffer;
}

export function createJournalBuffers(logicWorkers = 1, ioThreads = 1, ringBytes = JOURNAL_RING_BYTES): JournalBuffers {
  return {
    rings: Array.from({ length: logicWorkers }, () => createRingBuffer(ringBytes)),
    replies: Array.from({ length: ioThreads }, () => createRingBuffer(ringBytes)),
    ctl: new SharedArrayBuffer(JOURNAL_CONTROL.bytes(logicWorkers)),
  };
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

/** One logic worker's end of the journal (`lane` = the worker's index). */
export class JournalSubmitter {
  private readonly producer: RingProducer;
  private readonly ctl: Int32Array;
  private readonly next: number;
  private readonly committedAt: number;
  private readonly pause = new Int32Array(new SharedArrayBuffer(4));
  private readonly header = new Uint8Array(HEADER_BYTES);

  constructor(bufs: JournalBuffers, lane = 0) {
    this.producer = new RingProducer(bufs.rings[lane], bufs.rings[0]);
    this.ctl = new Int32Array(bufs.ctl);
    this.next = laneWord(lane) + NEXT_TICKET;
    this.committedAt = laneWord(lane) + COMMITTED;
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
    const ticket = Atomics.add(this.ctl, this.next, 1) + 1;
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
    return Atomics.load(this.ctl, this.committedAt);
  }

  failed(): boolean {
    return Atomics.load(this.ctl, FAILED) !== 0;
  }
}

/** What the journal thread has published: entries committed (all logic workers), and whether it failed (for /status). */
export function journalState(bufs: JournalBuffers): { committedTicket: number; failed: boolean } {
  const ctl = new Int32Array(bufs.ctl);
  let committed = 0;
  for (let lane = 0; lane < bufs.rings.length; lane++) committed += Atomics.load(ctl, laneWord(lane) + COMMITTED);
  return { committedTicket: committed, failed: Atomics.load(ctl, FAILED) !== 0 };
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
  private readonly logic: Doorbell[];

  /** `logicDoorbells`: where the logic workers park (woken should the journal fail). */
  constructor(bufs: JournalBuffers, logicDoorbells: SharedArrayBuffer[]) {
    this.ctl = new Int32Array(bufs.ctl);
    this.logic = logicDoorbells.map((d) => new Doorbell(d));
  }

  /** Publishes a logic worker's highest committed ticket (after its replies are in the reply rings). */
  committed(lane: number, ticket: number): void {
    Atomics.store(this.ctl, laneWord(lane) + COMMITTED, ticket);
  }

  /** Nothing more will be committed: the logic workers answer what is pending JOURNAL_UNAVAILABLE. */
  fail(): void {
    Atomics.store(this.ctl, FAILED, 1);
    for (const d of this.logic) d.ring();
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
