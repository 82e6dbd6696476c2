/**
 * How a shared-memory region is declared and the one check every declared
 * region passes at startup: a field moved by hand fails loudly here instead
 * of two threads silently sharing a word or a cache line.
 */

export const CACHE_LINE_BYTES = 64;

export interface SharedField {
  readonly name: string;
  readonly byteOffset: number;
  readonly bytes: number;
  /** The element size of the typed array that reads the field. */
  readonly align: number;
  /** Whether the field must sit alone on its cache line (a word one thread polls while another writes it). */
  readonly ownCacheLine?: boolean;
}

export interface SharedRegion {
  readonly name: string;
  readonly bytes: number;
  readonly fields: readonly SharedField[];
  /** The readers index the region with a mask (`bytes - 1`): its size must be a power of two. */
  readonly powerOfTwo?: boolean;
}

/** An Int32 word at `byteOffset`. */
export const word = (name: string, byteOffset: number, ownCacheLine = false): SharedField => ({ name, byteOffset, bytes: 4, align: 4, ownCacheLine });

/** Int32 words named by their index (`{ name: index }`), none on a line of its own. */
export const wordsByIndex = (indices: Readonly<Record<string, number>>): SharedField[] =>
  Object.entries(indices).map(([name, index]) => word(name, index * 4));

/**
 * Throws if a region's size breaks its rule, or a field is misaligned, out of
 * its region, overlaps another, or shares a cache line it must own.
 */
export function checkRegions(regions: readonly SharedRegion[]): void {
  for (const region of regions) {
    if (region.powerOfTwo && (region.bytes <= 0 || (region.bytes & (region.bytes - 1)) !== 0)) {
      throw new Error(`shared layout ${region.name}: ${region.bytes} bytes is not a power of two`);
    }
    const fields = [...region.fields].sort((a, b) => a.byteOffset - b.byteOffset);
    fields.forEach((f, i) => checkField(region, fields, f, fields[i + 1]));
  }
}

function checkField(region: SharedRegion, sorted: readonly SharedField[], f: SharedField, next: SharedField | undefined): void {
  const where = `shared layout ${region.name}.${f.name}`;
  if (f.byteOffset % f.align !== 0 || f.bytes % f.align !== 0) throw new Error(`${where}: not aligned to ${f.align} bytes`);
  if (f.byteOffset < 0 || f.byteOffset + f.bytes > region.bytes) throw new Error(`${where}: outside the region's ${region.bytes} bytes`);
  if (next && f.byteOffset + f.bytes > next.byteOffset) throw new Error(`${where}: overlaps ${next.name}`);
  if (!f.ownCacheLine) return;
  const first = Math.floor(f.byteOffset / CACHE_LINE_BYTES);
  const last = Math.floor((f.byteOffset + f.bytes - 1) / CACHE_LINE_BYTES);
  const shared = sorted.find((o) => {
    if (o === f) return false;
    const oFirst = Math.floor(o.byteOffset / CACHE_LINE_BYTES);
    const oLast = Math.floor((o.byteOffset + o.bytes - 1) / CACHE_LINE_BYTES);
    return oFirst <= last && oLast >= first;
  });
  if (shared) throw new Error(`${where}: shares its cache line with ${shared.name}`);
}
