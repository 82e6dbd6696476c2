/**
 * Issued and expired packets in the packet book. An ISSUE entry moves a packet
 * from in_pool to issued (owner, issuing gateway, token expiry); a packet already
 * past that (opened, recycled, expired) only gets the gateway and expiry filled in.
 * An issued packet never opened is expired once every journal's watermark is past
 * its token's expiry: state expired, its whole value recorded as recycled (reason
 * `expired`) and re-minted once under a new id, in one transaction. An open of
 * the old id is then rejected (`expired`), never paid.
 */
import { packetIdToString } from '../../seed-splitter/index.ts';
import type { ShardStore } from './store.ts';
import { recordRecycled } from './money-moves.ts';
import type { BookRow } from './book-ops.ts';
import type { ExpireResult, IssueOp, RejectReason } from './messages.ts';

interface IssuedBookRow extends BookRow { gateway_id: string | null; token_expires_at_ms: number }

export function issuePacket(s: ShardStore, op: IssueOp, nowMs: number): { outcome: string; repeat: boolean } {
  const checked = s.book.check(op, { id: op.entryId, kind: 'issue' }, nowMs);
  if ('reason' in checked) return { outcome: `rejected:${checked.reason}`, repeat: checked.repeat };
  const row = checked.row as IssuedBookRow;
  if (row.gateway_id !== null) return { outcome: row.state, repeat: true };
  if (row.state === 'in_pool') {
    s.book.move(op.packetId, 'issued', nowMs, { userId: op.userId, gatewayId: op.gatewayId, tokenExpiresAtMs: op.tokenExpiresAtMs });
    return { outcome: 'issued', repeat: false };
  }
  // Opened (or recycled at a cap) before its ISSUE entry arrived: the queue orders a packet's entries per forwarder only.
  s.stmt('UPDATE t_packet SET gateway_id = ?, token_expires_at_ms = ? WHERE id = ?').run(op.gatewayId, op.tokenExpiresAtMs, row.id);
  return { outcome: row.state, repeat: false };
}

/**
 * Expires issued packets whose token expired at or before upToMs (the lowest
 * applied watermark over every journal) and whose issuing gateway has reported a
 * watermark past it. At most `limit` per call.
 */
export function expireIssued(s: ShardStore, watermarks: Record<string, number>, upToMs: number, nowMs: number, limit: number): ExpireResult {
  const rows = s.stmt(`SELECT * FROM t_packet WHERE state = 'issued' AND token_expires_at_ms > 0 AND token_expires_at_ms <= ? ORDER BY token_expires_at_ms LIMIT ?`)
    .all(upToMs, limit) as IssuedBookRow[];
  const out: ExpireResult = { expired: 0, expiredCents: 0 };
  for (const r of rows) {
    const mark = r.gateway_id === null ? undefined : watermarks[r.gateway_id];
    if (mark === undefined || mark < r.token_expires_at_ms) continue;
    const packetId = packetIdToString(r.id);
    s.book.move(packetId, 'expired', nowMs);
    recordRecycled(s, { packetId, sponsorId: s.book.sponsorName(r.sponsor_idx), userId: r.user_id ?? '', amountCents: r.amount_cents + r.share_amount_cents,
      shares: r.shares, reason: 'expired', nowMs, whole: { amount: r.amount_cents, shares: r.shares, shareAmount: r.share_amount_cents } });
    out.expired++;
    out.expiredCents += r.amount_cents + r.share_amount_cents;
  }
  return out;
}
