/**
 * The embedded show's demo resources (greeting cards, star videos, sponsor
 * logos): small files generated from their id, so the show document can carry
 * their real size and SHA-256 and the embedded deployment can serve them
 * (ops/phone-web/) without any file in the repository. URLs are relative to
 * the phone web server's origin (`/resources/<file>`).
 */
import { createHash } from 'node:crypto';
import type { Resource } from './types.ts';

const EXT: Record<Resource['kind'], string> = { 'greeting-card': 'svg', 'sponsor-logo': 'svg', 'star-video': 'bin', other: 'bin' };

export function demoResourceFile(id: string, kind: Resource['kind']): string {
  return `${id}.${EXT[kind]}`;
}

/** The bytes of a demo resource: an SVG card/logo naming it, or a pseudo-video of a few KiB derived from its id. */
export function demoResourceBytes(id: string, kind: Resource['kind']): Buffer {
  if (EXT[kind] === 'svg') {
    const label = id.replace(/[^A-Za-z0-9 _-]/g, '');
    return Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg" width="160" height="90"><rect width="160" height="90" fill="#c8102e"/><text x="80" y="52" font-size="14" text-anchor="middle" fill="#ffd700">${label}</text></svg>\n`);
  }
  const out = Buffer.alloc(4096);
  let block = createHash('sha256').update(`video:${id}`).digest();
  for (let off = 0; off < out.length; off += block.length) {
    block.copy(out, off);
    block = createHash('sha256').update(block).digest();
  }
  return out;
}

export function demoResource(id: string, kind: Resource['kind']): Resource {
  const bytes = demoResourceBytes(id, kind);
  return { id, kind, url: `/resources/${demoResourceFile(id, kind)}`, sha256: createHash('sha256').update(bytes).digest('hex'), sizeBytes: bytes.length };
}
