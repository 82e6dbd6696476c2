/**
 * The seed import of one SET keeps only the packets that SET owns (contracts/sets.ts):
 * every SET reads the same seed files, and each book holds its own share, so no
 * packet is held (and payable) by two SETs.
 */
import { setInNumericId, setOfHash } from '../../contracts/sets.ts';
import { fnvOfNumericId } from '../hash.ts';
import type { ImportChunk } from '../shard/messages.ts';

/** setOfPacket(packetIdToString(id), seedSets) without building the string. */
export function setOfNumericId(id: number, seedSets: number): number {
  return setInNumericId(id) ?? setOfHash(fnvOfNumericId(id), seedSets);
}

/** Compacts the chunk in place to the rows this SET owns; returns it. One SET keeps everything. */
export function keepOwnRows(c: ImportChunk, set: number, seedSets: number): ImportChunk {
  if (seedSets === 1 && set === 0) return c;
  let k = 0;
  for (let i = 0; i < c.count; i++) {
    if (setOfNumericId(c.ids[i], seedSets) !== set) continue;
    c.ids[k] = c.ids[i]; c.recycledFrom[k] = c.recycledFrom[i]; c.amount[k] = c.amount[i];
    c.shareAmount[k] = c.shareAmount[i]; c.sponsor[k] = c.sponsor[i]; c.shares[k] = c.shares[i];
    k++;
  }
  c.count = k;
  return c;
}
