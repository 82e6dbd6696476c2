/**
 * The fixed layout of every shared-memory region the gateway's threads read
 * and write without messages: the control block of every SPSC ring, the
 * overload words, the show clock, each logic worker's control block, the
 * journal's control block, the packet pool's lane counters, the IO threads'
 * answered marks and the open-connection count. The files that use a region
 * take their offsets and sizes from here, and `checkSharedLayout` checks every
 * region once at startup (gateway/shared-layout/layout-check.ts: alignment,
 * bounds, no overlap, polled words on their own cache lines).
 */
import { checkRegions, word, wordsByIndex, type SharedRegion } from './shared-layout/layout-check.ts';

export { CACHE_LINE_BYTES, type SharedField, type SharedRegion } from './shared-layout/layout-check.ts';

/** The most IO threads and logic workers a gateway runs (the journal control block is laid out for this many lanes). */
export const MAX_IO_THREADS = 64;
export const MAX_LOGIC_WORKERS = 64;

/** The control block at the start of every ring; the frames follow it at `dataByte`. */
export const RING_CONTROL = {
  /** Consumer position (u32, free-running). */
  headByte: 0,
  /** Producer position, on the next cache line so the two sides do not bounce one line. */
  tailByte: 64,
  /** 1 while the consumer is parked on Atomics.wait(Async). */
  sleepingByte: 128,
  /** Always 0: a consumer napping without announcing it waits here. */
  napByte: 192,
  dataByte: 256,
  /** u32 payloadLength | u32 connId | u32 reqId before each payload. */
  frameHeaderBytes: 12,
} as const;

/** The overload words (Int32 indices): the packed rate limit, the cheap flag, one interval per tier. */
export const OVERLOAD_WORDS = {
  limit: 0,
  cheap: 1,
  tiers: 4,
  maxTiers: 32,
} as const;
export const OVERLOAD_BYTES = (OVERLOAD_WORDS.tiers + OVERLOAD_WORDS.maxTiers) * 4;

/** The show clock: one f64, the offset to NTP in ms. */
export const SHOW_CLOCK = { offsetByte: 0, bytes: 8 } as const;

/**
 * A logic worker's control block (Int32 indices), one per worker generation:
 * the host asks it to stop and reads its counters for /status without a
 * message. The worker is its only frequent writer and the host reads it about
 * once a second, so its words share lines: none is polled by one thread while
 * another keeps writing it (the host writes `stop` once per hand-over).
 */
export const WORKER_CONTROL = {
  /** Host sets 1: finish the current frame, stop consuming, post 'stopped'. */
  stop: 0,
  /** 1 while a frame is being handled; reqId of that frame in inProgressReqId. */
  busy: 1,
  inProgressReqId: 2,
  /** Frames handled (wraps). */
  handled: 3,
  /** Requests answered with an error reply. */
  errors: 4,
  /** Fault injection: crash after this many more frames (0 = off). */
  crashAfter: 5,
  /** Event-loop utilization of the worker, in 1/1000. */
  elu: 6,
  forgedCookies: 7,
  packetsIssued: 8,
  capRefusals: 9,
  poolEmpty: 10,
  /** IO thread of the frame in inProgressReqId (request ids are per IO thread). */
  inProgressIo: 11,
  /** Open / share operations accepted (queued for the journal). */
  opened: 12,
  shared: 13,
  /** Won packets handed again on a new connection (gateway/logic/show/redelivery.ts). */
  redelivered: 14,
} as const;
export const WORKER_CONTROL_WORDS = 16;

/**
 * The journal's control block (Int32 indices): whether the journal thread
 * failed, then per logic worker its next ticket (the worker adds) and its
 * highest committed ticket (the journal thread publishes, the worker polls),
 * each on a cache line of its own, lanes 128 bytes apart.
 */
export const JOURNAL_CONTROL = {
  failed: 0,
  /** Index of logic worker `lane`'s first word. */
  laneWord: (lane: number): number => 32 + lane * 32,
  /** Offsets of a lane's words from its first word. */
  nextTicket: 0,
  committed: 16,
  bytes: (lanes: number): number => (32 + lanes * 32) * 4,
} as const;
/** Each journal ring (logic worker -> journal thread, journal thread -> IO thread). */
export const JOURNAL_RING_BYTES = 1 << 22;

/** The counters of one packet-pool lane (Int32 indices): packets offered (IO thread) and taken (logic worker), on separate lines. */
export const POOL_COUNTERS = { offered: 0, taken: 16, bytes: 128 } as const;

