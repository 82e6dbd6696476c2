/**
 * Grabbing a share of a group packet and reading its detail list. Runs in the
 * packet's shard writer, one request at a time in arrival order (the per-packet
 * FIFO in front of it keeps each packet's requests in order), so no lock or
 * optimistic retry ever decides who gets money.
 */
import { nextShare, type RandomInt } from '../amount.ts';
import { account, type ShardStore } from './store.ts';
import type { DetailResult, GrabResult, GrabRow } from './messages.ts';

interface GroupRow {
  group_id: string; sender_id: string; sponsor_id: string; total_cents: number; shares: number;
  remaining_cents: number; remaining_count: number; created_at: number; expires_at: number; state: string; refunded_cents: number;
}

function findGroup(s: ShardStore, groupId: string, nowMs: number): { slot: string; g: GroupRow } | null {
  const slot = s.locate(groupId, nowMs);
  if (!slot) return null;
  const g = s.stmt(`SELECT * FROM ${s.t('group', slot)} WHERE group_id = ?`).get(groupId) as GroupRow | undefined;
  return g ? { slot, g } : null;
}

export function grab(s: ShardStore, groupId: string, userId: string, nowMs: number, maxShareCents: number, rand: RandomInt): GrabResult {
  const found = findGroup(s, groupId, nowMs);
  if (!found) return { status: 'not_found' };
  const { slot, g } = found;
  const prev = s.stmt(`SELECT seq, amount_cents, at_ms FROM ${s.t('grab', slot)} WHERE group_id = ? AND user_id = ?`).get(groupId, userId) as
    { seq: number; amount_cents: number; at_ms: number } | undefined;
  if (prev) return { status: 'ok', amountCents: prev.amount_cents, seq: prev.seq, atMs: prev.at_ms, repeat: true };
  if (g.state === 'empty' || g.remaining_count === 0) return { status: 'empty' };
  if (g.state !== 'open' || nowMs >= g.expires_at) return { status: 'expired' };
  const amountCents = nextShare(g.remaining_cents, g.remaining_count, maxShareCents, rand);
  const seq = g.shares - g.remaining_count + 1;
  const left = g.remaining_count - 1;
  s.stmt(`INSERT INTO ${s.t('grab', slot)} (group_id, user_id, seq, amount_cents, at_ms) VALUES (?, ?, ?, ?, ?)`)
    .run(groupId, userId, seq, amountCents, nowMs);
  s.stmt(`UPDATE ${s.t('group', slot)} SET remaining_cents = remaining_cents - ?, remaining_count = ?, state = ? WHERE group_id = ?`)
    .run(amountCents, left, left === 0 ? 'empty' : 'open', groupId);
  s.post(slot, { entryId: `grab:${groupId}:${userId}`, debit: account.group(groupId), credit: account.user(userId),
    amountCents, kind: 'grab', packetId: groupId, sponsorId: g.sponsor_id, atMs: nowMs });
  return { status: 'ok', amountCents, seq, atMs: nowMs, repeat: false };
}

const toRow = (r: { user_id: string; seq: number; amount_cents: number; at_ms: number }): GrabRow =>
  ({ userId: r.user_id, seq: r.seq, amountCents: r.amount_cents, atMs: r.at_ms });

export function detail(s: ShardStore, groupId: string, offset: number, limit: number, nowMs: number): DetailResult {
  const found = findGroup(s, groupId, nowMs);
  if (!found) return { found: false, grabs: [], bestLuck: null };
  const { slot, g } = found;
  const rows = s.stmt(`SELECT user_id, seq, amount_cents, at_ms FROM ${s.t('grab', slot)} WHERE group_id = ? ORDER BY seq LIMIT ? OFFSET ?`)
    .all(groupId, limit, offset) as { user_id: string; seq: number; amount_cents: number; at_ms: number }[];
  let bestLuck: GrabRow | null = null;
  if (g.remaining_count === 0) {
    const b = s.stmt(`SELECT user_id, seq, amount_cents, at_ms FROM ${s.t('grab', slot)} WHERE group_id = ? ORDER BY amount_cents DESC, seq ASC LIMIT 1`)
      .get(groupId) as { user_id: string; seq: number; amount_cents: number; at_ms: number } | undefined;
    bestLuck = b ? toRow(b) : null;
  }
  return {
    found: true,
    group: {
      groupId: g.group_id, senderId: g.sender_id, sponsorId: g.sponsor_id, totalCents: g.total_cents, shares: g.shares,
      remainingCents: g.remaining_cents, remainingCount: g.remaining_count, refundedCents: g.refunded_cents, state: g.state,
      createdAt: g.created_at, expiresAt: g.expires_at,
    },
    grabs: rows.map(toRow),
    bestLuck,
  };
}
