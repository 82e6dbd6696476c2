/** Routing by id (SET sharding) and day keys for the by-day tables. */

import { fnv1a32 as fnv1a } from '../common/fnv1a.ts';

export { fnv1a };

export function shardOf(id: string, shardCount: number): number {
  return fnv1a(id) % shardCount;
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
