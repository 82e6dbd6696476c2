/**
 * Recycled money minted for another money SET (the SETs open for new packets,
 * config `set.mintInto`): the new id carries the target SET, so that SET pays it
 * and nothing already held ever moves.
 *
 * Source side: the new packet is written to the outbox t_mint_out in the same
 * transaction as its recycled record; the service publishes it to the target as
 * a MINT entry on the new packet's subject (sets/mint-outbox.ts) and marks it
 * published; only then is the recycled record exported on GET /recycled, so the
 * agent never feeds a packet whose MINT could come after its open (a packet's
 * subject keeps order). Target side: the MINT adds the packet to the book as
 * in_pool with exactly its content (a repeat changes nothing; a different
 * record under that id is refused).
 */
import { catalogued } from '../../contracts/errors.ts';
import { foreignMintCounter, mintMachineIndex, setInNumericId } from '../../contracts/sets.ts';
import { packetIdToString, recycledId } from '../../seed-splitter/index.ts';
import { bookId } from './book-ops.ts';
import type { ShardStore } from './store.ts';
import type { ApplyResult, MintOp, MintOutRow } from './messages.ts';

export interface MintShape { amount: number; shares: number; shareAmount: number }

/** Writes the outbox row of a packet minted for `target` (in the recycled record's transaction); returns its id. */
export function mintForeign(s: ShardStore, r: { packetId: string; sponsorId: string }, shape: MintShape, target: number, nowMs: number): string {
  const key = `mint_next_set_${target}`;
  const n = Number(s.stmt(`SELECT value FROM t_meta WHERE key = ?`).pluck().get(key) ?? 0);
  const id = recycledId(mintMachineIndex(target, s.o.shard), foreignMintCounter(s.book.mintSet, n));
  s.stmt(`INSERT INTO t_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(key, String(n + 1));
  const seq = s.stmt('SELECT seq FROM t_recycled WHERE packet_id = ?').pluck().get(r.packetId) as number;
  s.stmt(`INSERT INTO t_mint_out (packet_id, target_set, recycled_from, recycled_seq, sponsor_id, amount_cents, share_amount_cents, shares, at_ms, published_at_ms)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, NULL)`).run(id, target, r.packetId, seq, r.sponsorId, shape.amount, shape.shareAmount, shape.shares, nowMs);
  return packetIdToString(id);
}

/** Outbox rows not yet published, oldest recycled record first. */
export function mintOutbox(s: ShardStore, limit: number): MintOutRow[] {
  const rows = s.stmt(`SELECT * FROM t_mint_out WHERE published_at_ms IS NULL ORDER BY recycled_seq LIMIT ?`).all(limit) as
    { packet_id: number; target_set: number; recycled_from: string; sponsor_id: string; amount_cents: number; share_amount_cents: number; shares: number }[];
  return rows.map((r) => ({ packetId: packetIdToString(r.packet_id), targetSet: r.target_set, recycledFrom: r.recycled_from, sponsorId: r.sponsor_id,
    amountCents: r.amount_cents, shares: r.shares, shareAmountCents: r.share_amount_cents }));
}

/** The queue stored these MINT entries: their recycled records may now be exported. */
export function markMintsPublished(s: ShardStore, packetIds: string[], nowMs: number): number {
  let n = 0;
  for (const p of packetIds) {
    n += s.stmt('UPDATE t_mint_out SET published_at_ms = ? WHERE packet_id = ? AND published_at_ms IS NULL').run(nowMs, bookId(p)).changes;
  }
  return n;
}

/**
 * The oldest recycled record whose mint is not published yet (export stops before it), or null.
 * Records after it wait too: the agents' cursor only moves forward.
 */
export function firstUnpublishedSeq(s: ShardStore): number | null {
  return (s.stmt('SELECT min(recycled_seq) FROM t_mint_out WHERE published_at_ms IS NULL').pluck().get() as number | null) ?? null;
}

/** A MINT entry on the target SET: the packet joins the book as in_pool, once, with exactly the content minted. */
export function importMint(s: ShardStore, m: MintOp, nowMs: number): ApplyResult {
  const id = bookId(m.packetId);
  if (id === null || setInNumericId(id) !== s.book.mintSet) {
    throw catalogued('MINT_CONFLICT', `packet ${m.packetId} is not an id minted for SET ${s.book.mintSet}`, { packetId: m.packetId, set: s.book.mintSet });
  }
  const have = s.book.get(m.packetId);
  if (!have) {
    s.stmt(`INSERT INTO t_packet (id, sponsor_idx, amount_cents, share_amount_cents, shares, state, user_id, recycled_from, at_ms)
            VALUES (?, ?, ?, ?, ?, 'in_pool', NULL, ?, ?)`)
      .run(id, s.book.sponsorIdx(m.sponsorId), m.amountCents, m.shareAmountCents, m.shares, m.recycledFrom, nowMs);
    return { outcome: 'minted', repeat: false };
  }
  if (s.book.sponsorName(have.sponsor_idx) !== m.sponsorId || have.amount_cents !== m.amountCents || have.share_amount_cents !== m.shareAmountCents
    || have.shares !== m.shares || have.recycled_from !== m.recycledFrom) {
    throw catalogued('MINT_CONFLICT', undefined, { packetId: m.packetId, recycledFrom: m.recycledFrom, set: s.book.mintSet, shard: s.o.shard });
  }
  return { outcome: 'minted', repeat: true };
}
