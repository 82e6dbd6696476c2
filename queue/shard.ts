/**
 * Key → shard → subject. Every message of one key goes to one subject, so the
 * stream (which keeps publish order) keeps per-key order, and a consumer can
 * be filtered to a subset of shards later without reshuffling keys.
 */

/** FNV-1a 32-bit over UTF-16 code units; stable across processes and versions. */
export function fnv1a32(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function shardOf(key: string, shards: number): number {
  return fnv1a32(key) % shards;
}

export function subjectFor(prefix: string, key: string, shards: number): string {
  return `${prefix}.${shardOf(key, shards)}`;
}
