/** Routing by id (SET sharding) and day keys for the by-day tables. */

/** FNV-1a 32-bit over UTF-16 code units; stable across processes and versions. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

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
