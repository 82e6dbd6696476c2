/**
 * The show's money, per sponsor and per packet (see packet-service/README.md).
 * Every packet of the packet book is in one state, and its records match that
 * state (checked packet by packet in book-check.ts). Per sponsor:
 *   seeded (the book's imported packets) = the seed totals, count and cents
 *   seeded + minted = Σ over states (count and cents, A + B each)
 *   minted = recycled records (each recycled or expired packet's money is one new packet)
 *   seed cents = opened + awaiting share + in groups + grabbed + refunded + pool
 * where pool is the value of every in_pool or issued packet (minted ones included)
 * and every other term is read from its own table. No term is a remainder.
 */
import type { ScanResult, SponsorFigures } from './scan.ts';
import { emptyFigures } from './scan.ts';
import type { SponsorSeedTotal } from './seed-totals.ts';
import { emptyBookSponsor, type StateFigure } from './book-check.ts';

export interface SponsorLine {
  sponsorId: string; seedCount: number; seedCents: number;
  /** Count and cents (A + B) of the sponsor's book packets in each state, imported and minted together. */
  states: Record<string, StateFigure>;
  /** Packets the money side minted for recycled money (their value is counted in `states` too). */
  minted: StateFigure;
  opened: number; awaitingShare: number; inGroups: number; grabbed: number; refunded: number;
  /** Money returned to the pool by recycled records (recycled and expired packets); it is the minted packets' value. */
  recycled: number;
  /** Value of the in_pool and issued packets: money not yet paid out nor escrowed. */
  pool: number;
  difference: number;
}

export interface Report {
  ok: boolean; lines: SponsorLine[]; differences: string[];
  /** Packet ids named by the differences, sorted, once each. */
  packets: string[];
  scan: ScanResult;
}

const sumOf = (states: Record<string, StateFigure>): StateFigure =>
  Object.values(states).reduce((a, s) => ({ count: a.count + s.count, cents: a.cents + s.cents }), { count: 0, cents: 0 });

function sponsorLine(sponsorId: string, scan: ScanResult, t: SponsorSeedTotal, differences: string[]): SponsorLine {
  const f: SponsorFigures = scan.sponsors.get(sponsorId) ?? emptyFigures();
  const b = scan.book.get(sponsorId) ?? emptyBookSponsor();
  const diff = (what: string) => differences.push(`sponsor ${sponsorId}: ${what}`);
  const mirror = (what: string, ledger: number, state: number) => {
    if (ledger !== state) diff(`ledger ${what} ${ledger} != ${what} in state tables ${state}`);
  };
  mirror('open', f.ledger.open, f.openedCents);
  mirror('share', f.ledger.share, f.sharedCents);
  mirror('share (groups)', f.ledger.share, f.groupRemainingCents + f.grabbedCents + f.refundedCents);
  mirror('grab', f.ledger.grab, f.grabbedCents);
  mirror('refund', f.ledger.refund, f.refundedCents);
  if (b.seeded.count !== t.count || b.seeded.cents !== t.amountCents) {
    diff(`the book holds ${b.seeded.count} seeded packets (${b.seeded.cents}) but the seed totals say ${t.count} (${t.amountCents})`);
  }
  const all = sumOf(b.states);
  if (all.count !== b.seeded.count + b.minted.count || all.cents !== b.seeded.cents + b.minted.cents) {
    diff(`states hold ${all.count} packets (${all.cents}) but seeded + minted is ${b.seeded.count + b.minted.count} (${b.seeded.cents + b.minted.cents})`);
  }
  if (b.minted.count !== f.recycledRecordCount || b.minted.cents !== f.recycledRecordCents) {
    diff(`${b.minted.count} packets minted (${b.minted.cents}) but ${f.recycledRecordCount} recycled records (${f.recycledRecordCents})`);
  }
  const pool = (b.states.in_pool?.cents ?? 0) + (b.states.issued?.cents ?? 0);
  const accounted = f.ledger.open + f.pendingShareCents + f.groupRemainingCents + f.grabbedCents + f.ledger.refund + pool;
  const difference = t.amountCents - accounted;
  if (difference !== 0) diff(`seed total ${t.amountCents} != accounted ${accounted} (difference ${difference})`);
  return {
    sponsorId, seedCount: t.count, seedCents: t.amountCents, states: b.states, minted: b.minted, opened: f.ledger.open,
    awaitingShare: f.pendingShareCents, inGroups: f.groupRemainingCents, grabbed: f.grabbedCents, refunded: f.ledger.refund,
    recycled: f.recycledRecordCents, pool, difference,
  };
}

