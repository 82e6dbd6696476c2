/**
 * The seed import of one SET keeps only the packets that SET owns (contracts/sets.ts):
 * every SET reads the same seed files, and each book holds its own share, so no
 * packet is held (and payable) by two SETs.
 */
import { setInNumericId, setOfHash } from '../../contracts/sets.ts';
import { fnvOfNumericId } from '../hash.ts';
import type { ImportChunk } from '../shard/messages.ts';

/** 32-byte seed records (seed-splitter/format/layout.ts). */
const RECORD_WORDS = 8;

/** setOfPacket(packetIdToString(id), seedSets) without building the string. */
export function setOfNumericId(id: number, seedSets: number): number {
  return setInNumericId(id) ?? setOfHash(fnvOfNumericId(id), seedSets);
}

/** Compacts the chunk's records in place to those this SET owns; returns it. One SET keeps everything. */
export function keepOwnRows(c: ImportChunk, set: number, seedSets: number): ImportChunk {
  if (seedSets === 1 && set === 0) return c;
  const w = c.words;
  let k = 0;
  for (let i = 0; i < c.count; i++) {
    const o = i * RECORD_WORDS;
    // The record's id: its first two words (low, high), as the seed file holds it.
    if (setOfNumericId(w[o + 1] * 2 ** 32 + w[o], seedSets) !== set) continue;
    if (k !== i) w.copyWithin(k * RECORD_WORDS, o, o + RECORD_WORDS);
    k++;
  }
  c.count = k;
  return c;
}
