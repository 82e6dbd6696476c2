/**
 * Streaming reader of seed files: the header is decoded and checked at open, records
 * are delivered in batches through one reused buffer (memory does not grow with file
 * size). Strict mode (default) rejects a file whose size disagrees with its header
 * and, at the end of iteration, one whose records checksum is wrong.
 */
import { closeSync, fstatSync, openSync, read, readSync } from 'node:fs';
import { createHash, type Hash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { promisify } from 'node:util';
import { SeedError, fsError } from '../errors.ts';
import { HEADER_PREFIX, RECORD_SIZE } from './layout.ts';
import { decodeHeader, headerLengthFromPrefix, type SeedHeader } from './header.ts';
import { readRecord, type SeedRecord } from './record.ts';

const readAsync = promisify(read);

export interface RecordBatch {
  /** 8 u32 words per record; valid only until the next batch is read. */
  words: Uint32Array;
  bytes: Uint8Array;
  count: number;
  /** Index (in the file) of the batch's first record. */
  startIndex: number;
}

export interface ReaderOptions {
  /** Reject size/header disagreement and bad records checksum (default true). */
  strict?: boolean;
  /** Batch buffer size in bytes (default 1 MiB, rounded down to whole records). */
  bufferBytes?: number;
  /** Also compute a sha256 of the whole file (available after a full pass). */
  sha256?: boolean;
  /** Name used in messages (default: the path). */
  label?: string;
}

function readFully(fd: number, buf: Uint8Array, len: number, pos: number): number {
  let got = 0;
  while (got < len) {
    const n = readSync(fd, buf, got, len - got, pos + got);
    if (n === 0) break;
    got += n;
  }
  return got;
}

export class SeedReader {
  readonly path: string;
  readonly label: string;
  readonly header: SeedHeader;
  readonly fileSize: number;
  /** Whole records physically present after the header. */
  readonly availableRecords: number;
  /** Bytes after the last whole record (a torn record). */
  readonly tornBytes: number;
  private fd: number;
  private readonly strict: boolean;
  private readonly buf: Uint8Array;
  private readonly hash: Hash | null;
  private crc = 0;
  private done = false;
  private sha: string | null = null;

  constructor(path: string, opts: ReaderOptions = {}) {
    this.path = path;
    this.label = opts.label ?? path;
    this.strict = opts.strict ?? true;
    try {
      this.fd = openSync(path, 'r');
    } catch (e) {
      throw fsError(e, path, 'cannot open');
    }
    try {
      this.fileSize = fstatSync(this.fd).size;
      const prefix = Buffer.alloc(HEADER_PREFIX);
      const got = readFully(this.fd, prefix, HEADER_PREFIX, 0);
      const hl = headerLengthFromPrefix(prefix.subarray(0, got), this.label);
      const hbuf = Buffer.alloc(hl);
      const hgot = readFully(this.fd, hbuf, hl, 0);
      this.header = decodeHeader(hbuf.subarray(0, hgot), this.label);
      const body = this.fileSize - hl;
      this.availableRecords = Math.floor(body / RECORD_SIZE);
      this.tornBytes = body - this.availableRecords * RECORD_SIZE;
      if (this.strict && (this.availableRecords !== this.header.recordCount || this.tornBytes !== 0)) {
        throw new SeedError('TRUNCATED_RECORDS',
          `${this.label}: header says ${this.header.recordCount} records, file holds ${body} bytes of records (${this.availableRecords} whole)`);
      }
      const wanted = Math.floor((opts.bufferBytes ?? 1 << 20) / RECORD_SIZE) * RECORD_SIZE;
      const size = Math.max(RECORD_SIZE, Math.min(wanted, this.availableRecords * RECORD_SIZE));
      this.buf = new Uint8Array(new ArrayBuffer(size));
      this.hash = opts.sha256 ? createHash('sha256').update(hbuf) : null;
    } catch (e) {
      closeSync(this.fd);
      this.fd = -1;
      throw e;
    }
  }

  /** Records this reader will deliver: the header count when strict, all whole records otherwise. */
  get recordsToRead(): number {
    return this.strict ? this.header.recordCount : this.availableRecords;
  }

  /** crc32 of the records read so far. */
  get recordsCrc32(): number {
    return this.crc;
  }

  /** sha256 (hex) of the whole file, after a full pass with the sha256 option. */
  get sha256(): string | null {
    return this.sha;
  }

  private chunk(index: number, n: number, got: number): RecordBatch {
    if (got !== n * RECORD_SIZE) throw new SeedError('TRUNCATED_RECORDS', `${this.label}: file shrank while reading`);
    const bytes = this.buf.subarray(0, got);
    this.crc = crc32(bytes, this.crc);
    this.hash?.update(bytes);
    return { words: new Uint32Array(this.buf.buffer, 0, n * 8), bytes, count: n, startIndex: index };
  }

  private finish(): void {
    if (this.hash) {
      if (this.tornBytes > 0 || this.availableRecords > this.recordsToRead) {
        const start = this.header.headerLength + this.recordsToRead * RECORD_SIZE;
        const rest = Buffer.alloc(this.fileSize - start);
        readFully(this.fd, rest, rest.length, start);
        this.hash.update(rest);
      }
      this.sha = this.hash.digest('hex');
    }
    this.done = true;
    if (this.strict && this.crc !== this.header.recordsCrc32) {
      throw new SeedError('RECORDS_CHECKSUM', `${this.label}: records checksum mismatch (corrupt records)`);
    }
  }

  *batches(): Generator<RecordBatch> {
    if (this.done) throw new SeedError('FILE_IO', `${this.label}: already read`);
    const total = this.recordsToRead;
    const per = this.buf.length / RECORD_SIZE;
    for (let i = 0; i < total; i += per) {
      const n = Math.min(per, total - i);
      const got = readFully(this.fd, this.buf, n * RECORD_SIZE, this.header.headerLength + i * RECORD_SIZE);
      yield this.chunk(i, n, got);
    }
    this.finish();
  }

  async *batchesAsync(): AsyncGenerator<RecordBatch> {
    if (this.done) throw new SeedError('FILE_IO', `${this.label}: already read`);
    const total = this.recordsToRead;
    const per = this.buf.length / RECORD_SIZE;
    for (let i = 0; i < total; i += per) {
      const n = Math.min(per, total - i);
      let got = 0;
      const want = n * RECORD_SIZE;
      while (got < want) {
        const { bytesRead } = await readAsync(this.fd, this.buf, got, want - got, this.header.headerLength + i * RECORD_SIZE + got);
        if (bytesRead === 0) break;
        got += bytesRead;
      }
      yield this.chunk(i, n, got);
    }
    this.finish();
  }

  /** Convenience: one object per record (slower than batches). */
  *records(): Generator<SeedRecord> {
    for (const b of this.batches()) for (let i = 0; i < b.count; i++) yield readRecord(b.words, i);
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }
}

export function openSeedReader(path: string, opts?: ReaderOptions): SeedReader {
  return new SeedReader(path, opts);
}
