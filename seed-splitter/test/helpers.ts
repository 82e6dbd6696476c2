/**
 * Test helpers: temp dirs, drill files, raw file surgery for corruption tests.
 */
import { accessSync, constants, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GENERATE_DEFAULTS, generateSeedFile, type GenerateOptions } from '../generate.ts';
import { openSeedReader } from '../format/reader.ts';
import type { SeedRecord } from '../format/record.ts';
import { RECORD_SIZE } from '../format/layout.ts';

export interface Teardown {
  teardown(fn: () => void): void;
}

/** tmpfs when available: the code under test still fsyncs, but that is cheap there. */
function tempRoot(): string {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return '/dev/shm';
  } catch {
    return tmpdir();
  }
}

export function tempDir(t: Teardown, prefix = 'seed-test-'): string {
  const d = mkdtempSync(join(tempRoot(), prefix));
  t.teardown(() => rmSync(d, { recursive: true, force: true }));
  return d;
}

export function makeOriginal(path: string, count: number, o: Partial<GenerateOptions> = {}) {
  return generateSeedFile({ ...GENERATE_DEFAULTS, out: path, count, ...o });
}

export function readAll(path: string): { records: SeedRecord[]; sponsors: string[]; headerLength: number } {
  const r = openSeedReader(path);
  try {
    const records = [...r.records()];
    return { records, sponsors: r.header.sponsors.map((s) => s.id), headerLength: r.header.headerLength };
  } finally {
    r.close();
  }
}

/** Header length of a (valid) seed file. */
export function headerLengthOf(path: string): number {
  const r = openSeedReader(path, { strict: false });
  r.close();
  return r.header.headerLength;
}

/** Number of whole records in a file, from its size. */
export function recordCountOf(path: string): number {
  const hl = headerLengthOf(path);
  return Math.floor((readFileSync(path).length - hl) / RECORD_SIZE);
}

export function recordIdAt(path: string, k: number): number {
  const b = readFileSync(path);
  const o = headerLengthOf(path) + k * RECORD_SIZE;
  return b.readUInt32LE(o + 4) * 4294967296 + b.readUInt32LE(o);
}

/** Raw surgery (the header is left as it was). */
export const surgery = {
  duplicate(path: string, k: number, at: number): void {
    const b = readFileSync(path);
    const hl = headerLengthOf(path);
    const rec = b.subarray(hl + k * RECORD_SIZE, hl + (k + 1) * RECORD_SIZE);
    const pos = hl + at * RECORD_SIZE;
    writeFileSync(path, Buffer.concat([b.subarray(0, pos), rec, b.subarray(pos)]));
  },
  drop(path: string, k: number): void {
    const b = readFileSync(path);
    const hl = headerLengthOf(path);
    writeFileSync(path, Buffer.concat([b.subarray(0, hl + k * RECORD_SIZE), b.subarray(hl + (k + 1) * RECORD_SIZE)]));
  },
  setAmount(path: string, k: number, amount: number): void {
    const b = readFileSync(path);
    b.writeUInt32LE(amount, headerLengthOf(path) + k * RECORD_SIZE + 16);
    writeFileSync(path, b);
  },
  amountAt(path: string, k: number): number {
    return readFileSync(path).readUInt32LE(headerLengthOf(path) + k * RECORD_SIZE + 16);
  },
  truncate(path: string, len: number): void {
    writeFileSync(path, readFileSync(path).subarray(0, len));
  },
  flip(path: string, byte: number, bit: number): void {
    const b = readFileSync(path);
    b[byte] ^= 1 << bit;
    writeFileSync(path, b);
  },
};
