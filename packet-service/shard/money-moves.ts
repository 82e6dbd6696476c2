/**
 * Open and share of a seed packet, applied in the packet's shard, idempotent by
 * operation id (t_op) and by packet (t_seed): a redelivered entry changes nothing.
 *
 * The first operation seen for a packet (OPEN, or SHARE if it came first) admits it:
 *  - admitted: the winner's own amount is credited (sponsor -> user); the split
 *    amount waits for SHARE until the share deadline, then is recycled;
 *  - refused by a cap: nothing is paid; the whole seed (own + split) goes back to
 *    the sponsor's pool as a recycled record.
 * SHARE turns the split amount into a group packet (sponsor -> group escrow).
 */
import { checkSplittable } from '../amount.ts';
import { isShakeError } from '../../common/errors.ts';
import { account, type ShardStore } from './store.ts';
import type { ApplyOp, ApplyResult, CapDecision } from './messages.ts';
import { dayNumber } from '../hash.ts';
import { mintTarget } from '../../contracts/sets.ts';
import { mintForeign } from './mint-ops.ts';

export interface SeedRules { maxShareCents: number; groupExpiryMs: number; shareDeadlineMs: number; lookupWindowMs: number }

interface SeedRow {
  packet_id: string; sponsor_id: string; user_id: string; amount_cents: number; shares: number;
  share_amount_cents: number; state: string; share_state: string;
}

/**
 * Money back to the sponsor's pool: the recycled record and the new packet the
 * money side mints to carry it (same transaction). `whole` is the packet's shape
 * when all of it comes back (refused at a cap); otherwise the money is one plain packet.
 * The new packet is for one of the SETs open for new packets: this SET's book, or
 * the outbox that carries it to the other SET's book (mint-ops.ts).
 */
export function recordRecycled(s: ShardStore, r: { packetId: string; sponsorId: string; userId: string; amountCents: number; shares: number; reason: string; nowMs: number;
  whole?: { amount: number; shares: number; shareAmount: number } }): void {
  s.stmt(`INSERT INTO t_recycled (packet_id, sponsor_id, user_id, amount_cents, shares, reason, at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)`)
    .run(r.packetId, r.sponsorId, r.userId, r.amountCents, r.shares, r.reason, r.nowMs);
  const target = s.book.mintInto ? mintTarget(r.packetId, s.book.mintInto) : s.book.mintSet;
  if (target === s.book.mintSet) s.book.mintRecycled({ packetId: r.packetId, sponsorId: r.sponsorId, amountCents: r.amountCents, whole: r.whole ?? null }, r.nowMs);
  else mintForeign(s, r, r.whole ?? { amount: r.amountCents, shares: 0, shareAmount: 0 }, target, r.nowMs);
}

function splittable(op: ApplyOp, rules: SeedRules): boolean {
  try {
    checkSplittable(op.shareAmountCents, op.shares, rules.maxShareCents);
    return true;
  } catch (e) {
    if (isShakeError(e)) return false;
    throw e;
  }
}