/** The bytes of a pool lane's ring for `capacityPackets`: ~64 bytes per encoded packet frame, twice over so a full lane never wraps into itself. */
export function poolRingBytes(capacityPackets: number): number {
  let bytes = 1024;
  while (bytes < capacityPackets * 128) bytes *= 2;
  return bytes;
}

/** Per IO thread: one byte per request id (masked by bytes - 1), 1 once the IO thread delivered its reply. */
export const ANSWERED_MARKS = { bytes: 1 << 20 } as const;

/** The gateway-wide open-connection count every IO thread adds to and checks at upgrade. */
export const CONNECTION_COUNT = { open: 0, bytes: 4 } as const;

// Each region is built from its layout above; a test builds broken variants from altered layouts.
/** A layout with its numbers widened, so a variant of it type-checks. */
type Layout<T> = { readonly [K in keyof T]: T[K] extends number ? number : T[K] };

export const ringControlRegion = (c: Layout<typeof RING_CONTROL> = RING_CONTROL): SharedRegion => ({
  name: 'ring control',
  bytes: c.dataByte,
  fields: [word('head', c.headByte, true), word('tail', c.tailByte, true), word('sleeping', c.sleepingByte, true), word('nap', c.napByte, true)],
});

export const overloadRegion = (c: Layout<typeof OVERLOAD_WORDS> = OVERLOAD_WORDS, bytes = OVERLOAD_BYTES): SharedRegion => ({
  name: 'overload',
  bytes,
  fields: [
    word('limit', c.limit * 4),
    word('cheap', c.cheap * 4),
    { name: 'tier intervals', byteOffset: c.tiers * 4, bytes: c.maxTiers * 4, align: 4 },
  ],
});

export const showClockRegion = (c: Layout<typeof SHOW_CLOCK> = SHOW_CLOCK): SharedRegion => ({
  name: 'show clock',
  bytes: c.bytes,
  fields: [{ name: 'offset', byteOffset: c.offsetByte, bytes: 8, align: 8 }],
});

export const workerControlRegion = (c: Readonly<Record<string, number>> = WORKER_CONTROL, words = WORKER_CONTROL_WORDS): SharedRegion => ({
  name: 'worker control',
  bytes: words * 4,
  fields: wordsByIndex(c),
});

export const journalControlRegion = (lanes: number, c: Layout<typeof JOURNAL_CONTROL> = JOURNAL_CONTROL): SharedRegion => ({
  name: 'journal control',
  bytes: c.bytes(lanes),
  fields: [
    word('failed', c.failed * 4, true),
    ...Array.from({ length: lanes }, (_, lane) => [
      word(`next ticket ${lane}`, (c.laneWord(lane) + c.nextTicket) * 4, true),
      word(`committed ${lane}`, (c.laneWord(lane) + c.committed) * 4, true),
    ]).flat(),
  ],
});

export const poolCountersRegion = (c: Layout<typeof POOL_COUNTERS> = POOL_COUNTERS): SharedRegion => ({
  name: 'pool counters',
  bytes: c.bytes,
  fields: [word('offered', c.offered * 4, true), word('taken', c.taken * 4, true)],
});

export const answeredMarksRegion = (c: Layout<typeof ANSWERED_MARKS> = ANSWERED_MARKS): SharedRegion => ({
  name: 'answered marks',
  bytes: c.bytes,
  powerOfTwo: true,
  fields: [{ name: 'marks', byteOffset: 0, bytes: c.bytes, align: 1 }],
});

export const connectionCountRegion = (c: Layout<typeof CONNECTION_COUNT> = CONNECTION_COUNT): SharedRegion => ({
  name: 'connection count',
  bytes: c.bytes,
  fields: [word('open', c.open * 4)],
});

export const SHARED_REGIONS: readonly SharedRegion[] = [
  ringControlRegion(),
  overloadRegion(),
  showClockRegion(),
  workerControlRegion(),
  // The largest block a gateway lays out; one for fewer workers is its prefix.
  journalControlRegion(MAX_LOGIC_WORKERS),
  poolCountersRegion(),
  answeredMarksRegion(),
  connectionCountRegion(),
];

/** Throws if a region of the gateway's layout (or of `regions`) breaks a rule of gateway/shared-layout/layout-check.ts. */
export function checkSharedLayout(regions: readonly SharedRegion[] = SHARED_REGIONS): void {
  checkRegions(regions);
}
