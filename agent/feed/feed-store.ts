/**
 * The durable side of feeding: which packets go next (queue first, then the
 * part by sponsor cursor), the batch transaction written BEFORE a batch is
 * sent, settling it from the FeedAck, and settling what the agent could not
 * know when a gateway says hello (a batch in flight when the agent died; a
 * gateway process that restarted and lost its in-memory pool).
 */
import type { Logger } from '../../common/logger.ts';
import type { SeedPacketObject } from '../../seed-splitter/index.ts';
import { isRecycledId, parsePacketId } from '../../seed-splitter/index.ts';
import { partPacket, partPosition, type LoadedPart } from '../part/load-part.ts';
import { FeedStatus, type StateDb } from '../state/schema.ts';
import type { Meta } from '../state/meta.ts';
import type { PartCursor, PartPick } from '../state/part-cursor.ts';
import type { PacketQueue, QueuedPacket } from '../state/packet-queue.ts';
import type { FeedLog } from '../state/feed-log.ts';
import type { MintedStore } from '../recycle/minted-store.ts';
import type { IssuedReader } from '../issued/issued-reader.ts';
import type { GatewayHelloInfo } from '../link/link-client.ts';

export type Candidate =
  | { from: 'queue'; packet: SeedPacketObject; queued: QueuedPacket }
  | { from: 'part'; packet: SeedPacketObject; pick: PartPick };

export interface SponsorFilter {
  ids: Set<string>;
  indexes: Set<number>;
}

export interface HelloOutcome {
  settledAccepted: number;
  settledReturned: number;
  refed: number;
  confirmedIssued: number;
  /** Packets of a dead gateway process not re-fed yet because the issued table is unreadable. */
  held: number;
}

export class FeedStore {
  private batchSeq: number;
  /** Packets of dead gateway processes waiting for a readable issued table. */
  heldForIssuedCheck = 0;

  constructor(
    private readonly db: StateDb,
    private readonly part: LoadedPart,
    private readonly meta: Meta,
    readonly cursor: PartCursor,
    readonly queue: PacketQueue,
    readonly log: FeedLog,
    private readonly minted: MintedStore,
    private readonly issued: IssuedReader,
    private readonly logger: Logger,
  ) {
    let next = meta.getNumber('next_batch_id', 0);
    if (next === 0) {
      // A random base keeps batch ids of a fresh state apart from an older state's (GatewayHello.last_batch_id).
      next = (1 + Math.floor(Math.random() * 2 ** 30)) * 2 ** 21;
      meta.set('next_batch_id', next);
    }
    this.batchSeq = next;
  }

  sponsorFilter(sponsorIds: readonly string[]): SponsorFilter | null {
    if (sponsorIds.length === 0) return null;
    const indexes = new Set<number>();
    sponsorIds.forEach((id) => { const i = this.part.sponsorIds.indexOf(id); if (i >= 0) indexes.add(i); });
    return { ids: new Set(sponsorIds), indexes };
  }

  /** Up to n packets to feed next, not consumed yet. */
  pick(n: number, f: SponsorFilter | null): Candidate[] {
    const out: Candidate[] = this.queue.peek(n, f?.ids ?? null).map((q) => ({ from: 'queue' as const, packet: fromQueued(q), queued: q }));
    if (out.length < n) {
      for (const p of this.cursor.peek(n - out.length, f?.indexes ?? null)) out.push({ from: 'part', packet: partPacket(this.part, p.position), pick: p });
    }
    return out;
  }

  /**
   * Journals a batch before it is sent: candidates leave the queue/part and get
   * a feed_log row (SENT), except those already in the issued table (FOUND_ISSUED,
   * not sent). Returns the batch id and the packets to send.
   */
  commitBatch(cands: Candidate[], gwStartedAtMs: number, nowMs: number): { batchId: number; packets: SeedPacketObject[] } {
    const found = this.issued.find(cands.map((c) => c.packet.packetId)) ?? new Map();
    const batchId = this.batchSeq++;
    const packets: SeedPacketObject[] = [];
    this.db.transaction(() => {
      for (const c of cands) {
        if (c.from === 'queue') this.queue.remove(c.packet.packetId); else this.cursor.consume(c.pick);
        const isIssued = found.has(c.packet.packetId);
        if (isIssued) this.logger.warn({ packetId: c.packet.packetId }, 'packet found already issued before feeding; not fed again');
        this.log.add(batchId, c.packet.packetId, gwStartedAtMs, nowMs, isIssued ? FeedStatus.FOUND_ISSUED : FeedStatus.SENT);
        if (!isIssued) packets.push(c.packet);
      }
      this.meta.set('next_batch_id', this.batchSeq);
    })();
    return { batchId, packets };
  }