export function reconcile(scan: ScanResult, totals: Map<string, SponsorSeedTotal>): Report {
  const differences = [...scan.differences];
  const ids = [...new Set([...totals.keys(), ...scan.sponsors.keys(), ...scan.book.keys()])].sort();
  const lines = ids.map((sponsorId) => {
    if (!totals.has(sponsorId)) differences.push(`sponsor ${sponsorId}: in the book or moved money but not in the seed totals`);
    return sponsorLine(sponsorId, scan, totals.get(sponsorId) ?? { count: 0, amountCents: 0 }, differences);
  });
  const packets = [...new Set(differences.flatMap((d) => /^packet (\S+)/.exec(d)?.[1] ?? []))].sort();
  return { ok: differences.length === 0, lines, differences, packets, scan };
}

const COLS: [keyof SponsorLine, string][] = [
  ['sponsorId', 'sponsor'], ['seedCount', 'seeds'], ['seedCents', 'seed total'], ['opened', 'opened'], ['awaitingShare', 'await share'],
  ['inGroups', 'in groups'], ['grabbed', 'grabbed'], ['refunded', 'refunded'], ['pool', 'pool'], ['recycled', 'recycled'], ['difference', 'diff'],
];

export function formatReport(r: Report, source: string): string {
  const rows = [COLS.map(([, h]) => h), ...r.lines.map((l) => COLS.map(([k]) => String(l[k])))];
  const w = COLS.map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const out = [`reconciliation: ${r.scan.shards} shards, seed totals from ${source}`,
    `rows: ${JSON.stringify(r.scan.counts)}`, ''];
  for (const row of rows) out.push(row.map((c, i) => (i === 0 ? c.padEnd(w[i]) : c.padStart(w[i]))).join('  '));
  out.push('', 'packets per state (count / cents, A + B; imported and minted):');
  for (const l of r.lines) {
    const states = Object.entries(l.states).map(([k, v]) => `${k} ${v.count}/${v.cents}`).join('  ');
    const b = r.scan.book.get(l.sponsorId);
    out.push(`  ${l.sponsorId}: seeded ${b?.seeded.count ?? 0}/${b?.seeded.cents ?? 0}  minted ${l.minted.count}/${l.minted.cents}  ${states}`);
  }
  if (r.scan.rejected.length) {
    out.push('', `rejected operations (paid nothing): ${r.scan.rejected.length}`);
    for (const x of r.scan.rejected.slice(0, 50)) out.push(`  - ${x.opId}: packet ${x.packetId} user ${x.userId} sponsor ${x.sponsorId} ${x.amountCents}: ${x.reason}`);
  }
  out.push('', r.ok ? 'OK: every cent accounted for; every packet in one state, its records matching it'
    : `DIFFERENCES (${r.differences.length}, ${r.packets.length} packets named):`);
  for (const d of r.differences.slice(0, 200)) out.push(`  - ${d}`);
  if (r.differences.length > 200) out.push(`  ... ${r.differences.length - 200} more`);
  return out.join('\n');
}

/**
 * The CLI's --json shape (kept stable: drills and tests read it): ok; differences (strings, a packet's
 * start "packet <id>"); packets (the ids they name); lines (one per sponsor, with states); book (per
 * sponsor seeded/minted/states); counts (rows read); rejected (operations that paid nothing).
 */
export function reportJson(r: Report): Record<string, unknown> {
  return { ok: r.ok, differences: r.differences, packets: r.packets, lines: r.lines, book: Object.fromEntries(r.scan.book),
    counts: r.scan.counts, rejected: r.scan.rejected };
}
