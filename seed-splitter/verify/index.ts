/**
 * `verify`: proves a split is exact. Inputs: the manifest, the parts (default: the
 * files the manifest names, next to it), optionally the original and recycled files.
 * Pass 1 merges everything by id while checksumming and totalling each file; if some
 * file had records out of id order, pass 2 re-runs the merge with those records fed
 * from a sorted side list, so every record is classified exactly.
 */
import { dirname, join } from 'node:path';
import { SeedError } from '../errors.ts';
import { FORMAT_VERSION } from '../format/layout.ts';
import { openSeedReader } from '../format/reader.ts';
import { readManifest, type Manifest } from '../manifest.ts';
import { buildSchedule } from '../schedule.ts';
import { Report, type DiscrepancySummary } from './report.ts';
import { Source, type RejectFn } from './source.ts';
import { SideList, SideSource } from './side.ts';
import { runMerge } from './merge.ts';
import { RecycledIndex } from './recycled.ts';
import { checkGrandTotals, checkOriginal, checkPart } from './checks.ts';
import { labelsFor, openInput, requireOriginal, type OpenedFile } from './inputs.ts';
import { loadRecycled } from './load-recycled.ts';

export interface VerifyOptions {
  manifestPath: string;
  original?: string;
  parts?: string[];
  recycled?: string[];
  maxExamples?: number;
  bufferBudgetBytes?: number;
}

export interface VerifyResult {
  ok: boolean;
  discrepancies: DiscrepancySummary[];
  stats: {
    mode: 'original' | 'manifest';
    parts: number;
    partRecords: number;
    originalRecords: number | null;
    distinctIds: number;
    recycledRecords: number;
    secondPass: boolean;
  };
  sponsors: { id: string; count: number; amountCents: number; shareAmountCents: number; recycledCount: number; recycledAmountCents: number }[];
}

export function verifySplit(o: VerifyOptions): VerifyResult {
  const m: Manifest = readManifest(o.manifestPath);
  if (m.seedFormatVersion !== FORMAT_VERSION) {
    throw new SeedError('UNSUPPORTED_VERSION', `manifest is for seed format ${m.seedFormatVersion}, this tool reads ${FORMAT_VERSION}`);
  }
  const schedule = buildSchedule(m.machines.map((x) => x.weight));
  if (schedule.length !== m.schedule.cycle) throw new SeedError('BAD_MANIFEST', 'schedule cycle does not match the machine weights');
  const partPaths = o.parts ?? m.machines.map((x) => join(dirname(o.manifestPath), x.file));
  const inputsCount = partPaths.length + (o.original ? 1 : 0);
  const bufferBytes = Math.min(4 << 20, Math.max(64 << 10, Math.floor((o.bufferBudgetBytes ?? 64 << 20) / Math.max(1, inputsCount))));
  const fileReport = new Report(o.maxExamples ?? 20);
  const opened: OpenedFile[] = [];
  const readers: { close(): void }[] = [];
  try {
    const originalReader = o.original ? requireOriginal(o.original, bufferBytes) : null;
    if (originalReader) readers.push(originalReader);
    const labels = labelsFor(partPaths);
    const notFound = new Set<number>();
    partPaths.forEach((p, i) => {
      const f = openInput(p, labels[i], 'part', m, fileReport, bufferBytes);
      if (f === 'not-found') notFound.add(i);
      else if (f) { opened.push(f); readers.push(f.reader); }
    });
    const claims = new Map<number, string[]>();
    for (const f of opened) {
      const mi = f.reader.header.machineIndex ?? -1;
      claims.set(mi, [...(claims.get(mi) ?? []), f.label]);
    }
    for (const [mi, ls] of claims) if (ls.length > 1 && mi >= 0) {
      fileReport.add('PART_ASSIGNED_TWICE', `${ls.join(' and ')} all hold the part of ${m.machines[mi]?.name ?? `#${mi}`}`);
    }
    if (o.parts) for (const i of notFound) fileReport.add('PART_MISSING', `file not found: ${partPaths[i]}`);
    m.machines.forEach((e, i) => {
      if (claims.has(i)) return;
      const why = !o.parts && notFound.has(i) ? `its file ${e.file} is not there` : 'no input holds it';
      fileReport.add('PART_MISSING', `no part for machine ${e.name}: ${why}`);
    });
    const recycled = o.recycled && o.recycled.length > 0 ? loadRecycled(o.recycled, m, fileReport, bufferBytes) : null;

    const side = new SideList();
    const makeSources = (first: boolean, onReject: RejectFn | null): Source[] => {
      const list: Source[] = [];
      const reopen = (path: string, label: string) => (first ? null : openSeedReader(path, { strict: false, bufferBytes, label }));
      if (o.original) {
        const r = first ? originalReader! : reopen(o.original, o.original)!;
        if (!first) readers.push(r);
        list.push(new Source(list.length, { label: o.original, machine: -1, isOriginal: true }, r, first, onReject, fileReport));
      }
      for (const f of opened) {
        const r = first ? f.reader : reopen(f.path, f.label)!;
        if (!first) readers.push(r);
        list.push(new Source(list.length, { label: f.label, machine: f.reader.header.machineIndex ?? -1, isOriginal: false }, r, first, onReject, fileReport));
      }
      return list;
    };
    const dense = !o.original && m.original.idsDense && m.original.recordCount > 0 ? { first: m.original.firstId, last: m.original.lastId } : null;
    const names = m.machines.map((x) => x.name);
    const sources = makeSources(true, (src, w, i, pos) => side.add(src, w, i, pos));
    recycled?.prepare();
    let recordReport = new Report(fileReport.limit);
    let stats = runMerge({ sources, side: null, hasOriginal: !!o.original, schedule, dense, machineNames: names, report: recordReport, recycled });

    const partSources = sources.filter((s) => !s.info.isOriginal);
    for (const s of partSources) checkPart(s, m, fileReport);
    if (o.original) checkOriginal(sources[0], m, fileReport);
    const all = checkGrandTotals(partSources, m, fileReport);
    for (const s of sources) if (s.rejected > 0) fileReport.add('UNORDERED_RECORDS', `${s.info.label}: ${s.rejected} record(s) out of id order`);
    if (side.overflow > 0) fileReport.add('UNORDERED_RECORDS', `${side.overflow} further out-of-order records were not merged (limit reached); their ids may show as missing`);

    const secondPass = side.n > 0;
    if (secondPass) {
      recordReport = new Report(fileReport.limit);
      recycled?.prepare();
      const again = makeSources(false, null);
      stats = runMerge({ sources: again, side: new SideSource(side), hasOriginal: !!o.original, schedule, dense, machineNames: names, report: recordReport, recycled });
    }
    recycled?.finish(recordReport);
    fileReport.merge(recordReport);
    const rt = recycled?.totals(m.original.sponsors.length);
    return {
      ok: fileReport.ok,
      discrepancies: fileReport.summary(),
      stats: {
        mode: o.original ? 'original' : 'manifest',
        parts: opened.length,
        partRecords: stats.partRecords,
        originalRecords: originalReader ? originalReader.availableRecords : null,
        distinctIds: stats.ids,
        recycledRecords: recycled?.n ?? 0,
        secondPass,
      },
      sponsors: m.original.sponsors.map((s, i) => ({
        id: s.id, count: all.count[i], amountCents: all.amount[i], shareAmountCents: all.shareAmount[i],
        recycledCount: rt?.count[i] ?? 0, recycledAmountCents: rt ? rt.amountCents[i] + rt.shareAmountCents[i] : 0,
      })),
    };
  } finally {
    for (const r of readers) r.close();
  }
}
