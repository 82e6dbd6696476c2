/**
 * The packet book of one shard: every packet this shard will ever pay, imported
 * from the seed file before the show, or minted for recycled money (here, or by
 * another SET for this one: mint-ops.ts), with
 * its one owner once issued or claimed. An operation is checked against it
 * before any cap slot or money moves: a packet the book does not hold, or held
 * with another sponsor/amount/shares, or already another user's, pays nothing
 * and is kept in t_rejected with its reason.
 */
import { catalogued } from '../../contracts/errors.ts';
import { packetIdToString, recycledId } from '../../seed-splitter/index.ts';
import { shardOf } from '../hash.ts';
import { mintMachineIndex } from '../../contracts/sets.ts';
import type { ShardStore } from './store.ts';
import type { ApplyOp, PacketClaim, RejectReason } from './messages.ts';
import { legalMove, type PacketState } from './packet-states.ts';

export interface BookRow {
  id: number; sponsor_idx: number; amount_cents: number; share_amount_cents: number; shares: number;
  state: string; user_id: string | null; recycled_from: string | null; at_ms: number;
}

/** Recycled ids minted by the money side: machine index 0xFF00 + shard, never an agent's or a part's. */
export const MONEY_MACHINE_BASE = 0xff00;

const ID_RE = /^p[0-9a-f]{14}$/;

/** Numeric id of a wire packet id, or null if it is not one (then no book holds it). */
export function bookId(packetId: string): number | null {
  return ID_RE.test(packetId) ? parseInt(packetId.slice(1), 16) : null;
}

export class PacketBook {
  /** The money SET this shard belongs to: the ids it mints carry it (contracts/sets.ts); set once at start. */
  mintSet = 0;
  /** The SETs open for new packets (config set.mintInto); null: this SET only. Set once at start. */
  mintInto: readonly number[] | null = null;
  private readonly idxOf = new Map<string, number>();
  private readonly nameOf = new Map<number, string>();

  constructor(private readonly s: ShardStore, private readonly shard: number, private readonly shardCount: number) {
    for (const r of s.db.prepare('SELECT idx, sponsor_id FROM t_sponsor').all() as { idx: number; sponsor_id: string }[]) {
      this.idxOf.set(r.sponsor_id, r.idx);
      this.nameOf.set(r.idx, r.sponsor_id);
    }
  }

  sponsorIdx(sponsorId: string): number {
    let i = this.idxOf.get(sponsorId);
    if (i === undefined) {
      i = this.idxOf.size;
      this.s.stmt('INSERT INTO t_sponsor (idx, sponsor_id) VALUES (?, ?)').run(i, sponsorId);
      this.idxOf.set(sponsorId, i);
      this.nameOf.set(i, sponsorId);
    }
    return i;
  }

  sponsorName(idx: number): string {
    return this.nameOf.get(idx) ?? '';
  }

  get(packetId: string): BookRow | undefined {
    const id = bookId(packetId);
    return id === null ? undefined : this.s.stmt('SELECT * FROM t_packet WHERE id = ?').get(id) as BookRow | undefined;
  }

