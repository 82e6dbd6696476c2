/**
 * Reads every shard database of a show (live by-day tables and the archive)
 * into per-sponsor money figures and a list of differences found on the way
 * (per-group balance, ledger entries vs balances, caps vs seeds).
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { checkBook, type BookSponsor } from './book-check.ts';
import { FactTable, type EntryKind, type PaidSeed } from './facts.ts';

export interface SponsorFigures {
  openedCents: number; pendingShareCents: number; sharedCents: number; groupRemainingCents: number;
  grabbedCents: number; refundedCents: number; recycledRecordCount: number; recycledRecordCents: number;
  ledger: { open: number; share: number; grab: number; refund: number };
}

export interface ScanResult {
  shards: number;
  sponsors: Map<string, SponsorFigures>;
  differences: string[];
  counts: { seeds: number; groups: number; grabs: number; ledgerEntries: number; accounts: number; capRows: number };
  /** Per sponsor, the packet book's counts and cents per state. */
  book: Map<string, BookSponsor>;
  /** Operations that paid nothing because the book does not hold them as they say. */
  rejected: RejectedOp[];
}

export interface RejectedOp { opId: string; packetId: string; userId: string; sponsorId: string; amountCents: number; reason: string }

export const emptyFigures = (): SponsorFigures => ({
  openedCents: 0, pendingShareCents: 0,
  sharedCents: 0, groupRemainingCents: 0, grabbedCents: 0, refundedCents: 0, recycledRecordCount: 0, recycledRecordCents: 0,
  ledger: { open: 0, share: 0, grab: 0, refund: 0 },
});

export function shardFiles(dataDir: string): string[] {
  return readdirSync(dataDir).filter((f) => /^db_\d\d\.sqlite$/.test(f)).sort().map((f) => path.join(dataDir, f));
}

