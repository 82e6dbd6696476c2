/**
 * Packet ids. Numeric ids are positive integers below 2^53 (exact in a JS number).
 * Seed ids live below 2^52. Recycled ids have bit 52 set and carry the minting
 * machine's index (16 bits) and that machine's counter (36 bits), so a recycled id can
 * never equal a seed id nor an id minted by another machine.
 * The string form used on the wire (`packet_id`) is `p` + 14 lowercase hex digits.
 */
import { SeedError } from '../errors.ts';

export const SEED_ID_LIMIT = 2 ** 52; // seed ids: 1 .. 2^52-1
export const RECYCLED_BASE = 2 ** 52;
export const RECYCLED_COUNTER_BITS = 36;
export const RECYCLED_COUNTER_LIMIT = 2 ** RECYCLED_COUNTER_BITS;
export const ID_LIMIT = 2 ** 53;

const ID_RE = /^p[0-9a-f]{14}$/;

export function isValidId(id: number): boolean {
  return Number.isInteger(id) && id > 0 && id < ID_LIMIT;
}

export function isSeedId(id: number): boolean {
  return Number.isInteger(id) && id > 0 && id < SEED_ID_LIMIT;
}

export function isRecycledId(id: number): boolean {
  return Number.isInteger(id) && id >= RECYCLED_BASE && id < ID_LIMIT;
}

export function packetIdToString(id: number): string {
  if (!isValidId(id)) throw new SeedError('BAD_PACKET_ID', `not a packet id: ${id}`);
  return 'p' + id.toString(16).padStart(14, '0');
}

export function parsePacketId(s: string): number {
  if (!ID_RE.test(s)) throw new SeedError('BAD_PACKET_ID', `not a packet id string: ${JSON.stringify(s)}`);
  const id = parseInt(s.slice(1), 16);
  if (!isValidId(id)) throw new SeedError('BAD_PACKET_ID', `packet id out of range: ${s}`);
  return id;
}

export function recycledId(machineIndex: number, counter: number): number {
  if (!Number.isInteger(machineIndex) || machineIndex < 0 || machineIndex > 0xffff) {
    throw new SeedError('BAD_PACKET_ID', `machine index out of range: ${machineIndex}`);
  }
  if (!Number.isInteger(counter) || counter < 0 || counter >= RECYCLED_COUNTER_LIMIT) {
    throw new SeedError('ID_SPACE_EXHAUSTED', `recycled counter out of range: ${counter}`);
  }
  return RECYCLED_BASE + machineIndex * RECYCLED_COUNTER_LIMIT + counter;
}

/** Splits a recycled id into the minting machine index and its counter. */
export function recycledIdParts(id: number): { machineIndex: number; counter: number } {
  if (!isRecycledId(id)) throw new SeedError('BAD_PACKET_ID', `not a recycled id: ${id}`);
  const rest = id - RECYCLED_BASE;
  const machineIndex = Math.floor(rest / RECYCLED_COUNTER_LIMIT);
  return { machineIndex, counter: rest - machineIndex * RECYCLED_COUNTER_LIMIT };
}

/**
 * Mints recycled ids for one machine. The caller persists `next` (e.g. the agent stores
 * it durably before handing an id out) and restarts the minter from it; ids are strictly
 * increasing, so a recycled file written in minting order is sorted.
 */
export class RecycledIdMinter {
  readonly machineIndex: number;
  private counter: number;
  constructor(machineIndex: number, nextCounter = 0) {
    recycledId(machineIndex, nextCounter); // validates both
    this.machineIndex = machineIndex;
    this.counter = nextCounter;
  }
  get next(): number {
    return this.counter;
  }
  mint(): number {
    const id = recycledId(this.machineIndex, this.counter);
    this.counter++;
    return id;
  }
}