  /**
   * Checks what an entry claims of a packet against the book. A disagreement is
   * stored once in t_rejected under the entry's id, so a redelivery finds it there
   * (repeat). `refuse` adds a caller's own rule, checked last. Returns the book row
   * when the entry may proceed, else the rejection.
   */
  check(c: PacketClaim, entry: { id: string; kind: string }, nowMs: number, refuse?: (row: BookRow) => RejectReason | null):
    { row: BookRow } | { reason: RejectReason; repeat: boolean } {
    const prev = this.s.stmt('SELECT reason FROM t_rejected WHERE op_id = ?').get(entry.id) as { reason: RejectReason } | undefined;
    if (prev) return { reason: prev.reason, repeat: true };
    const row = this.get(c.packetId);
    let reason: RejectReason | null = null;
    if (!row) reason = 'unknown_packet';
    else if (this.sponsorName(row.sponsor_idx) !== c.sponsorId || row.amount_cents !== c.amountCents
      || row.share_amount_cents !== c.shareAmountCents || row.shares !== c.shares) reason = 'content_differs';
    else if (row.user_id !== null && row.user_id !== c.userId) reason = 'other_user';
    else if (refuse) reason = refuse(row);
    if (row && reason === null) return { row };
    const rejected = reason ?? 'unknown_packet';
    this.s.stmt(`INSERT INTO t_rejected (op_id, packet_id, kind, user_id, sponsor_id, amount_cents, share_amount_cents, shares, reason, at_ms)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(entry.id, c.packetId, entry.kind, c.userId, c.sponsorId, c.amountCents, c.shareAmountCents, c.shares, rejected, nowMs);
    return { reason: rejected, repeat: false };
  }

  /**
   * Checks an operation against the book and, the first time, makes its user the
   * packet's one owner. Returns null when it may proceed, else the rejection (stored).
   */
  claim(op: ApplyOp, nowMs: number): { reason: RejectReason; repeat: boolean } | null {
    const checked = this.check(op, { id: op.opId, kind: op.kind }, nowMs, (row) => (row.state === 'expired' ? 'expired' : null));
    if ('reason' in checked) return checked;
    if (checked.row.user_id === null) this.s.stmt('UPDATE t_packet SET user_id = ?, at_ms = ? WHERE id = ?').run(op.userId, nowMs, checked.row.id);
    return null;
  }

  /**
   * Moves a packet to its next state, in the caller's transaction (the one that moves
   * its money). Any move packet-states.ts does not allow throws, so that transaction
   * and its money roll back: a packet never goes back, nor pays twice.
   */
  move(packetId: string, to: PacketState, nowMs: number, set?: { userId: string; gatewayId: string; tokenExpiresAtMs: number }): void {
    const id = bookId(packetId);
    const from = id === null ? undefined : this.s.stmt('SELECT state FROM t_packet WHERE id = ?').pluck().get(id) as string | undefined;
    if (from === undefined || !legalMove(from, to)) throw catalogued('PACKET_STATE_ILLEGAL', undefined, { packetId, from: from ?? null, to, shard: this.shard });
    if (set) {
      this.s.stmt('UPDATE t_packet SET state = ?, user_id = ?, gateway_id = ?, token_expires_at_ms = ?, at_ms = ? WHERE id = ?')
        .run(to, set.userId, set.gatewayId, set.tokenExpiresAtMs, nowMs, id);
    } else {
      this.s.stmt('UPDATE t_packet SET state = ?, at_ms = ? WHERE id = ?').run(to, nowMs, id);
    }
  }

  /**
   * Mints the packet that carries recycled money back to the pool: a new id of
   * this shard (so the book row is written in the same transaction as the
   * recycled record), same sponsor; the whole packet keeps its shape, a split
   * amount comes back as one plain packet.
   */
  mintRecycled(r: { packetId: string; sponsorId: string; amountCents: number; whole: { amount: number; shares: number; shareAmount: number } | null }, nowMs: number): string {
    const shape = r.whole ?? { amount: r.amountCents, shares: 0, shareAmount: 0 };
    let counter = Number(this.s.stmt(`SELECT value FROM t_meta WHERE key = 'mint_next'`).pluck().get() ?? 0);
    const machine = mintMachineIndex(this.mintSet, this.shard);
    let id = recycledId(machine, counter);
    while (shardOf(packetIdToString(id), this.shardCount) !== this.shard) id = recycledId(machine, ++counter);
    this.s.stmt(`INSERT INTO t_meta (key, value) VALUES ('mint_next', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value`).run(String(counter + 1));
    this.s.stmt(`INSERT INTO t_packet (id, sponsor_idx, amount_cents, share_amount_cents, shares, state, user_id, recycled_from, at_ms)
                 VALUES (?, ?, ?, ?, ?, 'in_pool', NULL, ?, ?)`)
      .run(id, this.sponsorIdx(r.sponsorId), shape.amount, shape.shareAmount, shape.shares, r.packetId, nowMs);
    return packetIdToString(id);
  }
}
