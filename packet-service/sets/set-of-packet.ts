/**
 * The money side's use of the SET routing rule (contracts/sets.ts): the ids a
 * SET's shard mints carry the SET, so a new SET takes new packets and nothing moves.
 */
import { recycledId } from '../../seed-splitter/index.ts';
import { mintMachineIndex } from '../../contracts/sets.ts';

export { MAX_SETS, mintMachineIndex, setInId, setInNumericId, setOfPacket, setSubject, capSetOf } from '../../contracts/sets.ts';

/** A recycled id minted by a SET's shard (counter from that shard's t_meta). */
export function mintedId(set: number, shard: number, counter: number): number {
  return recycledId(mintMachineIndex(set, shard), counter);
}
