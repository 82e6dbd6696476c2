/**
 * Periodic work of a shard writer: refund what is left in expired group packets
 * to their sender (exactly once: state flip + unique ledger entry id in one
 * transaction), and recycle split amounts not shared before their deadline.
 */
import { account, type ShardStore } from './store.ts';
import { recordRecycled } from './money-moves.ts';
import { firstUnpublishedSeq } from './mint-ops.ts';
import type { RecycledItem, SweepResult } from './messages.ts';
import { catalogued } from '../../contracts/errors.ts';
import { packetIdToString } from '../../seed-splitter/index.ts';

/** Refunds the expired groups and recycles the overdue split amounts of one day slot (at most `limit` of each). */
export function sweepSlot(s: ShardStore, slot: string, nowMs: number, limit: number, out: SweepResult): void {
  const groups = s.stmt(`SELECT group_id, sender_id, sponsor_id, remaining_cents FROM ${s.t('group', slot)}
                         WHERE state = 'open' AND expires_at <= ? LIMIT ?`).all(nowMs, limit) as
    { group_id: string; sender_id: string; sponsor_id: string; remaining_cents: number }[];
  for (const g of groups) {
    s.stmt(`UPDATE ${s.t('group', slot)} SET state = 'refunded', refunded_cents = remaining_cents, remaining_cents = 0 WHERE group_id = ?`)
      .run(g.group_id);
    s.book.move(g.group_id, 'refunded', nowMs);
    if (g.remaining_cents > 0) {
      s.post(slot, { entryId: `refund:${g.group_id}`, debit: account.group(g.group_id), credit: account.user(g.sender_id),
        amountCents: g.remaining_cents, kind: 'refund', packetId: g.group_id, sponsorId: g.sponsor_id, atMs: nowMs });
    }
    out.refunded++;
    out.refundedCents += g.remaining_cents;
  }
  const seeds = s.stmt(`SELECT packet_id, sponsor_id, user_id, shares, share_amount_cents FROM ${s.t('seed', slot)}
                        WHERE share_state = 'pending' AND share_deadline_at <= ? LIMIT ?`).all(nowMs, limit) as
    { packet_id: string; sponsor_id: string; user_id: string; shares: number; share_amount_cents: number }[];
  for (const p of seeds) {
    s.stmt(`UPDATE ${s.t('seed', slot)} SET share_state = 'recycled' WHERE packet_id = ?`).run(p.packet_id);
    s.book.move(p.packet_id, 'recycled', nowMs);
    recordRecycled(s, { packetId: p.packet_id, sponsorId: p.sponsor_id, userId: p.user_id, amountCents: p.share_amount_cents,
      shares: p.shares, reason: 'unshared', nowMs });
    out.recycled++;
    out.recycledCents += p.share_amount_cents;
  }
}

export const emptySweep = (): SweepResult => ({ refunded: 0, refundedCents: 0, recycled: 0, recycledCents: 0 });

export function sweep(s: ShardStore, nowMs: number, limit: number): SweepResult {
  const out = emptySweep();
  for (const { slot } of s.days.live()) sweepSlot(s, slot, nowMs, limit, out);
  return out;
}

/**
 * Runs before a day slot is archived (its slot is about to hold a new day): every
 * group in it is refunded and every split amount recycled first, in one
 * transaction, so no escrow or pending money is ever moved to the archive.
 * Refuses to archive if anything is still open (a group not yet expired).
 */
export function sweepBeforeArchive(s: ShardStore, slot: string, nowMs: number): SweepResult {
  const out = emptySweep();
  s.db.transaction(() => {
    sweepSlot(s, slot, nowMs, Number.MAX_SAFE_INTEGER, out);
    const open = s.db.prepare(`SELECT count(*) AS n FROM ${s.t('group', slot)} WHERE state = 'open'`).get() as { n: number };
    const pending = s.db.prepare(`SELECT count(*) AS n FROM ${s.t('seed', slot)} WHERE share_state = 'pending'`).get() as { n: number };
    if (open.n || pending.n) {
      throw catalogued('ARCHIVE_BLOCKED', undefined, { slot, openGroups: open.n, pendingShares: pending.n, nowMs });
    }
  })();
  return out;
}

/**
 * Recycled records after a cursor, each with the packet minted for it (in this SET's book, or
 * in the outbox when another SET pays it). Stops before the first record whose mint is not yet
 * published to its SET: the agents feed a mint only once its SET is sure to hold it first.
 */
export function recycledSince(s: ShardStore, sinceSeq: number, limit: number): RecycledItem[] {
  const stopAt = firstUnpublishedSeq(s) ?? Number.MAX_SAFE_INTEGER;
  const rows = s.stmt(`SELECT r.*, coalesce(p.id, o.packet_id) AS mint_id, coalesce(p.amount_cents, o.amount_cents) AS mint_amount,
                         coalesce(p.shares, o.shares) AS mint_shares, coalesce(p.share_amount_cents, o.share_amount_cents) AS mint_share_amount
                       FROM t_recycled r LEFT JOIN t_packet p ON p.recycled_from = r.packet_id LEFT JOIN t_mint_out o ON o.recycled_from = r.packet_id
                       WHERE r.seq > ? AND r.seq < ? ORDER BY r.seq LIMIT ?`).all(sinceSeq, stopAt, limit) as
    { seq: number; packet_id: string; sponsor_id: string; user_id: string; amount_cents: number; shares: number; reason: string; at_ms: number;
      mint_id: number | null; mint_amount: number; mint_shares: number; mint_share_amount: number }[];
  return rows.map((r) => ({ seq: r.seq, packetId: r.packet_id, sponsorId: r.sponsor_id, userId: r.user_id,
    amountCents: r.amount_cents, shares: r.shares, reason: r.reason, atMs: r.at_ms,
    mint: r.mint_id === null ? null : { packetId: packetIdToString(r.mint_id), amountCents: r.mint_amount, shares: r.mint_shares, shareAmountCents: r.mint_share_amount } }));
}
