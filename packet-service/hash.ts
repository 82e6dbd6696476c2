/** Routing by id (SET sharding) and day keys for the by-day tables. */

import { fnv1a32 as fnv1a } from '../common/fnv1a.ts';

export { fnv1a };

export function shardOf(id: string, shardCount: number): number {
  return fnv1a(id) % shardCount;
}

const HEX = [...'0123456789abcdef'].map((c) => c.charCodeAt(0));
const P = 'p'.charCodeAt(0);

/**
 * shardOf(packetIdToString(id)) without building the string ('p' + 14 hex digits):
 * the same FNV-1a over the same code units, for the seed import's per-record routing.
 */
export function shardOfNumericId(id: number, shardCount: number): number {
  return fnvOfNumericId(id) % shardCount;
}

/** fnv1a(packetIdToString(id)) without building the string. */
export function fnvOfNumericId(id: number): number {
  let h = Math.imul(0x811c9dc5 ^ P, 0x01000193);
  const hi = Math.floor(id / 0x1000000), lo = id % 0x1000000; // 8 high hex digits, 6 low
  for (let k = 7; k >= 0; k--) h = Math.imul(h ^ HEX[(hi >>> (4 * k)) & 15], 0x01000193);
  for (let k = 5; k >= 0; k--) h = Math.imul(h ^ HEX[(lo >>> (4 * k)) & 15], 0x01000193);
  return h >>> 0;
}

/**
 * shardOfNumericId of the id held in two u32 words (a seed record's idLo/idHi), with
 * no float arithmetic: the seed import routes every record of the file through it.
 */
export function shardOfIdWords(lo: number, hi: number, shardCount: number): number {
  const top = ((hi << 8) | (lo >>> 24)) >>> 0; // 8 high hex digits (id < 2^53, so hi < 2^21)
  let h = Math.imul(0x811c9dc5 ^ P, 0x01000193);
  for (let k = 28; k >= 0; k -= 4) h = Math.imul(h ^ HEX[(top >>> k) & 15], 0x01000193);
  for (let k = 20; k >= 0; k -= 4) h = Math.imul(h ^ HEX[(lo >>> k) & 15], 0x01000193);
  return (h >>> 0) % shardCount;
}

const DAY_MS = 86_400_000;

/** UTC day number (days since epoch). */
export function dayNumber(ms: number): number {
  return Math.floor(ms / DAY_MS);
}

/** Day-of-month slot '01'..'31' (UTC) used in table names t_<kind>_<dd>. */
export function daySlot(day: number): string {
  return String(new Date(day * DAY_MS).getUTCDate()).padStart(2, '0');
}

/** YYYYMMDD (UTC), used for archived table names. */
export function dayDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10).replaceAll('-', '');
}

export { DAY_MS };