function dayTables(db: Database.Database, kind: string): string[] {
  const rows = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name GLOB ?`).all(`t_${kind}_*`) as { name: string }[];
  return rows.map((r) => r.name).filter((n) => /^t_[a-z]+_(\d\d|\d{8})$/.test(n));
}

type Row = Record<string, number | string>;

/** One money SET's data dir, or every SET's: one reconciliation over all their shards. */
export function scanShow(dataDir: string | readonly string[], caps: { perUser: number; perSponsor: number }): ScanResult {
  const files = (typeof dataDir === 'string' ? [dataDir] : dataDir).flatMap(shardFiles);
  const sponsors = new Map<string, SponsorFigures>();
  const fig = (s: string) => { let f = sponsors.get(s); if (!f) { f = emptyFigures(); sponsors.set(s, f); } return f; };
  const diffs: string[] = [];
  const seedState = new Map<string, string>();
  const facts = new FactTable();
  const rejected: RejectedOp[] = [];
  const capRows: Row[] = [];
  const counts = { seeds: 0, groups: 0, grabs: 0, ledgerEntries: 0, accounts: 0, capRows: 0 };
  for (const file of files) {
    const dbs = [new Database(file, { readonly: true })];
    const arch = file.replace(/\.sqlite$/, '.archive.sqlite');
    if (existsSync(arch)) dbs.push(new Database(arch, { readonly: true }));
    const ledgerByAccount = new Map<string, number>();
    const grabByGroup = new Map<string, { cents: number; n: number }>();
    const escrow = new Map<string, number>();
    const all = (kind: string, sql: (t: string) => string) => dbs.flatMap((db) => dayTables(db, kind).flatMap((t) => db.prepare(sql(t)).all() as Row[]));
    for (const g of all('grab', (t) => `SELECT group_id, count(*) AS n, sum(amount_cents) AS cents, min(amount_cents) AS lo FROM ${t} GROUP BY group_id`)) {
      const prev = grabByGroup.get(g.group_id as string) ?? { cents: 0, n: 0 };
      grabByGroup.set(g.group_id as string, { cents: prev.cents + (g.cents as number), n: prev.n + (g.n as number) });
      counts.grabs += g.n as number;
      if ((g.lo as number) < 1) diffs.push(`group ${g.group_id}: a grab below 1 cent`);
    }
    for (const s of all('seed', (t) => `SELECT * FROM ${t}`)) {
      counts.seeds++;
      const f = fig(s.sponsor_id as string);
      const a = s.amount_cents as number, b = s.share_amount_cents as number;
      seedState.set(s.packet_id as string, s.state as string);
      const pf = facts.of(s.packet_id as string);
      pf.seed = s as unknown as PaidSeed;
      pf.seedRows++;
      if (s.state === 'opened') f.openedCents += a;
      if (s.share_state === 'pending') f.pendingShareCents += b;
      if (s.share_state === 'shared') f.sharedCents += b;
    }
    for (const g of all('group', (t) => `SELECT * FROM ${t}`)) {
      counts.groups++;
      const f = fig(g.sponsor_id as string);
      const got = grabByGroup.get(g.group_id as string) ?? { cents: 0, n: 0 };
      grabByGroup.delete(g.group_id as string);
      f.groupRemainingCents += g.remaining_cents as number;
      f.grabbedCents += got.cents;
      f.refundedCents += g.refunded_cents as number;
      if (got.cents + (g.remaining_cents as number) + (g.refunded_cents as number) !== g.total_cents) {
        diffs.push(`group ${g.group_id}: total ${g.total_cents} != grabbed ${got.cents} + remaining ${g.remaining_cents} + refunded ${g.refunded_cents}`);
      }
      if (got.n !== (g.shares as number) - (g.remaining_count as number)) diffs.push(`group ${g.group_id}: ${got.n} grabs but ${g.shares}-${g.remaining_count} shares taken`);
      if (g.state === 'refunded' ? g.remaining_cents !== 0 : (g.remaining_count === 0) !== (g.state === 'empty')) diffs.push(`group ${g.group_id}: state ${g.state} inconsistent`);
      escrow.set(g.group_id as string, g.remaining_cents as number);
      facts.of(g.group_id as string).group = { total: g.total_cents as number, remaining: g.remaining_cents as number,
        refunded: g.refunded_cents as number, grabbed: got.cents, state: g.state as string };
    }
    for (const id of grabByGroup.keys()) diffs.push(`grabs for unknown group ${id}`);
    for (const e of all('ledger', (t) => `SELECT debit, credit, amount_cents, kind, sponsor_id, packet_id FROM ${t}`)) {
      counts.ledgerEntries++;
      const n = e.amount_cents as number;
      ledgerByAccount.set(e.debit as string, (ledgerByAccount.get(e.debit as string) ?? 0) - n);
      ledgerByAccount.set(e.credit as string, (ledgerByAccount.get(e.credit as string) ?? 0) + n);
      const k = e.kind as keyof SponsorFigures['ledger'];
      if (k in fig(e.sponsor_id as string).ledger) {
        fig(e.sponsor_id as string).ledger[k] += n;
        facts.entry(e.packet_id as string, k as EntryKind, n);
      } else diffs.push(`ledger entry of unknown kind ${String(k)}`);
    }
    for (const o of all('op', (t) => `SELECT op_id, packet_id FROM ${t} WHERE outcome = 'mismatch'`)) diffs.push(`operation ${o.op_id}: content differs from packet ${o.packet_id}`);
    const main = dbs[0];
    // Every account's balance row equals the sum of its ledger entries; a group's escrow equals what it still holds.
    for (const b of main.prepare('SELECT account, balance FROM t_balance').all() as { account: string; balance: number }[]) {
      counts.accounts++;
      const fromEntries = ledgerByAccount.get(b.account) ?? 0;
      ledgerByAccount.delete(b.account);
      if (fromEntries !== b.balance) diffs.push(`${path.basename(file)} account ${b.account}: balance ${b.balance} != entries ${fromEntries}`);
      if (b.account.startsWith('group:')) {
        const held = escrow.get(b.account.slice('group:'.length));
        if (held !== b.balance) diffs.push(`${b.account}: escrow ${b.balance} but group holds ${held ?? 'no group'}`);
      }
    }
    for (const [acct, v] of ledgerByAccount) if (v !== 0) diffs.push(`${path.basename(file)} account ${acct}: entries sum ${v} without a balance row`);
    for (const r of main.prepare('SELECT seq, packet_id, sponsor_id, amount_cents, reason FROM t_recycled').all() as Row[]) {
      const f = fig(r.sponsor_id as string);
      f.recycledRecordCount++;
      f.recycledRecordCents += r.amount_cents as number;
      const pf = facts.of(r.packet_id as string);
      pf.recycled = { n: (pf.recycled?.n ?? 0) + 1, cents: (pf.recycled?.cents ?? 0) + (r.amount_cents as number), reason: r.reason as string };
    }
    for (const c of main.prepare('SELECT * FROM t_cap').all() as Row[]) capRows.push(c);
    if (main.prepare(`SELECT 1 FROM sqlite_master WHERE name = 't_rejected'`).get()) {
      rejected.push(...main.prepare('SELECT op_id AS opId, packet_id AS packetId, user_id AS userId, sponsor_id AS sponsorId, amount_cents AS amountCents, reason FROM t_rejected').all() as RejectedOp[]);
    }
    for (const db of dbs) db.close();
  }
  counts.capRows = capRows.length;
  checkCaps(capRows, seedState, caps, diffs);
  const book = checkBook(files, facts, diffs);
  return { shards: files.length, sponsors, differences: diffs, counts, book, rejected };
}

function checkCaps(rows: Row[], seedState: Map<string, string>, caps: { perUser: number; perSponsor: number }, diffs: string[]): void {
  const perUser = new Map<string, number>();
  const perUserSponsor = new Map<string, number>();
  for (const c of rows) {
    const state = seedState.get(c.packet_id as string);
    if (state === undefined) diffs.push(`cap decision for packet ${c.packet_id} but no seed row (operation never applied)`);
    else if ((c.decision === 'admitted') !== (state === 'opened')) diffs.push(`packet ${c.packet_id}: cap decision ${c.decision} but seed state ${state}`);
    if (c.decision !== 'admitted') continue;
    const u = perUser.get(c.user_id as string) ?? 0;
    perUser.set(c.user_id as string, u + 1);
    const k = `${c.user_id}\u0000${c.sponsor_id}`;
    perUserSponsor.set(k, (perUserSponsor.get(k) ?? 0) + 1);
  }
  for (const [u, n] of perUser) if (n > caps.perUser) diffs.push(`user ${u}: ${n} packets admitted (cap ${caps.perUser})`);
  for (const [k, n] of perUserSponsor) if (n > caps.perSponsor) diffs.push(`user ${k.replace('\u0000', ' sponsor ')}: ${n} packets admitted (cap ${caps.perSponsor})`);
  const capped = new Set(rows.map((r) => r.packet_id as string));
  for (const id of seedState.keys()) if (!capped.has(id)) diffs.push(`packet ${id}: seed row without a cap decision`);
}
