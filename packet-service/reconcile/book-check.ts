/**
 * Per-packet reconciliation against the packet book (t_packet of every shard):
 * each packet's records must be what its one state says (reconcile/packet-rules.ts),
 * and every record of money must belong to a packet of the book. Per sponsor, the
 * book gives counts and cents per state: nothing is a remainder.
 */
import Database from 'better-sqlite3';
import { packetIdToString } from '../../seed-splitter/index.ts';
import { setInNumericId } from '../../contracts/sets.ts';
import { PACKET_STATES } from '../shard/packet-states.ts';
import { addSum, type FactTable } from './facts.ts';
import { packetDifferences, type BookPacket } from './packet-rules.ts';

export interface StateFigure { count: number; cents: number }
/**
 * Per sponsor: count and cents (A + B) of its book packets per state; `seeded` = the
 * imported ones, `minted` = those the money side minted for recycled money. Σ states = seeded + minted.
 */
export interface BookSponsor { seeded: StateFigure; minted: StateFigure; states: Record<string, StateFigure> }

const add = (f: StateFigure, cents: number) => { f.count++; f.cents += cents; };
const zero = (): StateFigure => ({ count: 0, cents: 0 });

export const emptyBookSponsor = (): BookSponsor =>
  ({ seeded: zero(), minted: zero(), states: Object.fromEntries(PACKET_STATES.map((s) => [s, zero()])) });

/** Minted by a money SET (any SET: the id carries it), not imported. */
function mintedHere(id: number): boolean {
  return setInNumericId(id) !== null;
}

interface BookRowJoined extends BookPacket { id: number; recycled_from: string | null }

/**
 * Every mint, before any packet is checked: a mint lives in the shard of the packet it was minted
 * from, or in another SET's book when that SET was the one open for new packets (mint-ops.ts).
 */
function gatherMints(files: string[], facts: FactTable): void {
  for (const file of files) {
    const db = new Database(file, { readonly: true });
    try {
      if (!db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 't_packet'`).get()) continue;
      for (const m of db.prepare('SELECT recycled_from, amount_cents + share_amount_cents AS cents FROM t_packet WHERE recycled_from IS NOT NULL').iterate() as
        IterableIterator<{ recycled_from: string; cents: number }>) {
        const f = facts.of(m.recycled_from);
        f.mints = addSum(f.mints, m.cents);
      }
    } finally {
      db.close();
    }
  }
}

/** Streams every shard's book, checking each packet against its facts. Differences name the packet. */
export function checkBook(files: string[], facts: FactTable, diffs: string[]): Map<string, BookSponsor> {
  const out = new Map<string, BookSponsor>();
  gatherMints(files, facts);
  for (const file of files) {
    const db = new Database(file, { readonly: true });
    try {
      if (!db.prepare(`SELECT 1 FROM sqlite_master WHERE name = 't_packet'`).get()) continue;
      const rows = db.prepare(`SELECT p.id, s.sponsor_id, p.amount_cents, p.share_amount_cents, p.shares, p.state, p.user_id, p.recycled_from
                               FROM t_packet p JOIN t_sponsor s ON s.idx = p.sponsor_idx`).iterate() as IterableIterator<BookRowJoined>;
      for (const r of rows) {
        const pid = packetIdToString(r.id);
        const cents = r.amount_cents + r.share_amount_cents;
        let sp = out.get(r.sponsor_id);
        if (!sp) out.set(r.sponsor_id, sp = emptyBookSponsor());
        add(mintedHere(r.id) ? sp.minted : sp.seeded, cents);
        add(sp.states[r.state] ??= zero(), cents);
        const f = facts.get(pid);
        if (f) f.inBook = true;
        for (const d of packetDifferences(r, f)) diffs.push(`packet ${pid} (${r.state}): ${d}`);
      }
    } finally {
      db.close();
    }
  }
  for (const [pid, f] of facts.byPacket) {
    if (f.inBook) continue;
    const what = [f.seedRows ? 'a seed row' : '', ...Object.keys(f.entries).map((k) => `${k} entries`), f.group ? 'a group' : '',
      f.recycled ? 'a recycled record' : '', f.mints ? 'a mint' : ''].filter(Boolean);
    diffs.push(`packet ${pid}: ${what.join(', ')} but the book does not hold it`);
  }
  return out;
}
