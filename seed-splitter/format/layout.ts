/**
 * Seed file format, version 1: byte layout constants. See seed-splitter/README.md.
 * All integers little-endian. A file is: header (headerLength bytes, a multiple of 32,
 * ending with a crc32 of the header) followed by recordCount fixed 32-byte records.
 */
export const MAGIC = Buffer.from([0x53, 0x48, 0x4b, 0x53, 0x45, 0x45, 0x44, 0x1a]); // "SHKSEED\x1a"
export const FORMAT_VERSION = 1;
export const RECORD_SIZE = 32;
export const RECORD_WORDS = RECORD_SIZE / 4;

export const SeedKind = { original: 1, part: 2, recycled: 3 } as const;
export type SeedKindName = keyof typeof SeedKind;
export const KIND_NAMES: Record<number, SeedKindName> = { 1: 'original', 2: 'part', 3: 'recycled' };

/** machineIndex value meaning "no machine" (original files). */
export const NO_MACHINE = 0xffff;
export const MAX_MACHINES = 0xffff;
export const MAX_SPONSORS = 0xffff;
export const NAME_FIELD = 64; // u8 length + up to 63 bytes of UTF-8
export const MAX_NAME_BYTES = NAME_FIELD - 1;

/** Fixed header prefix offsets. */
export const H = {
  magic: 0,
  version: 8,
  kind: 10,
  reserved: 11,
  headerLength: 12,
  recordSize: 16,
  sponsorCount: 20,
  machineIndex: 22,
  recordCount: 24,
  firstId: 32,
  lastId: 40,
  recordsCrc32: 48,
  originRecordsCrc32: 52,
  originRecordCount: 56,
  totalAmountCents: 64,
  totalShareAmountCents: 72,
  machineName: 80,
  sponsorTable: 144,
} as const;
/** Smallest prefix a reader needs to learn the header length and version. */
export const HEADER_PREFIX = H.sponsorTable;

/** One sponsor table entry: name field, then count, amount, shares, share amount (u64 each). */
export const SPONSOR_ENTRY = 96;
export const S = { name: 0, count: 64, amountCents: 72, shares: 80, shareAmountCents: 88 } as const;

/** Record field offsets (bytes) and word indexes (u32). */
export const R = {
  idLo: 0, idHi: 4, fromLo: 8, fromHi: 12, amount: 16, shareAmount: 20, sponsor: 24, shares: 26, reserved: 28,
} as const;
export const W = { idLo: 0, idHi: 1, fromLo: 2, fromHi: 3, amount: 4, shareAmount: 5, sponsorShares: 6, reserved: 7 } as const;

export function headerLengthFor(sponsorCount: number): number {
  const raw = HEADER_PREFIX + sponsorCount * SPONSOR_ENTRY + 4;
  return Math.ceil(raw / RECORD_SIZE) * RECORD_SIZE;
}
