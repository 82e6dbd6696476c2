/**
 * Records that were out of id order in their file, held in memory (bounded) and
 * replayed, sorted by id, as one extra merge input in the second pass.
 */
const TWO32 = 4294967296;
export const MAX_SIDE_RECORDS = 1_000_000;

function grow<T extends Uint32Array | Int32Array | Float64Array>(a: T): T {
  const b = new (a.constructor as new (n: number) => T)(a.length * 2);
  b.set(a);
  return b;
}

export class SideList {
  words = new Uint32Array(64 * 8);
  origins = new Int32Array(64);
  positions = new Float64Array(64);
  n = 0;
  overflow = 0;

  add(origin: number, w: Uint32Array, i: number, pos: number): void {
    if (this.n >= MAX_SIDE_RECORDS) {
      this.overflow++;
      return;
    }
    if (this.n === this.origins.length) {
      this.words = grow(this.words);
      this.origins = grow(this.origins);
      this.positions = grow(this.positions);
    }
    this.words.set(w.subarray(i * 8, i * 8 + 8), this.n * 8);
    this.origins[this.n] = origin;
    this.positions[this.n] = pos;
    this.n++;
  }
}

/** Merge input over a SideList, sorted by (id, origin, position). */
export class SideSource {
  id = Infinity;
  w: Uint32Array;
  i = -1;
  pos = -1;
  origin = -1;
  private readonly order: Uint32Array;
  private k = -1;
  private readonly list: SideList;

  constructor(list: SideList) {
    this.list = list;
    this.w = list.words;
    const idOf = (j: number): number => list.words[j * 8 + 1] * TWO32 + list.words[j * 8];
    const idx = Array.from({ length: list.n }, (_, j) => j);
    idx.sort((a, b) => idOf(a) - idOf(b) || list.origins[a] - list.origins[b] || list.positions[a] - list.positions[b]);
    this.order = Uint32Array.from(idx);
  }

  advance(): void {
    if (++this.k >= this.order.length) {
      this.id = Infinity;
      return;
    }
    const j = this.order[this.k];
    this.i = j;
    this.origin = this.list.origins[j];
    this.pos = this.list.positions[j];
    this.id = this.w[j * 8 + 1] * TWO32 + this.w[j * 8];
  }
}
