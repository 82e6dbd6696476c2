/**
 * Per-packet reconciliation against the packet book (t_packet of every shard):
 * every packet the money side paid must be in the book as it was paid (sponsor,
 * amounts, shares, user), every book packet the book says was opened or refused
 * must have its seed row, and its open entry must be its book amount. Per sponsor,
 * the book's counts and cents per state replace the "unseen" remainder: what was
 * never opened is exactly the book's in-pool/issued packets.
 */
import Database from 'better-sqlite3';
import { packetIdToString } from '../../seed-splitter/index.ts';
import { setInNumericId } from '../../contracts/sets.ts';

export interface StateFigure { count: number; cents: number }
/** Per sponsor: state -> count and cents (A + B) of book packets; `seeded` = imported packets (not minted by the money side). */
export interface BookSponsor { seeded: StateFigure; minted: StateFigure; states: Record<string, StateFigure>; neverOpened: StateFigure }

export interface PaidSeed {
  sponsor_id: string; user_id: string; amount_cents: number; share_amount_cents: number; shares: number; state: string;
}

const add = (f: StateFigure, cents: number) => { f.count++; f.cents += cents; };
const zero = (): StateFigure => ({ count: 0, cents: 0 });

/** Minted by a money SET (any SET: the id carries it), not imported. */
function mintedHere(id: number): boolean {
  return setInNumericId(id) !== null;
}

interface BookRowJoined {
  id: number; sponsor_id: string; amount_cents: number; share_amount_cents: number; shares: number; state: string; user_id: string | null;
}

/**
 * Streams every shard's book. `paid`: the seed rows found in the day tables (live and archived), by packet id;
 * `openEntries`: Σ open ledger entries per packet. Differences name the packet.
 */
export function checkBook(files: string[], paid: Map<string, PaidSeed>, openEntries: Map<string, number>, diffs: string[],
  expiredRecords: Map<string, number> = new Map()): Map<string, BookSponsor> | null {
  const expiredSeen = new Set<string>();
  const mintedFrom = new Map<string, number>();
  const out = new Map<string, BookSponsor>();
  const inBook = new Set<string>();
  let any = false;
  for (const file of files) {
    const db = new Database(file, { readonly: true });
    try {
      if (!db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 't_packet'`).get()) continue;
      for (const m of db.prepare('SELECT recycled_from FROM t_packet WHERE recycled_from IS NOT NULL').pluck().all() as string[]) {
        mintedFrom.set(m, (mintedFrom.get(m) ?? 0) + 1);
      }
      const rows = db.prepare(`SELECT p.id, s.sponsor_id, p.amount_cents, p.share_amount_cents, p.shares, p.state, p.user_id
                               FROM t_packet p JOIN t_sponsor s ON s.idx = p.sponsor_idx`).iterate() as IterableIterator<BookRowJoined>;
      for (const r of rows) {
        any = true;
        const pid = packetIdToString(r.id);
        const cents = r.amount_cents + r.share_amount_cents;
        let sp = out.get(r.sponsor_id);
        if (!sp) out.set(r.sponsor_id, sp = { seeded: zero(), minted: zero(), states: {}, neverOpened: zero() });
        add(mintedHere(r.id) ? sp.minted : sp.seeded, cents);
        add(sp.states[r.state] ??= zero(), cents);
        if (r.state === 'expired') {
          // Issued, never opened, returned to the pool: no seed row, no ledger entry, one recycled record of its whole value.
          expiredSeen.add(pid);
          if (paid.has(pid)) diffs.push(`packet ${pid}: book says expired but it has a seed row (${paid.get(pid)!.state})`);
          if ((openEntries.get(pid) ?? 0) !== 0) diffs.push(`packet ${pid}: expired but has open entries`);
          if (expiredRecords.get(pid) !== cents) diffs.push(`packet ${pid}: expired (${cents}) but its recycled record holds ${expiredRecords.get(pid) ?? 'nothing'}`);
          continue;
        }
        if (r.state === 'in_pool' || r.state === 'issued') {
          if (!mintedHere(r.id)) add(sp.neverOpened, cents);
          if (paid.has(pid)) diffs.push(`packet ${pid}: book says ${r.state} but it has a seed row (${paid.get(pid)!.state})`);
          continue;
        }
        inBook.add(pid);
        const s = paid.get(pid);
        if (!s) { diffs.push(`packet ${pid}: book says ${r.state} but no seed row holds it`); continue; }
        if (s.sponsor_id !== r.sponsor_id || s.amount_cents !== r.amount_cents || s.share_amount_cents !== r.share_amount_cents || s.shares !== r.shares) {
          diffs.push(`packet ${pid}: paid as ${s.sponsor_id} ${s.amount_cents}+${s.share_amount_cents}/${s.shares} but the book holds ${r.sponsor_id} ${r.amount_cents}+${r.share_amount_cents}/${r.shares}`);
        }
        if (s.user_id !== r.user_id) diffs.push(`packet ${pid}: paid to ${s.user_id} but the book's owner is ${r.user_id}`);
        if (s.state !== r.state) diffs.push(`packet ${pid}: seed row ${s.state} but book ${r.state}`);
        const open = openEntries.get(pid) ?? 0;
        const want = r.state === 'opened' ? r.amount_cents : 0;
        if (open !== want) diffs.push(`packet ${pid}: open entries ${open} but the book amount for state ${r.state} is ${want}`);
      }
    } finally {
      db.close();
    }
  }
  if (!any) return null;
  for (const pid of expiredRecords.keys()) {
    if (!expiredSeen.has(pid)) diffs.push(`packet ${pid}: recycled as expired but the book does not say expired`);
    if (mintedFrom.get(pid) !== 1) diffs.push(`packet ${pid}: expired but re-minted ${mintedFrom.get(pid) ?? 0} times (once expected)`);
  }
  for (const pid of paid.keys()) if (!inBook.has(pid)) diffs.push(`packet ${pid}: paid but the book does not hold it as paid`);
  return out;
}
