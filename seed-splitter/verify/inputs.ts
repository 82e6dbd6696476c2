/**
 * Opening the verify inputs: each part (or recycled file) is opened leniently, and
 * anything wrong with a file as a whole becomes a discrepancy instead of an error.
 */
import { SeedError, isSeedError } from '../errors.ts';
import { openSeedReader, type SeedReader } from '../format/reader.ts';
import type { SeedKindName } from '../format/layout.ts';
import type { Manifest } from '../manifest.ts';
import type { Report } from './report.ts';

export interface OpenedFile {
  path: string;
  label: string;
  reader: SeedReader;
}

/**
 * Opens a file that must be of `kind`; on failure reports it and returns null, or
 * 'not-found' (unreported: the caller knows which machine lacks its part).
 */
export function openInput(path: string, label: string, kind: SeedKindName, m: Manifest, report: Report, bufferBytes: number): OpenedFile | null | 'not-found' {
  let reader: SeedReader;
  try {
    reader = openSeedReader(path, { strict: false, bufferBytes, label });
  } catch (e) {
    if (!isSeedError(e)) throw e;
    if (e.code === 'FILE_NOT_FOUND') return 'not-found';
    if (e.code === 'TRUNCATED_HEADER') report.add('TRUNCATED_PART', `${label}: ${e.message}`);
    else if (e.code === 'FILE_IO') throw e;
    else report.add('CORRUPT_PART', `${label}: ${e.code}: ${e.message}`);
    return null;
  }
  const h = reader.header;
  const problems: string[] = [];
  if (h.kind !== kind) problems.push(`is a ${h.kind} file, expected ${kind}`);
  const ids = m.original.sponsors.map((s) => s.id);
  if (kind === 'part' && h.sponsors.map((s) => s.id).join('\n') !== ids.join('\n')) problems.push('sponsor table differs from the original');
  if (problems.length > 0) {
    report.add('CORRUPT_PART', `${label}: ${problems.join('; ')}`);
    reader.close();
    return null;
  }
  if (reader.availableRecords < h.recordCount || reader.tornBytes > 0) {
    report.add('TRUNCATED_PART', `${label}: header says ${h.recordCount} records, file holds ${reader.availableRecords} whole records${reader.tornBytes ? ` and ${reader.tornBytes} stray bytes` : ''}`);
  } else if (reader.availableRecords > h.recordCount) {
    report.add('CORRUPT_PART', `${label}: header says ${h.recordCount} records, file holds ${reader.availableRecords}`);
  }
  if (h.machineIndex === null || h.machineIndex >= m.machines.length) {
    report.add('UNKNOWN_PART', `${label}: machine index ${h.machineIndex ?? 'none'} is not in the manifest`);
  } else if (h.machineName !== m.machines[h.machineIndex].name) {
    report.add('UNKNOWN_PART', `${label}: header names machine ${h.machineName}, manifest has ${m.machines[h.machineIndex].name} at index ${h.machineIndex}`);
  }
  if (kind === 'part' && (h.originRecordsCrc32 !== m.original.recordsCrc32 || h.originRecordCount !== m.original.recordCount)) {
    report.add('UNKNOWN_PART', `${label}: cut from a different original (origin crc/count differ from the manifest)`);
  }
  return { path, label, reader };
}

export function requireOriginal(path: string, bufferBytes: number): SeedReader {
  const r = openSeedReader(path, { strict: false, bufferBytes });
  if (r.header.kind !== 'original') {
    r.close();
    throw new SeedError('WRONG_KIND', `${path}: is a ${r.header.kind} file, not an original`);
  }
  return r;
}

/** Labels: file base names, or full paths when two base names collide. */
export function labelsFor(paths: string[]): string[] {
  const base = paths.map((p) => p.split(/[\\/]/).pop() ?? p);
  const dup = new Set(base.filter((b, i) => base.indexOf(b) !== i));
  return paths.map((p, i) => (dup.has(base[i]) ? p : base[i]));
}
