/**
 * File-level checks after the first merge pass: checksums against the header and the
 * manifest, totals against the header and the manifest, and the grand totals.
 */
import { diffTotals, TotalsAccumulator } from '../format/totals.ts';
import type { Manifest } from '../manifest.ts';
import type { Report } from './report.ts';
import type { Source } from './source.ts';

function sizeOk(s: Source): boolean {
  const r = s.reader;
  return r.availableRecords === r.header.recordCount && r.tornBytes === 0;
}

export function checkPart(s: Source, m: Manifest, report: Report): void {
  const h = s.reader.header;
  const label = s.info.label;
  const ids = m.original.sponsors.map((x) => x.id);
  if (sizeOk(s) && s.crc !== h.recordsCrc32) report.add('CORRUPT_PART', `${label}: records checksum mismatch (records were altered)`);
  const recomputed = s.totals.toSponsorTotals(ids);
  const vsHeader = diffTotals(h.sponsors, recomputed);
  if (vsHeader.length > 0) report.add('TOTALS_MISMATCH', `${label}: records disagree with its header: ${vsHeader.slice(0, 4).join('; ')}`);
  const e = h.machineIndex !== null ? m.machines[h.machineIndex] : undefined;
  if (!e) return;
  const diffs: string[] = [];
  if (s.reader.fileSize !== e.bytes) diffs.push(`size ${s.reader.fileSize} != ${e.bytes}`);
  if (h.recordCount !== e.recordCount) diffs.push(`header count ${h.recordCount} != ${e.recordCount}`);
  if (h.headerCrc32 !== e.headerCrc32) diffs.push('header crc32');
  if (s.crc !== e.recordsCrc32) diffs.push('records crc32');
  if (s.sha256 !== e.recordsSha256) diffs.push('records sha256');
  if (diffs.length > 0) report.add('CHECKSUM_MISMATCH', `${label}: differs from the manifest entry of ${e.name}: ${diffs.join(', ')}`);
  const vsManifest = diffTotals(e.sponsors, recomputed);
  if (vsManifest.length > 0) report.add('TOTALS_MISMATCH', `${label}: totals differ from the manifest entry of ${e.name}: ${vsManifest.slice(0, 4).join('; ')}`);
}

export function checkOriginal(s: Source, m: Manifest, report: Report): void {
  const h = s.reader.header;
  const o = m.original;
  const diffs: string[] = [];
  if (!sizeOk(s)) diffs.push(`file holds ${s.reader.availableRecords} records, header says ${h.recordCount}`);
  if (h.recordCount !== o.recordCount) diffs.push(`count ${h.recordCount} != ${o.recordCount}`);
  if (h.headerCrc32 !== o.headerCrc32) diffs.push('header crc32');
  if (s.crc !== h.recordsCrc32) diffs.push('records crc32 differs from its header (corrupt)');
  if (s.crc !== o.recordsCrc32) diffs.push('records crc32');
  if (s.sha256 !== o.recordsSha256) diffs.push('records sha256');
  const t = diffTotals(o.sponsors, s.totals.toSponsorTotals(o.sponsors.map((x) => x.id)));
  if (t.length > 0) diffs.push(`totals: ${t.slice(0, 4).join('; ')}`);
  if (diffs.length > 0) report.add('ORIGINAL_MISMATCH', `${s.info.label} is not the original of this manifest: ${diffs.join(', ')}`);
}

export function checkGrandTotals(parts: Source[], m: Manifest, report: Report): TotalsAccumulator {
  const ids = m.original.sponsors.map((x) => x.id);
  const all = new TotalsAccumulator(ids.length);
  for (const p of parts) all.addAll(p.totals);
  const t = diffTotals(m.original.sponsors, all.toSponsorTotals(ids));
  for (const d of t) report.add('TOTALS_MISMATCH', `all parts together: ${d}`);
  return all;
}
