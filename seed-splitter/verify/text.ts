/**
 * Human-readable verify report.
 */
import type { VerifyResult } from './index.ts';

const cents = (n: number): string => `${Math.floor(n / 100)}.${String(n % 100).padStart(2, '0')}`;

export function formatVerifyText(r: VerifyResult): string {
  const s = r.stats;
  const lines: string[] = [];
  lines.push(`verify (${s.mode === 'original' ? 'against the original' : 'against the manifest alone'}): ${s.parts} part file(s), ${s.partRecords} records, ${s.distinctIds} distinct ids` +
    (s.originalRecords !== null ? `, original ${s.originalRecords} records` : '') +
    (s.recycledRecords ? `, ${s.recycledRecords} recycled` : '') + (s.secondPass ? ' (second pass for out-of-order records)' : ''));
  for (const sp of r.sponsors) {
    lines.push(`  ${sp.id}: ${sp.count} packets, ${cents(sp.amountCents)} + ${cents(sp.shareAmountCents)} shared` +
      (sp.recycledCount ? `; recycled ${sp.recycledCount} packets, ${cents(sp.recycledAmountCents)}` : ''));
  }
  if (r.ok) {
    lines.push('OK: every packet is in exactly one part, nothing extra, totals and checksums match');
    return lines.join('\n') + '\n';
  }
  const total = r.discrepancies.reduce((a, d) => a + d.count, 0);
  lines.push(`FAILED: ${total} discrepancies`);
  for (const d of r.discrepancies) {
    lines.push(`${d.code}: ${d.count}`);
    for (const e of d.examples) lines.push(`  - ${e}`);
    if (d.count > d.examples.length) lines.push(`  ... and ${d.count - d.examples.length} more`);
  }
  return lines.join('\n') + '\n';
}
