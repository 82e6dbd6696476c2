/**
 * The resource manifest version of a show's resource list: derived from its
 * content (first 48 bits of the SHA-256 of its canonical JSON; 0 for an empty
 * list), so every gateway running the same list gives phones the same version
 * and the config service can tell which version the latest document means.
 */
import { createHash } from 'node:crypto';
import type { Resource } from './types.ts';

export interface ManifestItem { id: string; kind: string; url: string; sizeBytes: number; sha256: string }

export function manifestItems(resources: readonly Resource[]): ManifestItem[] {
  return resources.map((r) => ({ id: r.id, kind: r.kind, url: r.url, sizeBytes: r.sizeBytes ?? 0, sha256: r.sha256 }));
}

export function manifestVersion(resources: readonly Resource[]): number {
  if (resources.length === 0) return 0;
  const digest = createHash('sha256').update(JSON.stringify(manifestItems(resources))).digest('hex');
  return Number.parseInt(digest.slice(0, 12), 16) || 1;
}
