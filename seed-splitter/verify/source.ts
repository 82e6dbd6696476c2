/**
 * One input of the verify merge: a seed file read in batches, positioned on its
 * current record. Records that break the file's ascending id order (or repeat the
 * previous id) are not merged in place: they are handed to `onReject` so the verifier
 * can merge them in a second pass from a sorted side list (see merge.ts).
 * In the first pass each batch is also checksummed, hashed, validated and totalled.
 */
import { crc32 } from 'node:zlib';
import { createHash, type Hash } from 'node:crypto';
import { recordProblem } from '../format/record.ts';
import { TotalsAccumulator } from '../format/totals.ts';
import type { SeedReader } from '../format/reader.ts';
import type { Report } from './report.ts';

const TWO32 = 4294967296;

export interface SourceInfo {
  label: string;
  /** Machine index from the header; -1 for the original. */
  machine: number;
  isOriginal: boolean;
}

export type RejectFn = (src: number, w: Uint32Array, i: number, pos: number) => void;

export class Source {
  readonly info: SourceInfo;
  readonly index: number;
  readonly reader: SeedReader;
  /** Current record's id (Infinity when exhausted). */
  id = Infinity;
  /** Current record's batch words and record index in it. */
  w: Uint32Array = new Uint32Array(0);
  i = -1;
  /** Position in the file of the current record. */
  pos = -1;
  /** Source the current record comes from (always this source's index). */
  readonly origin: number;
  readonly totals: TotalsAccumulator;
  crc = 0;
  rejected = 0;
  private n = 0;
  private base = 0;
  private prev = 0;
  private readonly it: Iterator<{ words: Uint32Array; bytes: Uint8Array; count: number; startIndex: number }>;
  private readonly hash: Hash | null;
  private readonly firstPass: boolean;
  private readonly onReject: RejectFn | null;
  private readonly report: Report | null;

  constructor(index: number, info: SourceInfo, reader: SeedReader, firstPass: boolean, onReject: RejectFn | null, report: Report | null) {
    this.index = index;
    this.origin = index;
    this.info = info;
    this.reader = reader;
    this.firstPass = firstPass;
    this.onReject = onReject;
    this.report = report;
    this.totals = new TotalsAccumulator(reader.header.sponsors.length);
    this.hash = firstPass ? createHash('sha256') : null;
    this.it = reader.batches();
  }

  private shaHex = '';
  /** sha256 of the records read (first pass, after exhaustion). */
  get sha256(): string {
    if (!this.shaHex && this.hash) this.shaHex = this.hash.digest('hex');
    return this.shaHex;
  }

  private load(): boolean {
    const r = this.it.next();
    if (r.done) return false;
    const b = r.value;
    this.w = b.words;
    this.n = b.count;
    this.base = b.startIndex;
    if (this.firstPass) {
      this.crc = crc32(b.bytes, this.crc);
      this.hash!.update(b.bytes);
      this.totals.addRange(b.words, 0, b.count);
      const kind = this.reader.header.kind;
      const sc = this.reader.header.sponsors.length;
      for (let i = 0; i < b.count; i++) {
        const why = recordProblem(b.words, i, kind, sc);
        if (why) this.report!.add('INVALID_RECORD', `${this.info.label}: record ${b.startIndex + i}: ${why}`);
      }
    }
    return true;
  }

  /** Moves to the next record that keeps the id order; rejected records go to onReject. */
  advance(): void {
    const prev = this.prev;
    for (;;) {
      if (++this.i >= this.n) {
        if (!this.load()) {
          this.id = Infinity;
          return;
        }
        this.i = 0;
      }
      const w = this.w;
      const o = this.i * 8;
      const id = w[o + 1] * TWO32 + w[o];
      let ok = id > prev;
      if (ok && this.i + 1 < this.n) {
        // A lone spike (id above its successor while the successor still fits) is the out-of-place one.
        const next = w[o + 9] * TWO32 + w[o + 8];
        if (next > prev && next < id) ok = false;
      }
      if (ok) {
        this.prev = id;
        this.id = id;
        this.pos = this.base + this.i;
        return;
      }
      this.rejected++;
      if (this.onReject) this.onReject(this.index, w, this.i, this.base + this.i);
    }
  }
}
