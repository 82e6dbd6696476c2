/**
 * Which money SET owns a packet, and which SET decides a user's caps, read from
 * the id alone (no lookup, no migration when SETs are added). Shared by the
 * money SETs (what to consume, what to import, what to mint), the queue
 * publisher (which subject) and the agents (where a phone's grab goes).
 *
 * - Ids the money side mints (recycled money) carry the SET: machine index
 *   0xFF00 - 256 x set + shard (SET 0 is the single-SET scheme, 0xFF00 + shard),
 *   for SETs 0..63; a new SET takes new packets, old ones stay where they are.
 * - Seed ids (made by the splitter before the show) carry no SET: they are
 *   spread over the seed SET count pinned at deployment by the (mixed) hash's top
 *   bits (the shard inside a SET uses the low bits, FNV-1a mod shardCount, so the
 *   two choices do not correlate).
 * - A user's cap SET: the same top-bits rule over the cap SET count, pinned at
 *   deployment; adding packet SETs never moves a user.
 * Queue subject of a packet: `<prefix>.<set>.<hash % subjectsPerSet>`, so a SET's
 * consumer filters on `<prefix>.<set>.>` and per-packet order holds.
 *
 * The id arithmetic is the wire format of packet ids (seed-splitter/format/ids.ts):
 * `p` + 14 hex digits; recycled ids are 2^52 + machineIndex x 2^36 + counter.
 */
import { fnv1a32 } from '../common/fnv1a.ts';

export const MAX_SETS = 64;
const MINT_TOP = 0xff00;
const RECYCLED_BASE = 2 ** 52;
const COUNTER_LIMIT = 2 ** 36;
const ID_RE = /^p[0-9a-f]{14}$/;

/** Where the SETs of a deployment stand: seedSets and capSets are pinned when the show's data is made. */
export interface SetLayout {
  /** SETs the seed packets are spread over (pinned). */
  readonly seedSets: number;
  /** SETs that decide users' caps (pinned; every one of them runs). */
  readonly capSets: number;
}

/** The machine index a SET's shard mints recycled ids with. */
export function mintMachineIndex(set: number, shard: number): number {
  if (!Number.isInteger(set) || set < 0 || set >= MAX_SETS) throw new RangeError(`SET out of range: ${set}`);
  if (!Number.isInteger(shard) || shard < 0 || shard > 0xff) throw new RangeError(`shard out of range: ${shard}`);
  return MINT_TOP - 256 * set + shard;
}

/**
 * Counters a SET's shard mints its own packets with stay below this; a packet minted for SET T by
 * another SET S (machine index of T, shard field = S's shard) takes counters in
 * [(S+1) x 2^29, (S+2) x 2^29): no two minters ever make the same id, with no coordination.
 */
export const OWN_MINT_COUNTERS = 2 ** 29;

export function foreignMintCounter(sourceSet: number, n: number): number {
  if (!Number.isInteger(n) || n < 0 || n >= OWN_MINT_COUNTERS) throw new RangeError(`mint counter out of range: ${n}`);
  return (sourceSet + 1) * OWN_MINT_COUNTERS + n;
}

/**
 * The SET a recycling SET mints the new packet for: one of the SETs open for new packets
 * (deployment config `set.mintInto`), chosen by the recycled packet's id (deterministic). The id is
 * hashed with a prefix: its plain hash's top bits are what put it in its own SET, so reusing them would
 * send every SET's mints to the same few SETs of the list (SET 0 of 2 would never mint for SET 2 of 3).
 */
export function mintTarget(sourcePacketId: string, mintInto: readonly number[]): number {
  return mintInto.length === 1 ? mintInto[0] : mintInto[setOfHash(fnv1a32(`mint:${sourcePacketId}`), mintInto.length)];
}

/** The SET a money-minted numeric id carries, or null (seed ids, ids agents minted). */
export function setInNumericId(id: number): number | null {
  if (!Number.isSafeInteger(id) || id < RECYCLED_BASE) return null;
  const machineIndex = Math.floor((id - RECYCLED_BASE) / COUNTER_LIMIT);
  if (machineIndex > MINT_TOP + 0xff || machineIndex < MINT_TOP - 256 * (MAX_SETS - 1)) return null;
  return (MINT_TOP - (machineIndex & 0xff00)) / 256;
}

/** The SET a money-minted id carries, or null (seed ids, ids agents minted, not an id). */
export function setInId(packetId: string): number | null {
  if (!ID_RE.test(packetId)) return null;
  return setInNumericId(parseInt(packetId.slice(1), 16));
}

/**
 * FNV-1a's top bits barely move between ids that differ in their last digits (the splitter's
 * ids are consecutive): the murmur3 finalizer mixes every input bit into them.
 */
export function mixHash(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** The SET of a hash over n SETs: its mixed top bits, independent of the `hash % k` choices made with the low bits. */
export function setOfHash(fnv: number, n: number): number {
  return Math.floor((mixHash(fnv) / 2 ** 32) * n);
}

function topBits(key: string, n: number): number {
  return setOfHash(fnv1a32(key), n);
}

/** The owning SET: the one in the id, else the seed SETs by the hash's top bits. */
export function setOfPacket(packetId: string, seedSets: number): number {
  const inId = setInId(packetId);
  if (inId !== null) return inId;
  return topBits(packetId, seedSets);
}

/** The SET that decides this user's caps (3 per user, 1 per sponsor). */
export function capSetOf(userId: string, capSets: number): number {
  return topBits(userId, capSets);
}

export function setSubject(prefix: string, packetId: string, seedSets: number, subjectsPerSet: number): string {
  return `${prefix}.${setOfPacket(packetId, seedSets)}.${fnv1a32(packetId) % subjectsPerSet}`;
}

/** The subject every message meant for all of one SET's consumers goes to (watermarks). */
export function setWideSubject(prefix: string, set: number): string {
  return `${prefix}.${set}.all`;
}
