/**
 * Loads recycled seed files into a RecycledIndex, with the same file-level checks as
 * parts (size, checksum, header totals) and the id-order rule.
 */
import { crc32 } from 'node:zlib';
import { fmtId } from '../format/fmt.ts';
import { recId, recordProblem } from '../format/record.ts';
import { TotalsAccumulator, diffTotals } from '../format/totals.ts';
import type { Manifest } from '../manifest.ts';
import { RecycledIndex } from './recycled.ts';
import { labelsFor, openInput } from './inputs.ts';
import type { Report } from './report.ts';

export function loadRecycled(paths: string[], m: Manifest, report: Report, bufferBytes: number): RecycledIndex {
  const index = new RecycledIndex();
  const labels = labelsFor(paths);
  const sponsorIndex = new Map(m.original.sponsors.map((s, i) => [s.id, i]));
  paths.forEach((p, n) => {
    const f = openInput(p, labels[n], 'recycled', m, report, bufferBytes);
    if (f === 'not-found') report.add('PART_MISSING', `recycled file not found: ${p}`);
    if (!f || f === 'not-found') return;
    const r = f.reader;
    try {
      const h = r.header;
      const map = Int32Array.from(h.sponsors.map((s) => sponsorIndex.get(s.id) ?? -1));
      h.sponsors.forEach((s, i) => {
        if (map[i] < 0) report.add('RECYCLED_SPONSOR_MISMATCH', `${f.label}: sponsor ${s.id} is not a sponsor of the original`);
      });
      const fi = index.addFile({ label: f.label, machine: h.machineIndex ?? -1, sponsorMap: map });
      const totals = new TotalsAccumulator(h.sponsors.length);
      let crc = 0;
      let prev = 0;
      for (const b of r.batches()) {
        crc = crc32(b.bytes, crc);
        totals.addRange(b.words, 0, b.count);
        for (let i = 0; i < b.count; i++) {
          const why = recordProblem(b.words, i, 'recycled', h.sponsors.length);
          if (why) report.add('INVALID_RECORD', `${f.label}: record ${b.startIndex + i}: ${why}`);
          const id = recId(b.words, i);
          if (id <= prev) report.add('UNORDERED_RECORDS', `${f.label}: record ${b.startIndex + i}: ${fmtId(id)} not above ${fmtId(prev)}`);
          prev = Math.max(prev, id);
        }
        index.addBatch(fi, b.words, b.count, report);
      }
      if (r.availableRecords === h.recordCount && r.tornBytes === 0 && crc !== h.recordsCrc32) {
        report.add('CORRUPT_PART', `${f.label}: records checksum mismatch (records were altered)`);
      }
      const d = diffTotals(h.sponsors, totals.toSponsorTotals(h.sponsors.map((s) => s.id)));
      if (d.length > 0) report.add('TOTALS_MISMATCH', `${f.label}: records disagree with its header: ${d.slice(0, 4).join('; ')}`);
    } finally {
      r.close();
    }
  });
  return index;
}
