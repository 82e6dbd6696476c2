/**
 * The split manifest (JSON): what every machine's part holds, with checksums and
 * per-sponsor totals, and the original's identity. No timestamps: the same split
 * gives a byte-identical manifest.
 */
import { readFileSync } from 'node:fs';
import { SeedError, fsError } from './errors.ts';
import type { SponsorTotals } from './format/header.ts';

export const MANIFEST_FORMAT = 'shake-seed-manifest';
export const MANIFEST_VERSION = 1;

export interface FileSummary {
  recordCount: number;
  bytes: number;
  headerCrc32: number;
  recordsCrc32: number;
  recordsSha256: string;
  firstId: number;
  lastId: number;
  totalAmountCents: number;
  totalShareAmountCents: number;
  sponsors: SponsorTotals[];
}

export interface ManifestPart extends FileSummary {
  index: number;
  name: string;
  weight: number;
  file: string;
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  manifestVersion: number;
  seedFormatVersion: number;
  /** Split rule: record at position p of the original goes to machines[schedule[p % cycle]]. */
  schedule: { method: 'stride-v1'; cycle: number };
  original: FileSummary & { file: string; idsDense: boolean };
  machines: ManifestPart[];
}

type Obj = Record<string, unknown>;

function bad(path: string, what: string): never {
  throw new SeedError('BAD_MANIFEST', `manifest ${path}: ${what}`);
}

/** The value as JSON, cut short: String() throws on an object whose toString is not a function. */
function shown(v: unknown): string {
  const text = JSON.stringify(v) ?? 'undefined';
  return text.length > 80 ? `${text.slice(0, 80)}…` : text;
}

function obj(v: unknown, p: string, f: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) bad(p, `${f} must be an object`);
  return v as Obj;
}
function int(o: Obj, k: string, p: string, f: string): number {
  const v = o[k];
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) bad(p, `${f}.${k} must be a non-negative integer`);
  return v;
}
function str(o: Obj, k: string, p: string, f: string): string {
  const v = o[k];
  if (typeof v !== 'string' || v.length === 0) bad(p, `${f}.${k} must be a non-empty string`);
  return v;
}

function sponsors(o: Obj, p: string, f: string): SponsorTotals[] {
  const a = o.sponsors;
  if (!Array.isArray(a)) bad(p, `${f}.sponsors must be an array`);
  return a.map((x, i) => {
    const s = obj(x, p, `${f}.sponsors[${i}]`);
    const g = `${f}.sponsors[${i}]`;
    return {
      id: str(s, 'id', p, g), count: int(s, 'count', p, g), amountCents: int(s, 'amountCents', p, g),
      shares: int(s, 'shares', p, g), shareAmountCents: int(s, 'shareAmountCents', p, g),
    };
  });
}

function summary(o: Obj, p: string, f: string): FileSummary {
  const sha = str(o, 'recordsSha256', p, f);
  if (!/^[0-9a-f]{64}$/.test(sha)) bad(p, `${f}.recordsSha256 must be 64 hex digits`);
  return {
    recordCount: int(o, 'recordCount', p, f), bytes: int(o, 'bytes', p, f),
    headerCrc32: int(o, 'headerCrc32', p, f), recordsCrc32: int(o, 'recordsCrc32', p, f), recordsSha256: sha,
    firstId: int(o, 'firstId', p, f), lastId: int(o, 'lastId', p, f),
    totalAmountCents: int(o, 'totalAmountCents', p, f), totalShareAmountCents: int(o, 'totalShareAmountCents', p, f),
    sponsors: sponsors(o, p, f),
  };
}

/** A name that stays inside the manifest's directory: no separator, not empty, not `.` or `..`. */
export function isPlainFileName(name: string): boolean {
  return name.length > 0 && name !== '.' && name !== '..' && !name.includes('/') && !name.includes('\\') && !name.includes('\0');
}

/** Reads and validates a manifest; any problem is a BAD_MANIFEST (or FILE_NOT_FOUND). */
export function readManifest(path: string): Manifest {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw fsError(e, path, 'cannot read manifest');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    bad(path, 'not valid JSON');
  }
  const m = obj(raw, path, 'manifest');
  if (m.format !== MANIFEST_FORMAT) bad(path, `format must be "${MANIFEST_FORMAT}"`);
  if (m.manifestVersion !== MANIFEST_VERSION) bad(path, `manifestVersion ${shown(m.manifestVersion)} unsupported (want ${MANIFEST_VERSION})`);
  const sfv = int(m, 'seedFormatVersion', path, 'manifest');
  const sch = obj(m.schedule, path, 'schedule');
  if (sch.method !== 'stride-v1') bad(path, 'schedule.method must be "stride-v1"');
  const cycle = int(sch, 'cycle', path, 'schedule');
  const o = obj(m.original, path, 'original');
  if (typeof o.idsDense !== 'boolean') bad(path, 'original.idsDense must be a boolean');
  const original = { ...summary(o, path, 'original'), file: str(o, 'file', path, 'original'), idsDense: o.idsDense };
  if (!Array.isArray(m.machines) || m.machines.length === 0) bad(path, 'machines must be a non-empty array');
  const machines = m.machines.map((x, i) => {
    const f = `machines[${i}]`;
    const e = obj(x, path, f);
    const part: ManifestPart = {
      index: int(e, 'index', path, f), name: str(e, 'name', path, f), weight: int(e, 'weight', path, f),
      file: str(e, 'file', path, f), ...summary(e, path, f),
    };
    if (part.index !== i) bad(path, `${f}.index must be ${i}`);
    if (part.weight < 1) bad(path, `${f}.weight must be at least 1`);
    if (!isPlainFileName(part.file)) bad(path, `${f}.file must be a plain file name`);
    return part;
  });
  if (new Set(machines.map((x) => x.name)).size !== machines.length) bad(path, 'duplicate machine names');
  return { format: MANIFEST_FORMAT, manifestVersion: MANIFEST_VERSION, seedFormatVersion: sfv, schedule: { method: 'stride-v1', cycle }, original, machines };
}
