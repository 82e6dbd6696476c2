/**
 * How far the agent fed the part, per sponsor: every record of sponsor s at a
 * position below cursor[s] has left the part (fed, or found issued). Rounds
 * give away only their sponsors' packets, so each sponsor advances on its own.
 * Persisted in the same transaction as the feed_log rows of those records.
 */
import type { LoadedPart } from '../part/load-part.ts';
import type { StateDb } from './schema.ts';

export interface PartPick {
  position: number;
  sponsorIndex: number;
}

export class PartCursor {
  /** Per sponsor: index into part.positionsBySponsor[s] of the next unfed record. */
  private readonly ptr: number[];
  private readonly saveS;

  constructor(db: StateDb, private readonly part: LoadedPart) {
    const rows = db.prepare<[], { sponsor_index: number; position: number }>('SELECT sponsor_index, position FROM cursor').all();
    const pos = new Map(rows.map((r) => [r.sponsor_index, r.position]));
    this.ptr = part.positionsBySponsor.map((list, s) => lowerBound(list, pos.get(s) ?? 0));
    this.saveS = db.prepare('INSERT INTO cursor (sponsor_index, position) VALUES (?, ?) ON CONFLICT(sponsor_index) DO UPDATE SET position = excluded.position');
  }

  /** Cursor position of sponsor s: records of s at positions below it have left the part. */
  position(s: number): number {
    const list = this.part.positionsBySponsor[s];
    const i = this.ptr[s];
    return i < list.length ? list[i] : this.part.count;
  }

  remaining(sponsors: Set<number> | null = null): number {
    let n = 0;
    this.part.positionsBySponsor.forEach((list, s) => { if (!sponsors || sponsors.has(s)) n += list.length - this.ptr[s]; });
    return n;
  }

  /** Up to n next records of the given sponsors (all when null), in part order, without consuming them. */
  peek(n: number, sponsors: Set<number> | null): PartPick[] {
    const out: PartPick[] = [];
    const idx = new Map<number, number>();
    const ss = sponsors ? [...sponsors] : this.part.positionsBySponsor.map((_, s) => s);
    for (const s of ss) idx.set(s, this.ptr[s] ?? 0);
    while (out.length < n) {
      let best = -1;
      let bestPos = Infinity;
      for (const s of ss) {
        const list = this.part.positionsBySponsor[s];
        if (!list) continue;
        const i = idx.get(s)!;
        if (i < list.length && list[i] < bestPos) { bestPos = list[i]; best = s; }
      }
      if (best < 0) break;
      out.push({ position: bestPos, sponsorIndex: best });
      idx.set(best, idx.get(best)! + 1);
    }
    return out;
  }

  /** Consumes a record returned by peek (must be the sponsor's next one). Call inside the batch transaction. */
  consume(p: PartPick): void {
    const list = this.part.positionsBySponsor[p.sponsorIndex];
    if (list[this.ptr[p.sponsorIndex]] !== p.position) throw new Error(`cursor out of order at position ${p.position}`);
    this.ptr[p.sponsorIndex]++;
    this.saveS.run(p.sponsorIndex, this.position(p.sponsorIndex));
  }
}

function lowerBound(list: Uint32Array, v: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid] < v) lo = mid + 1; else hi = mid;
  }
  return lo;
}
