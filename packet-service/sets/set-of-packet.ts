/**
 * Which money SET owns a packet, read from its id alone (no lookup, no
 * migration when SETs are added). Not yet wired into the money service, the
 * agents or the queue publisher: the routing rule they are to share.
 *
 * - Ids the money side mints (recycled money) carry the SET: machine index
 *   0xFF00 - 256 x set + shard (SET 0 is the scheme of today, 0xFF00 + shard),
 *   for SETs 0..63; a new SET takes new packets, old ones stay where they are.
 * - Seed ids (made by the splitter before the show) carry no SET: they are
 *   spread over the seed SET count pinned at deployment by the hash's top
 *   bits (the shard inside a SET uses the low bits, FNV-1a mod shardCount, so the
 *   two choices do not correlate).
 * Queue subject of a packet: `<prefix>.<set>.<hash % subjectsPerSet>`, so a SET's
 * consumer filters on `<prefix>.<set>.>` and per-packet order holds.
 */
import { fnv1a32 } from '../../common/fnv1a.ts';
import { isRecycledId, parsePacketId, recycledId, recycledIdParts } from '../../seed-splitter/index.ts';

export const MAX_SETS = 64;
const MINT_TOP = 0xff00;

/** The machine index a SET's shard mints recycled ids with. */
export function mintMachineIndex(set: number, shard: number): number {
  if (!Number.isInteger(set) || set < 0 || set >= MAX_SETS) throw new RangeError(`SET out of range: ${set}`);
  if (!Number.isInteger(shard) || shard < 0 || shard > 0xff) throw new RangeError(`shard out of range: ${shard}`);
  return MINT_TOP - 256 * set + shard;
}

/** The SET a money-minted id carries, or null (seed ids, ids agents minted). */
export function setInId(packetId: string): number | null {
  let id: number;
  try { id = parsePacketId(packetId); } catch { return null; }
  if (!isRecycledId(id)) return null;
  const { machineIndex } = recycledIdParts(id);
  if (machineIndex < MINT_TOP - 256 * (MAX_SETS - 1)) return null;
  return (MINT_TOP - (machineIndex & 0xff00)) / 256;
}

/** The owning SET: the one in the id, else the seed SETs by the hash's top bits. */
export function setOfPacket(packetId: string, seedSets: number): number {
  const inId = setInId(packetId);
  if (inId !== null) return inId;
  return Math.floor((fnv1a32(packetId) / 2 ** 32) * seedSets);
}

export function setSubject(prefix: string, packetId: string, seedSets: number, subjectsPerSet: number): string {
  return `${prefix}.${setOfPacket(packetId, seedSets)}.${fnv1a32(packetId) % subjectsPerSet}`;
}

/** A recycled id minted by a SET's shard (counter from that shard's t_meta). */
export function mintedId(set: number, shard: number, counter: number): number {
  return recycledId(mintMachineIndex(set, shard), counter);
}
