/**
 * Periodic work of a shard writer: refund what is left in expired group packets
 * to their sender (exactly once: state flip + unique ledger entry id in one
 * transaction), and recycle split amounts not shared before their deadline.
 */
import { account, type ShardStore } from './store.ts';
import { recordRecycled } from './seed-ops.ts';
import type { RecycledItem, SweepResult } from './messages.ts';

export function sweep(s: ShardStore, nowMs: number, limit: number): SweepResult {
  const out: SweepResult = { refunded: 0, refundedCents: 0, recycled: 0, recycledCents: 0 };
  for (const { slot } of s.days.live()) {
    const groups = s.stmt(`SELECT group_id, sender_id, sponsor_id, remaining_cents FROM ${s.t('group', slot)}
                           WHERE state = 'open' AND expires_at <= ? LIMIT ?`).all(nowMs, limit) as
      { group_id: string; sender_id: string; sponsor_id: string; remaining_cents: number }[];
    for (const g of groups) {
      s.stmt(`UPDATE ${s.t('group', slot)} SET state = 'refunded', refunded_cents = remaining_cents, remaining_cents = 0 WHERE group_id = ?`)
        .run(g.group_id);
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
      recordRecycled(s, { packetId: p.packet_id, sponsorId: p.sponsor_id, userId: p.user_id, amountCents: p.share_amount_cents,
        shares: p.shares, reason: 'unshared', nowMs });
      out.recycled++;
      out.recycledCents += p.share_amount_cents;
    }
  }
  return out;
}

export function recycledSince(s: ShardStore, sinceSeq: number, limit: number): RecycledItem[] {
  const rows = s.stmt('SELECT * FROM t_recycled WHERE seq > ? ORDER BY seq LIMIT ?').all(sinceSeq, limit) as
    { seq: number; packet_id: string; sponsor_id: string; user_id: string; amount_cents: number; shares: number; reason: string; at_ms: number }[];
  return rows.map((r) => ({ seq: r.seq, packetId: r.packet_id, sponsorId: r.sponsor_id, userId: r.user_id,
    amountCents: r.amount_cents, shares: r.shares, reason: r.reason, atMs: r.at_ms }));
}
