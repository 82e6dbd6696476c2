/**
 * Recycled seeds (packets returned during the show and re-issued under new ids).
 * All recycled files are loaded into memory (about 60 bytes per recycled packet; they
 * are a small fraction of the seeds) and checked:
 *  - every id is in the recycled id space, minted by the machine the file belongs to,
 *    and unique across all recycled files (it can never equal a seed id by construction);
 *  - the packet it replaces (recycledFrom) exists: a seed packet (resolved during the
 *    merge, which visits seed ids in order) or another recycled packet;
 *  - same sponsor as the replaced packet, and the replacements of one packet together
 *    hold at most its share money (amount + share amount <= replaced share amount).
 *    Because every amount is at least one cent, this also rules out cycles.
 */
import { RECYCLED_BASE, recycledIdParts } from '../format/ids.ts';
import { fmtId } from '../format/fmt.ts';
import type { Report } from './report.ts';

const TWO32 = 4294967296;

export interface RecycledFileInput {
  label: string;
  machine: number;
  /** Maps the file's sponsor index to the original's sponsor index (-1: unknown sponsor). */
  sponsorMap: Int32Array;
}

export class RecycledIndex {
  n = 0;
  private cap = 1024;
  ids = new Float64Array(this.cap);
  froms = new Float64Array(this.cap);
  amount = new Float64Array(this.cap);
  shareAmount = new Float64Array(this.cap);
  sponsor = new Int32Array(this.cap);
  file = new Int32Array(this.cap);
  readonly files: RecycledFileInput[] = [];
  private byFrom = new Uint32Array(0);
  private p = 0;
  private srcSponsor = new Int32Array(0);
  private srcShare = new Float64Array(0);
  nextFrom = Infinity;

  addFile(f: RecycledFileInput): number {
    this.files.push(f);
    return this.files.length - 1;
  }

  /** Adds records [0, count) of a batch belonging to file `fi`. */
  addBatch(fi: number, w: Uint32Array, count: number, report: Report): void {
    const f = this.files[fi];
    for (let i = 0; i < count; i++) {
      if (this.n === this.cap) this.grow();
      const o = i * 8;
      const id = w[o + 1] * TWO32 + w[o];
      const k = this.n++;
      this.ids[k] = id;
      this.froms[k] = w[o + 3] * TWO32 + w[o + 2];
      this.amount[k] = w[o + 4];
      this.shareAmount[k] = w[o + 5];
      const s = w[o + 6] & 0xffff;
      this.sponsor[k] = s < f.sponsorMap.length ? f.sponsorMap[s] : -1;
      this.file[k] = fi;
      if (id >= RECYCLED_BASE && id < 2 ** 53 && recycledIdParts(id).machineIndex !== f.machine) {
        report.add('RECYCLED_WRONG_MACHINE', () => `${fmtId(id)} in ${f.label} was minted by machine #${recycledIdParts(id).machineIndex}, file belongs to #${f.machine}`);
      }
    }
  }

