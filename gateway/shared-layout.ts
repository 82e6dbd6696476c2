/**
 * The fixed layout of the shared-memory regions the gateway's threads read and
 * write without messages: the control block of every SPSC ring, the overload
 * words and the show clock. The files that use a region take their offsets
 * from here, and `checkSharedLayout` checks every region once at startup
 * (alignment, bounds, no overlap, ring positions on their own cache lines),
 * so a moved field fails loudly instead of two threads sharing a word.
 */

export const CACHE_LINE_BYTES = 64;

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

export interface SharedField {
  readonly name: string;
  readonly byteOffset: number;
  readonly bytes: number;
  /** The element size of the typed array that reads the field. */
  readonly align: number;
  /** Whether the field must sit alone on its cache line (a position another thread polls). */
  readonly ownCacheLine?: boolean;
}

export interface SharedRegion {
  readonly name: string;
  readonly bytes: number;
  readonly fields: readonly SharedField[];
}

const word = (name: string, byteOffset: number, ownCacheLine = false): SharedField => ({ name, byteOffset, bytes: 4, align: 4, ownCacheLine });

export const SHARED_REGIONS: readonly SharedRegion[] = [
  {
    name: 'ring control',
    bytes: RING_CONTROL.dataByte,
    fields: [
      word('head', RING_CONTROL.headByte, true),
      word('tail', RING_CONTROL.tailByte, true),
      word('sleeping', RING_CONTROL.sleepingByte, true),
      word('nap', RING_CONTROL.napByte, true),
    ],
  },
  {
    name: 'overload',
    bytes: OVERLOAD_BYTES,
    fields: [
      word('limit', OVERLOAD_WORDS.limit * 4),
      word('cheap', OVERLOAD_WORDS.cheap * 4),
      { name: 'tier intervals', byteOffset: OVERLOAD_WORDS.tiers * 4, bytes: OVERLOAD_WORDS.maxTiers * 4, align: 4 },
    ],
  },
  {
    name: 'show clock',
    bytes: SHOW_CLOCK.bytes,
    fields: [{ name: 'offset', byteOffset: SHOW_CLOCK.offsetByte, bytes: 8, align: 8 }],
  },
];

/** Throws if a field is misaligned, out of its region, overlaps another, or shares a cache line it must own. */
export function checkSharedLayout(regions: readonly SharedRegion[] = SHARED_REGIONS): void {
  for (const region of regions) {
    const fields = [...region.fields].sort((a, b) => a.byteOffset - b.byteOffset);
    fields.forEach((f, i) => {
      const where = `shared layout ${region.name}.${f.name}`;
      if (f.byteOffset % f.align !== 0 || f.bytes % f.align !== 0) throw new Error(`${where}: not aligned to ${f.align} bytes`);
      if (f.byteOffset < 0 || f.byteOffset + f.bytes > region.bytes) throw new Error(`${where}: outside the region's ${region.bytes} bytes`);
      const next = fields[i + 1];
      if (next && f.byteOffset + f.bytes > next.byteOffset) throw new Error(`${where}: overlaps ${next.name}`);
      if (f.ownCacheLine) {
        const line = Math.floor(f.byteOffset / CACHE_LINE_BYTES);
        const shared = fields.find((o) => o !== f && Math.floor(o.byteOffset / CACHE_LINE_BYTES) === line);
        if (shared) throw new Error(`${where}: shares its cache line with ${shared.name}`);
      }
    });
  }
}
