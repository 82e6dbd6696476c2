/**
 * `split`: cuts an original seed file into one part per machine by the stride-v1
 * schedule (see schedule.ts) and writes a manifest. Output is a directory that appears
 * atomically (built under a temporary name, renamed at the end); identical input gives
 * byte-identical output.
 */
import { basename, join } from 'node:path';
import { createHash } from 'node:crypto';
import { SeedError } from './errors.ts';
import { openSeedReader } from './format/reader.ts';
import { recId, recordProblem } from './format/record.ts';
import { SeedWriter, type WriteResult } from './format/writer.ts';
import { TotalsAccumulator, diffTotals } from './format/totals.ts';
import { FORMAT_VERSION } from './format/layout.ts';
import { buildSchedule } from './schedule.ts';
import { checkMachines, type Machine } from './machines.ts';
import { MANIFEST_FORMAT, MANIFEST_VERSION, type FileSummary, type Manifest } from './manifest.ts';
import { makeTempDir, publishDir, removeQuietly, writeFileSynced } from './atomic.ts';

export interface SplitOptions {
  input: string;
  outDir: string;
  machines: Machine[];
  /** Total bytes of output buffers shared by all parts (default 64 MiB). */
  bufferBudgetBytes?: number;
}

export interface SplitResult {
  manifest: Manifest;
  manifestPath: string;
}

export const MANIFEST_NAME = 'manifest.json';

function summaryOf(r: WriteResult): FileSummary {
  const h = r.header;
  return {
    recordCount: h.recordCount, bytes: r.bytes, headerCrc32: h.headerCrc32, recordsCrc32: h.recordsCrc32,
    recordsSha256: r.recordsSha256, firstId: h.firstId, lastId: h.lastId,
    totalAmountCents: h.totalAmountCents, totalShareAmountCents: h.totalShareAmountCents, sponsors: h.sponsors,
  };
}

export function splitSeedFile(o: SplitOptions): SplitResult {
  checkMachines(o.machines, 'machine list');
  const schedule = buildSchedule(o.machines.map((m) => m.weight));
  const reader = openSeedReader(o.input);
  const writers: SeedWriter[] = [];
  let tmp = '';
  try {
    const h = reader.header;
    if (h.kind !== 'original') throw new SeedError('WRONG_KIND', `${o.input}: is a ${h.kind} file, split needs an original`);
    tmp = makeTempDir(o.outDir);
    const per = Math.min(1 << 20, (h.recordCount + 1) * 32, Math.max(32 << 10, Math.floor((o.bufferBudgetBytes ?? 64 << 20) / o.machines.length)));
    const sponsorIds = h.sponsors.map((s) => s.id);
    o.machines.forEach((m, i) => writers.push(new SeedWriter(join(tmp, `${m.name}.seed`), {
      kind: 'part', sponsors: sponsorIds, machineIndex: i, machineName: m.name,
      originRecordsCrc32: h.recordsCrc32, originRecordCount: h.recordCount, bufferBytes: per, atomic: false,
    })));
    const sha = createHash('sha256');
    const sc = sponsorIds.length;
    const cycle = schedule.length;
    let slot = 0;
    let prev = 0;
    let dense = true;
    const firstRecord = new Uint32Array(8);
    for (const b of reader.batches()) {
      sha.update(b.bytes);
      const w = b.words;
      if (b.startIndex === 0) firstRecord.set(w.subarray(0, 8));
      for (let i = 0; i < b.count; i++) {
        const id = recId(w, i);
        if (id <= prev) throw new SeedError('UNORDERED_RECORDS', `${o.input}: record ${b.startIndex + i}: id ${id} not above ${prev}`);
        if (id !== prev + 1 && prev !== 0) dense = false;
        prev = id;
        const why = recordProblem(w, i, 'original', sc);
        if (why) throw new SeedError('INVALID_RECORD', `${o.input}: record ${b.startIndex + i}: ${why}`);
        writers[schedule[slot]].appendRaw(w, i);
        if (++slot === cycle) slot = 0;
      }
    }
    const parts = writers.map((w) => w.finish());
    const sum = new TotalsAccumulator(sc);
    for (const w of writers) sum.addAll(w.totals);
    const diff = diffTotals(h.sponsors, sum.toSponsorTotals(sponsorIds));
    if (h.recordCount > 0 && (h.firstId !== recId(firstRecord, 0) || h.lastId !== prev)) diff.push('header id range disagrees with records');
    if (diff.length > 0) throw new SeedError('TOTALS_MISMATCH', `${o.input}: header disagrees with its records: ${diff.slice(0, 5).join('; ')}`);
    const manifest: Manifest = {
      format: MANIFEST_FORMAT,
      manifestVersion: MANIFEST_VERSION,
      seedFormatVersion: FORMAT_VERSION,
      schedule: { method: 'stride-v1', cycle },
      original: {
        file: basename(o.input), idsDense: dense,
        recordCount: h.recordCount, bytes: reader.fileSize, headerCrc32: h.headerCrc32, recordsCrc32: h.recordsCrc32,
        recordsSha256: sha.digest('hex'), firstId: h.firstId, lastId: h.lastId,
        totalAmountCents: h.totalAmountCents, totalShareAmountCents: h.totalShareAmountCents, sponsors: h.sponsors,
      },
      machines: o.machines.map((m, i) => ({ index: i, name: m.name, weight: m.weight, file: `${m.name}.seed`, ...summaryOf(parts[i]) })),
    };
    writeFileSynced(join(tmp, MANIFEST_NAME), JSON.stringify(manifest, null, 2) + '\n');
    publishDir(tmp, o.outDir);
    tmp = '';
    return { manifest, manifestPath: join(o.outDir, MANIFEST_NAME) };
  } finally {
    reader.close();
    for (const w of writers) w.abort();
    if (tmp) removeQuietly(tmp);
  }
}