  private grow(): void {
    this.cap *= 2;
    const g = <T extends Float64Array | Int32Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(this.cap);
      b.set(a);
      return b;
    };
    this.ids = g(this.ids); this.froms = g(this.froms); this.amount = g(this.amount);
    this.shareAmount = g(this.shareAmount); this.sponsor = g(this.sponsor); this.file = g(this.file);
  }

  /** Call once all files are loaded, before the merge. */
  prepare(): void {
    const idx = Array.from({ length: this.n }, (_, k) => k);
    idx.sort((a, b) => this.froms[a] - this.froms[b] || a - b);
    this.byFrom = Uint32Array.from(idx);
    this.srcSponsor = new Int32Array(this.n).fill(-2); // -2: source not found yet
    this.srcShare = new Float64Array(this.n);
    this.nextFrom = this.n > 0 && this.froms[this.byFrom[0]] < RECYCLED_BASE ? this.froms[this.byFrom[0]] : Infinity;
  }

  /**
   * Called by the merge for seed ids x in ascending order (x = Infinity at the end) once
   * x >= nextFrom; w[off..] is the seed record with id x. Returns the new nextFrom.
   */
  resolve(x: number, w: Uint32Array, off: number): number {
    const { byFrom, froms } = this;
    while (this.p < this.n && froms[byFrom[this.p]] < RECYCLED_BASE && froms[byFrom[this.p]] <= x) {
      const k = byFrom[this.p++];
      if (froms[k] === x) {
        this.srcSponsor[k] = w[off + 6] & 0xffff;
        this.srcShare[k] = w[off + 5];
      }
    }
    const k = byFrom[this.p];
    return this.p < this.n && froms[k] < RECYCLED_BASE ? froms[k] : Infinity;
  }

  /** Final checks after the merge. */
  finish(report: Report): void {
    const label = (k: number): string => this.files[this.file[k]].label;
    const byId = Array.from({ length: this.n }, (_, k) => k).sort((a, b) => this.ids[a] - this.ids[b] || a - b);
    for (let j = 1; j < byId.length; j++) {
      const a = byId[j - 1], b = byId[j];
      if (this.ids[a] === this.ids[b]) report.add('DUPLICATE', () => `recycled ${fmtId(this.ids[b])} in ${label(a)} and ${label(b)}`);
    }
    const find = (id: number): number => {
      let lo = 0, hi = byId.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const v = this.ids[byId[mid]];
        if (v === id) return byId[mid];
        if (v < id) lo = mid + 1; else hi = mid - 1;
      }
      return -1;
    };
    for (let k = 0; k < this.n; k++) {
      if (this.froms[k] >= RECYCLED_BASE) {
        const s = find(this.froms[k]);
        if (s >= 0) {
          this.srcSponsor[k] = this.sponsor[s];
          this.srcShare[k] = this.shareAmount[s];
        }
      }
    }
    let j = 0;
    while (j < this.n) {
      const from = this.froms[this.byFrom[j]];
      let sum = 0;
      let end = j;
      for (; end < this.n && this.froms[this.byFrom[end]] === from; end++) {
        const k = this.byFrom[end];
        sum += this.amount[k] + this.shareAmount[k];
        if (this.srcSponsor[k] === -2) {
          report.add('RECYCLED_UNKNOWN_SOURCE', () => `recycled ${fmtId(this.ids[k])} in ${label(k)} replaces ${fmtId(from)}, which is in no part and no recycled file`);
        } else if (this.sponsor[k] < 0 || this.sponsor[k] !== this.srcSponsor[k]) {
          report.add('RECYCLED_SPONSOR_MISMATCH', () => `recycled ${fmtId(this.ids[k])} in ${label(k)} has a different sponsor than ${fmtId(from)}`);
        }
      }
      const k0 = this.byFrom[j];
      if (this.srcSponsor[k0] !== -2 && sum > this.srcShare[k0]) {
        report.add('RECYCLED_OVERDRAWN', () => `replacements of ${fmtId(from)} hold ${sum} cents, it had ${this.srcShare[k0]} cents of unshared money`);
      }
      j = end;
    }
  }

  /** Per-sponsor (original sponsor index) count and money of recycled packets. */
  totals(sponsors: number): { count: number[]; amountCents: number[]; shareAmountCents: number[] } {
    const t = { count: new Array<number>(sponsors).fill(0), amountCents: new Array<number>(sponsors).fill(0), shareAmountCents: new Array<number>(sponsors).fill(0) };
    for (let k = 0; k < this.n; k++) {
      const s = this.sponsor[k];
      if (s < 0 || s >= sponsors) continue;
      t.count[s]++;
      t.amountCents[s] += this.amount[k];
      t.shareAmountCents[s] += this.shareAmount[k];
    }
    return t;
  }
}
