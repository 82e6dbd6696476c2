/**
 * The show's money identity, per sponsor (see packet-service/README.md):
 *   seed total = opened + awaiting share + in group packets + grabbed + refunded
 *              + recycled/refused not yet re-issued + unseen (still in pools, or issued and never opened)
 * Each term comes from a different table (ledger, seeds, groups, grabs, recycled), and the
 * ledger kinds are checked against the state tables they mirror.
 */
import type { ScanResult, SponsorFigures } from './scan.ts';
import { emptyFigures } from './scan.ts';
import type { SponsorSeedTotal } from './seed-totals.ts';

export interface SponsorLine {
  sponsorId: string; seedCount: number; seedCents: number;
  opened: number; awaitingShare: number; inGroups: number; grabbed: number; refunded: number;
  recycledOutstanding: number; unseen: number; unseenCount: number; difference: number;
}

export interface Report { ok: boolean; lines: SponsorLine[]; differences: string[]; scan: ScanResult }

export function reconcile(scan: ScanResult, totals: Map<string, SponsorSeedTotal>): Report {
  const differences = [...scan.differences];
  const ids = [...new Set([...totals.keys(), ...scan.sponsors.keys()])].sort();
  const lines = ids.map((sponsorId): SponsorLine => {
    const f: SponsorFigures = scan.sponsors.get(sponsorId) ?? emptyFigures();
    const t = totals.get(sponsorId) ?? { count: 0, amountCents: 0 };
    if (!totals.has(sponsorId)) differences.push(`sponsor ${sponsorId}: money moved but not in the seed totals`);
    const mirror = (what: string, ledger: number, state: number) => {
      if (ledger !== state) differences.push(`sponsor ${sponsorId}: ledger ${what} ${ledger} != ${what} in state tables ${state}`);
    };
    mirror('open', f.ledger.open, f.openedCents);
    mirror('share', f.ledger.share, f.sharedCents);
    mirror('share (groups)', f.ledger.share, f.groupRemainingCents + f.grabbedCents + f.refundedCents);
    mirror('grab', f.ledger.grab, f.grabbedCents);
    mirror('refund', f.ledger.refund, f.refundedCents);
    const recycledOutstanding = f.recycledRecordCents - f.seenRecycledCents;
    const unseen = t.amountCents - f.seenOriginalCents;
    const unseenCount = t.count - f.seenOriginalCount;
    if (recycledOutstanding < 0) differences.push(`sponsor ${sponsorId}: recycled packets seen (${f.seenRecycledCents}) exceed money recycled (${f.recycledRecordCents})`);
    if (unseen < 0 || unseenCount < 0) differences.push(`sponsor ${sponsorId}: more seen (${f.seenOriginalCount} packets, ${f.seenOriginalCents}) than seeded (${t.count}, ${t.amountCents})`);
    // Every unseen packet is worth at least one cent, and no packets unseen means no money unseen.
    if (unseenCount >= 0 && unseen >= 0 && (unseenCount === 0 ? unseen !== 0 : unseen < unseenCount)) {
      differences.push(`sponsor ${sponsorId}: ${unseenCount} unseen packets cannot hold ${unseen} cents`);
    }
    const b = scan.book?.get(sponsorId);
    if (scan.book) {
      // The book is per packet: what was seeded is what it holds, and "unseen" is exactly its never-opened packets.
      const seeded = b?.seeded ?? { count: 0, cents: 0 };
      if (seeded.count !== t.count || seeded.cents !== t.amountCents) {
        differences.push(`sponsor ${sponsorId}: the book holds ${seeded.count} seeded packets (${seeded.cents}) but the seed totals say ${t.count} (${t.amountCents})`);
      }
      const never = b?.neverOpened ?? { count: 0, cents: 0 };
      if (never.count !== unseenCount || never.cents !== unseen) {
        differences.push(`sponsor ${sponsorId}: ${unseenCount} packets (${unseen}) unaccounted by the seed rows but the book has ${never.count} (${never.cents}) never opened`);
      }
    }
    const accounted = f.ledger.open + f.pendingShareCents + f.groupRemainingCents + f.grabbedCents + f.ledger.refund + recycledOutstanding + unseen;
    const difference = t.amountCents - accounted;
    if (difference !== 0) differences.push(`sponsor ${sponsorId}: seed total ${t.amountCents} != accounted ${accounted} (difference ${difference})`);
    return {
      sponsorId, seedCount: t.count, seedCents: t.amountCents, opened: f.ledger.open, awaitingShare: f.pendingShareCents,
      inGroups: f.groupRemainingCents, grabbed: f.grabbedCents, refunded: f.ledger.refund, recycledOutstanding, unseen, unseenCount, difference,
    };
  });
  return { ok: differences.length === 0, lines, differences, scan };
}

const COLS: [keyof SponsorLine, string][] = [
  ['sponsorId', 'sponsor'], ['seedCount', 'seeds'], ['seedCents', 'seed total'], ['opened', 'opened'], ['awaitingShare', 'await share'],
  ['inGroups', 'in groups'], ['grabbed', 'grabbed'], ['refunded', 'refunded'], ['recycledOutstanding', 'recycled'],
  ['unseen', 'unseen'], ['difference', 'diff'],
];

export function formatReport(r: Report, source: string): string {
  const rows = [COLS.map(([, h]) => h), ...r.lines.map((l) => COLS.map(([k]) => String(l[k])))];
  const w = COLS.map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const out = [`reconciliation: ${r.scan.shards} shards, seed totals from ${source}`,
    `rows: ${JSON.stringify(r.scan.counts)}`, ''];
  for (const row of rows) out.push(row.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  '));
  if (r.scan.book) {
    out.push('', 'packet book (count / cents per state):');
    for (const [sponsorId, b] of [...r.scan.book].sort(([a], [c]) => a.localeCompare(c))) {
      const states = Object.entries(b.states).sort().map(([k, v]) => `${k} ${v.count}/${v.cents}`).join('  ');
      out.push(`  ${sponsorId}: seeded ${b.seeded.count}/${b.seeded.cents}  minted ${b.minted.count}/${b.minted.cents}  ${states}`);
    }
  }
  if (r.scan.rejected.length) {
    out.push('', `rejected operations (paid nothing): ${r.scan.rejected.length}`);
    for (const x of r.scan.rejected.slice(0, 50)) out.push(`  - ${x.opId}: packet ${x.packetId} user ${x.userId} sponsor ${x.sponsorId} ${x.amountCents}: ${x.reason}`);
  }
  out.push('', r.ok ? 'OK: every cent accounted for' : `DIFFERENCES (${r.differences.length}):`);
  for (const d of r.differences.slice(0, 200)) out.push(`  - ${d}`);
  if (r.differences.length > 200) out.push(`  ... ${r.differences.length - 200} more`);
  return out.join('\n');
}
