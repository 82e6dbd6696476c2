/**
 * Key → shard → subject. Every message of one key goes to one subject, so the
 * stream (which keeps publish order) keeps per-key order, and a consumer can
 * be filtered to a subset of shards later without reshuffling keys.
 */

import { fnv1a32 } from '../common/fnv1a.ts';

export { fnv1a32 };

export function shardOf(key: string, shards: number): number {
  return fnv1a32(key) % shards;
}

export function subjectFor(prefix: string, key: string, shards: number): string {
  return `${prefix}.${shardOf(key, shards)}`;
}
