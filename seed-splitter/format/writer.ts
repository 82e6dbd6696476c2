/**
 * Streaming writer of seed files. Records go through one buffer; the header (with
 * totals and checksums known only at the end) is written last at offset 0. With
 * `atomic` (default) the file is written under a temporary name and renamed into place
 * by finish(), so an interrupted write never leaves a file that looks valid.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { SeedError, fsError } from '../errors.ts';
import { MAX_MACHINES, MAX_SPONSORS, RECORD_SIZE, RECORD_WORDS, W, headerLengthFor, type SeedKindName } from './layout.ts';
import { checkName, encodeHeader, type SeedHeader } from './header.ts';
import { recordObjectProblem, writeRecord, type SeedRecord } from './record.ts';
import { TotalsAccumulator } from './totals.ts';

const TWO32 = 4294967296;
const RW: number = RECORD_WORDS;
const ID_LO: number = W.idLo, ID_HI: number = W.idHi;

export interface WriterOptions {
  kind: SeedKindName;
  sponsors: readonly string[];
  machineIndex?: number | null;
  machineName?: string | null;
  originRecordsCrc32?: number;
  originRecordCount?: number;
  bufferBytes?: number;
  atomic?: boolean;
}

export interface WriteResult {
  header: SeedHeader;
  /** sha256 (hex) of the record bytes. */
  recordsSha256: string;
  bytes: number;
}

let tmpSeq = 0;

export class SeedWriter {
  readonly path: string;
  readonly totals: TotalsAccumulator;
  private readonly opts: WriterOptions;
  private readonly tmpPath: string;
  private fd: number;
  private readonly headerLength: number;
  private readonly buf: Uint8Array;
  private readonly words: Uint32Array;
  private readonly cap: number;
  private n = 0;
  private written = 0;
  private crc = 0;
  private readonly sha = createHash('sha256');
  private firstId = 0;
  private lastId = 0;
  private finished = false;

  constructor(path: string, opts: WriterOptions) {
    if (opts.sponsors.length > MAX_SPONSORS) throw new SeedError('BAD_HEADER', `too many sponsors (${opts.sponsors.length})`);
    opts.sponsors.forEach((s) => checkName(s, 'sponsor id'));
    if (new Set(opts.sponsors).size !== opts.sponsors.length) throw new SeedError('BAD_HEADER', 'duplicate sponsor ids');
    if (opts.machineName != null) checkName(opts.machineName, 'machine name');
    const mi = opts.machineIndex ?? null;
    if (mi !== null && (!Number.isInteger(mi) || mi < 0 || mi >= MAX_MACHINES)) {
      throw new SeedError('BAD_HEADER', `machine index out of range: ${mi}`);
    }
    if ((opts.kind === 'original') !== (mi === null)) {
      throw new SeedError('BAD_HEADER', `${opts.kind} file ${opts.kind === 'original' ? 'cannot have' : 'needs'} a machine index`);
    }
    this.path = path;
    this.opts = opts;
    this.tmpPath = opts.atomic === false ? path : `${path}.tmp-${process.pid}-${++tmpSeq}`;
    this.headerLength = headerLengthFor(opts.sponsors.length);
    this.totals = new TotalsAccumulator(opts.sponsors.length);
    this.cap = Math.max(1, Math.floor((opts.bufferBytes ?? 1 << 20) / RECORD_SIZE));
    this.buf = new Uint8Array(new ArrayBuffer(this.cap * RECORD_SIZE));
    this.words = new Uint32Array(this.buf.buffer);
    try {
      this.fd = openSync(this.tmpPath, 'wx');
    } catch (e) {
      throw fsError(e, this.tmpPath, 'cannot create');
    }
  }

  get count(): number {
    return this.written + this.n;
  }

  /** Appends a record object after validating it (ids must be strictly increasing). */
  append(r: SeedRecord): void {
    const why = recordObjectProblem(r, this.opts.kind, this.opts.sponsors.length);
    if (why) throw new SeedError('INVALID_RECORD', `${this.path}: record ${this.count}: ${why}`);
    writeRecord(this.words, this.n, r);
    this.accept(r.id);
  }

  /**
   * Fast path: copies record i of a word view that the caller already validated.
   * Only the id order is checked here.
   */
  appendRaw(src: Uint32Array, i: number): void {
    const s = i * RW;
    const d = this.n * RW;
    const w = this.words;
    w[d] = src[s];
    w[d + 1] = src[s + 1];
    w[d + 2] = src[s + 2];
    w[d + 3] = src[s + 3];
    w[d + 4] = src[s + 4];
    w[d + 5] = src[s + 5];
    w[d + 6] = src[s + 6];
    w[d + 7] = src[s + 7];
    this.accept(src[s + ID_HI] * TWO32 + src[s + ID_LO]);
  }

  private accept(id: number): void {
    if (id <= this.lastId) {
      throw new SeedError('UNORDERED_RECORDS', `${this.path}: record ${this.count}: id ${id} not above previous ${this.lastId}`);
    }
    if (this.firstId === 0) this.firstId = id;
    this.lastId = id;
    if (++this.n === this.cap) this.flush();
  }

  private flush(): void {
    if (this.n === 0) return;
    const bytes = this.buf.subarray(0, this.n * RECORD_SIZE);
    this.totals.addRange(this.words, 0, this.n);
    this.crc = crc32(bytes, this.crc);
    this.sha.update(bytes);
    const pos = this.headerLength + this.written * RECORD_SIZE;
    try {
      let off = 0;
      while (off < bytes.length) off += writeSync(this.fd, bytes, off, bytes.length - off, pos + off);
    } catch (e) {
      throw fsError(e, this.tmpPath, 'cannot write');
    }
    this.written += this.n;
    this.n = 0;
  }

  /** Writes the header, syncs, and moves the file into place. */
  finish(): WriteResult {
    try {
      this.flush();
      const t = this.totals;
      const header: SeedHeader = {
        formatVersion: 1,
        kind: this.opts.kind,
        headerLength: this.headerLength,
        recordCount: this.written,
        machineIndex: this.opts.machineIndex ?? null,
        machineName: this.opts.machineName ?? null,
        firstId: this.firstId,
        lastId: this.lastId,
        recordsCrc32: this.crc,
        headerCrc32: 0,
        originRecordsCrc32: this.opts.kind === 'original' ? this.crc : this.opts.originRecordsCrc32 ?? 0,
        originRecordCount: this.opts.kind === 'original' ? this.written : this.opts.originRecordCount ?? 0,
        totalAmountCents: t.totalAmountCents,
        totalShareAmountCents: t.totalShareAmountCents,
        sponsors: t.toSponsorTotals(this.opts.sponsors),
      };
      const hb = encodeHeader(header);
      writeSync(this.fd, hb, 0, hb.length, 0);
      fsyncSync(this.fd);
      closeSync(this.fd);
      this.fd = -1;
      if (this.tmpPath !== this.path) renameSync(this.tmpPath, this.path);
      this.finished = true;
      return { header, recordsSha256: this.sha.digest('hex'), bytes: this.headerLength + this.written * RECORD_SIZE };
    } catch (e) {
      this.abort();
      if (e instanceof SeedError) throw e;
      throw fsError(e, this.path, 'cannot finish');
    }
  }

  /** Closes and deletes the unfinished file. Safe to call more than once. */
  abort(): void {
    if (this.finished) return;
    if (this.fd >= 0) {
      try { closeSync(this.fd); } catch { /* already closed */ }
      this.fd = -1;
    }
    rmSync(this.tmpPath, { force: true });
  }
}