  /** Settles a batch from its FeedAck: the first `accepted` are in the pool, the rest go back to the queue front. */
  settleBatch(batchId: number, accepted: number): number {
    let returned = 0;
    this.db.transaction(() => {
      const rows = this.log.batchRows(batchId).filter((r) => r.status === FeedStatus.SENT);
      const back: Omit<QueuedPacket, 'qseq'>[] = [];
      rows.forEach((r, i) => {
        if (i < accepted) return this.log.setStatus(r.id, FeedStatus.ACCEPTED);
        this.log.setStatus(r.id, FeedStatus.REJECTED);
        back.push({ ...this.packetById(r.packet_id), reason: 'returned' });
      });
      this.queue.addFront(back);
      returned = back.length;
    })();
    return returned;
  }

  /** Settles everything a hello from gateway process h.gatewayStartedAtMs decides. */
  onHello(h: GatewayHelloInfo): HelloOutcome {
    const out: HelloOutcome = { settledAccepted: 0, settledReturned: 0, refed: 0, confirmedIssued: 0, held: 0 };
    this.meta.set('gateway_started_at_ms', h.gatewayStartedAtMs);
    const byBatch = new Map<number, number>();
    for (const r of this.log.unsettled()) byBatch.set(r.batch_id, r.gw_started_at_ms);
    for (const [batchId, gw] of byBatch) {
      if (gw === h.gatewayStartedAtMs) {
        const accepted = h.lastBatchId === batchId ? h.lastBatchAccepted : 0;
        const sent = this.log.batchRows(batchId).filter((r) => r.status === FeedStatus.SENT).length;
        const returned = this.settleBatch(batchId, accepted);
        out.settledAccepted += sent - returned;
        out.settledReturned += returned;
        this.logger.info({ batchId, accepted, returned }, 'batch in flight at the last stop settled from the gateway hello');
      } else {
        // Sent to a gateway process that is gone: whether it took them no longer matters,
        // its pool is lost. Treat as accepted there; the dead-process pass below decides.
        this.db.transaction(() => { for (const r of this.log.batchRows(batchId)) if (r.status === FeedStatus.SENT) this.log.setStatus(r.id, FeedStatus.ACCEPTED); })();
      }
    }
    Object.assign(out, this.refeedDeadProcesses(h.gatewayStartedAtMs));
    return out;
  }

  /**
   * Packets in the pool of a gateway process that has since restarted: issued ones
   * are confirmed, the others never reached a phone and go back to the queue
   * (same id) to be fed again. Needs the issued table; held (retried) without it.
   */
  refeedDeadProcesses(aliveGwStartedAtMs: number): Pick<HelloOutcome, 'refed' | 'confirmedIssued' | 'held'> {
    const rows = this.log.acceptedByOtherProcess(aliveGwStartedAtMs);
    if (rows.length === 0) { this.heldForIssuedCheck = 0; return { refed: 0, confirmedIssued: 0, held: 0 }; }
    const issued = this.issued.find(rows.map((r) => r.packet_id));
    if (!issued) {
      this.heldForIssuedCheck = rows.length;
      this.logger.error({ held: rows.length, issuedDb: this.issued.path, why: this.issued.lastError }, 'cannot read the issued table; packets of the restarted gateway are held, not re-fed');
      return { refed: 0, confirmedIssued: 0, held: rows.length };
    }
    let refed = 0;
    let confirmed = 0;
    this.db.transaction(() => {
      const back: Omit<QueuedPacket, 'qseq'>[] = [];
      for (const r of rows) {
        if (issued.has(r.packet_id)) { this.log.setStatus(r.id, FeedStatus.ISSUED); confirmed++; continue; }
        this.log.setStatus(r.id, FeedStatus.LOST);
        back.push({ ...this.packetById(r.packet_id), reason: 'refeed' });
        refed++;
      }
      this.queue.addFront(back);
    })();
    this.heldForIssuedCheck = 0;
    if (refed || confirmed) this.logger.info({ refed, confirmed, gatewayStartedAtMs: aliveGwStartedAtMs }, 'gateway restarted: unissued packets of its old pool queued to be fed again');
    return { refed, confirmedIssued: confirmed, held: 0 };
  }

  /** The full packet behind an id this agent owns (part record or minted). */
  packetById(packetId: string): SeedPacketObject {
    const n = parsePacketId(packetId);
    if (!isRecycledId(n)) {
      const pos = partPosition(this.part, n);
      if (pos < 0) throw new Error(`packet ${packetId} is not in this machine's part`);
      return partPacket(this.part, pos);
    }
    const m = this.minted.get(packetId);
    if (!m) throw new Error(`recycled packet ${packetId} was not minted by this agent`);
    return { packetId, sponsorId: m.sponsor_id, amountCents: m.amount_cents, shares: m.shares, shareAmountCents: m.share_amount_cents, recycledFrom: m.source_packet_id };
  }
}

function fromQueued(q: QueuedPacket): SeedPacketObject {
  return { packetId: q.packetId, sponsorId: q.sponsorId, amountCents: q.amountCents, shares: q.shares, shareAmountCents: q.shareAmountCents, recycledFrom: q.recycledFrom };
}