function admitSeed(s: ShardStore, op: ApplyOp, decision: CapDecision, nowMs: number, rules: SeedRules): string {
  const slot = s.today(nowMs);
  const t = s.t('seed', slot);
  const hasSplit = op.shareAmountCents > 0 || op.shares > 0;
  let state = 'opened';
  let shareState = hasSplit ? (splittable(op, rules) ? 'pending' : 'invalid') : 'none';
  if (decision !== 'admitted') {
    state = 'refused';
    shareState = 'refused';
  }
  s.stmt(`INSERT INTO ${t} (packet_id, sponsor_id, user_id, amount_cents, shares, share_amount_cents, round_id, state, share_state,
            first_op_id, admitted_at, share_deadline_at, day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(op.packetId, op.sponsorId, op.userId, op.amountCents, op.shares, op.shareAmountCents, op.roundId, state, shareState,
      op.opId, nowMs, nowMs + rules.shareDeadlineMs, dayNumber(nowMs));
  s.remember(op.packetId, slot);
  // Refused at a cap, or a split amount that cannot be split: money goes back to the pool now.
  s.book.move(op.packetId, state === 'refused' || shareState === 'invalid' ? 'recycled' : 'opened', nowMs);
  const base = { packetId: op.packetId, sponsorId: op.sponsorId, userId: op.userId, nowMs };
  if (state === 'refused') {
    recordRecycled(s, { ...base, amountCents: op.amountCents + op.shareAmountCents, shares: op.shares, reason: decision,
      whole: { amount: op.amountCents, shares: op.shares, shareAmount: op.shareAmountCents } });
    return slot;
  }
  if (op.amountCents > 0) {
    s.post(slot, { entryId: `open:${op.packetId}`, debit: account.sponsor(op.sponsorId), credit: account.user(op.userId),
      amountCents: op.amountCents, kind: 'open', packetId: op.packetId, sponsorId: op.sponsorId, atMs: nowMs });
  }
  if (shareState === 'invalid') recordRecycled(s, { ...base, amountCents: op.shareAmountCents, shares: op.shares, reason: 'invalid_share' });
  return slot;
}

function share(s: ShardStore, slot: string, seed: SeedRow, nowMs: number, rules: SeedRules): string {
  if (seed.state === 'refused') return `refused`;
  if (seed.share_state === 'shared') return 'already_shared';
  if (seed.share_state === 'recycled') return 'share_too_late';
  if (seed.share_state !== 'pending') return `nothing_to_share:${seed.share_state}`;
  s.stmt(`INSERT INTO ${s.t('group', slot)} (group_id, sender_id, sponsor_id, total_cents, shares, remaining_cents, remaining_count,
            created_at, expires_at, state, refunded_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', 0)`)
    .run(seed.packet_id, seed.user_id, seed.sponsor_id, seed.share_amount_cents, seed.shares, seed.share_amount_cents, seed.shares,
      nowMs, nowMs + rules.groupExpiryMs);
  s.stmt(`UPDATE ${s.t('seed', slot)} SET share_state = 'shared' WHERE packet_id = ?`).run(seed.packet_id);
  s.book.move(seed.packet_id, 'shared', nowMs);
  s.post(slot, { entryId: `share:${seed.packet_id}`, debit: account.sponsor(seed.sponsor_id), credit: account.group(seed.packet_id),
    amountCents: seed.share_amount_cents, kind: 'share', packetId: seed.packet_id, sponsorId: seed.sponsor_id, atMs: nowMs });
  return 'shared';
}

export function applyOp(s: ShardStore, op: ApplyOp, decision: CapDecision, admittedAtMs: number, nowMs: number, rules: SeedRules): ApplyResult {
  let slot = s.locate(op.packetId, nowMs);
  if (slot) {
    const done = s.stmt(`SELECT outcome FROM ${s.t('op', slot)} WHERE op_id = ?`).get(op.opId) as { outcome: string } | undefined;
    if (done) return { outcome: done.outcome, repeat: true };
  } else if (nowMs - admittedAtMs > rules.lookupWindowMs) {
    // Admitted long ago but not in the live tables: its rows were archived. Never apply twice.
    return { outcome: 'too_old', repeat: true };
  } else {
    slot = admitSeed(s, op, decision, nowMs, rules);
  }
  const seed = s.stmt(`SELECT * FROM ${s.t('seed', slot)} WHERE packet_id = ?`).get(op.packetId) as SeedRow;
  let outcome: string;
  if (seed.user_id !== op.userId || seed.sponsor_id !== op.sponsorId || seed.amount_cents !== op.amountCents
    || seed.share_amount_cents !== op.shareAmountCents || seed.shares !== op.shares) {
    outcome = 'mismatch'; // same packet id, different content: never pays twice; reported by reconciliation
  } else if (op.kind === 'share') {
    outcome = share(s, slot, seed, nowMs, rules);
  } else {
    outcome = seed.state === 'refused' ? 'refused' : 'opened';
  }
  s.stmt(`INSERT INTO ${s.t('op', slot)} (op_id, packet_id, kind, outcome, entry_id, at_ms) VALUES (?, ?, ?, ?, ?, ?)`)
    .run(op.opId, op.packetId, op.kind, outcome, op.entryId, nowMs);
  return { outcome, repeat: false };
}
