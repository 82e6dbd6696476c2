/**
 * Fixed 32-byte seed records, read and written through a Uint32Array view
 * (8 words per record, little-endian host assumed, checked at load).
 */
import { RECORD_WORDS, W, type SeedKindName } from './layout.ts';
import { RECYCLED_BASE, packetIdToString } from './ids.ts';

if (new Uint8Array(new Uint32Array([1]).buffer)[0] !== 1) {
  throw new Error('seed-splitter needs a little-endian host');
}

const TWO32 = 4294967296;
// Imported bindings are read through getters under tsx; hot paths use local copies.
const RW: number = RECORD_WORDS;
const ID_LO: number = W.idLo, ID_HI: number = W.idHi, FROM_LO: number = W.fromLo, FROM_HI: number = W.fromHi;
const AMOUNT: number = W.amount, SHARE_AMOUNT: number = W.shareAmount, SPONSOR_SHARES: number = W.sponsorShares, RESERVED: number = W.reserved;
const RECYCLED_MIN: number = RECYCLED_BASE;

export interface SeedRecord {
  id: number;
  sponsorIndex: number;
  amountCents: number;
  shares: number;
  shareAmountCents: number;
  /** Id of the packet this recycled packet replaces; 0 for seed packets. */
  recycledFrom: number;
}

/** Wire-shaped packet (same fields as internal.proto SeedPacket, string ids). */
export interface SeedPacketObject {
  packetId: string;
  sponsorId: string;
  amountCents: number;
  shares: number;
  shareAmountCents: number;
  recycledFrom: string;
}

export function recId(w: Uint32Array, i: number): number {
  const o = i * RW;
  return w[o + ID_HI] * TWO32 + w[o + ID_LO];
}
export function recFrom(w: Uint32Array, i: number): number {
  const o = i * RW;
  return w[o + FROM_HI] * TWO32 + w[o + FROM_LO];
}
export function recAmount(w: Uint32Array, i: number): number {
  return w[i * RW + AMOUNT];
}
export function recShareAmount(w: Uint32Array, i: number): number {
  return w[i * RW + SHARE_AMOUNT];
}
export function recSponsor(w: Uint32Array, i: number): number {
  return w[i * RW + SPONSOR_SHARES] & 0xffff;
}
export function recShares(w: Uint32Array, i: number): number {
  return w[i * RW + SPONSOR_SHARES] >>> 16;
}

export function readRecord(w: Uint32Array, i: number): SeedRecord {
  return {
    id: recId(w, i),
    sponsorIndex: recSponsor(w, i),
    amountCents: recAmount(w, i),
    shares: recShares(w, i),
    shareAmountCents: recShareAmount(w, i),
    recycledFrom: recFrom(w, i),
  };
}

/** Writes a record at index i. Values are not validated here (see recordProblem). */
export function writeRecord(w: Uint32Array, i: number, r: SeedRecord): void {
  const o = i * RW;
  w[o + ID_LO] = r.id % TWO32;
  w[o + ID_HI] = Math.floor(r.id / TWO32);
  w[o + FROM_LO] = r.recycledFrom % TWO32;
  w[o + FROM_HI] = Math.floor(r.recycledFrom / TWO32);
  w[o + AMOUNT] = r.amountCents;
  w[o + SHARE_AMOUNT] = r.shareAmountCents;
  w[o + SPONSOR_SHARES] = (r.sponsorIndex & 0xffff) | ((r.shares & 0xffff) << 16);
  w[o + RESERVED] = 0;
}

function u32(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= 0xffffffff;
}

/** Checks a record object before it is written; returns a reason or null. */
export function recordObjectProblem(r: SeedRecord, kind: SeedKindName, sponsorCount: number): string | null {
  if (!Number.isInteger(r.id) || r.id <= 0 || r.id >= 2 ** 53) return `bad id ${r.id}`;
  if (!Number.isInteger(r.recycledFrom) || r.recycledFrom < 0 || r.recycledFrom >= 2 ** 53) return `bad recycledFrom ${r.recycledFrom}`;
  if (!u32(r.amountCents) || !u32(r.shareAmountCents)) return 'amount out of u32 range';
  if (!Number.isInteger(r.shares) || r.shares < 0 || r.shares > 0xffff) return `bad shares ${r.shares}`;
  if (!Number.isInteger(r.sponsorIndex) || r.sponsorIndex < 0 || r.sponsorIndex > 0xffff) return `bad sponsor ${r.sponsorIndex}`;
  const w = new Uint32Array(RW);
  writeRecord(w, 0, r);
  return recordProblem(w, 0, kind, sponsorCount);
}

/**
 * Validates record i of a batch against the format rules; returns a reason or null.
 * Seed kinds (original, part) hold seed-space ids and no recycledFrom; recycled files
 * hold recycled-space ids that name the packet they replace.
 */
export function recordProblem(w: Uint32Array, i: number, kind: SeedKindName, sponsorCount: number): string | null {
  const o = i * RW;
  const idHi = w[o + ID_HI];
  const fromHi = w[o + FROM_HI];
  if (idHi >= 0x200000 || fromHi >= 0x200000) return 'id above 2^53';
  const id = idHi * TWO32 + w[o + ID_LO];
  const from = fromHi * TWO32 + w[o + FROM_LO];
  if (id === 0) return 'id 0';
  if (kind === 'recycled') {
    if (id < RECYCLED_MIN) return 'recycled record with a seed-space id';
    if (from === 0) return 'recycled record without recycledFrom';
    if (from === id) return 'recycled record replaces itself';
  } else {
    if (id >= RECYCLED_MIN) return 'seed record with a recycled-space id';
    if (from !== 0) return 'seed record with recycledFrom set';
  }
  const amount = w[o + AMOUNT];
  const shareAmount = w[o + SHARE_AMOUNT];
  const ss = w[o + SPONSOR_SHARES];
  const shares = ss >>> 16;
  if (amount === 0) return 'amount 0';
  if ((ss & 0xffff) >= sponsorCount) return `sponsor index ${ss & 0xffff} out of range`;
  if ((shares === 0) !== (shareAmount === 0)) return 'shares and share amount disagree';
  if (shareAmount < shares) return 'share amount below 1 cent per share';
  if (w[o + RESERVED] !== 0) return 'reserved field not zero';
  return null;
}

export function toSeedPacket(r: SeedRecord, sponsors: readonly { id: string }[]): SeedPacketObject {
  return {
    packetId: packetIdToString(r.id),
    sponsorId: sponsors[r.sponsorIndex]?.id ?? '',
    amountCents: r.amountCents,
    shares: r.shares,
    shareAmountCents: r.shareAmountCents,
    recycledFrom: r.recycledFrom === 0 ? '' : packetIdToString(r.recycledFrom),
  };
}
