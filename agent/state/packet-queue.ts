/**
 * Packets waiting to be fed before the part: returned by the gateway (pool
 * full), to be fed again (their gateway process died before issuing them), or
 * recycled (new ids minted from returned money). Kept in memory in feed order
 * and mirrored in the queue table (changes happen inside the caller's transaction).
 */
import type { StateDb } from './schema.ts';

export interface QueuedPacket {
  packetId: string;
  sponsorId: string;
  amountCents: number;
  shares: number;
  shareAmountCents: number;
  recycledFrom: string;
  reason: 'returned' | 'refeed' | 'recycled';
  qseq: number;
}

interface Row {
  packet_id: string; qseq: number; sponsor_id: string; amount_cents: number; shares: number;
  share_amount_cents: number; recycled_from: string; reason: QueuedPacket['reason'];
}

export class PacketQueue {
  private items: QueuedPacket[];
  private readonly insS;
  private readonly delS;

  constructor(db: StateDb) {
    this.items = db.prepare<[], Row>('SELECT * FROM queue ORDER BY qseq').all().map((r) => ({
      packetId: r.packet_id, sponsorId: r.sponsor_id, amountCents: r.amount_cents, shares: r.shares,
      shareAmountCents: r.share_amount_cents, recycledFrom: r.recycled_from, reason: r.reason, qseq: r.qseq,
    }));
    this.insS = db.prepare(`INSERT INTO queue (packet_id, qseq, sponsor_id, amount_cents, shares, share_amount_cents, recycled_from, reason)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    this.delS = db.prepare('DELETE FROM queue WHERE packet_id = ?');
  }

  get length(): number {
    return this.items.length;
  }

  has(packetId: string): boolean {
    return this.items.some((q) => q.packetId === packetId);
  }

  all(): readonly QueuedPacket[] {
    return this.items;
  }

  /** Up to n packets of the given sponsors (all when null), in queue order, without removing them. */
  peek(n: number, sponsors: Set<string> | null): QueuedPacket[] {
    const out: QueuedPacket[] = [];
    for (const q of this.items) {
      if (out.length >= n) break;
      if (!sponsors || sponsors.has(q.sponsorId)) out.push(q);
    }
    return out;
  }

  /** Appends at the back (front: before everything, e.g. packets the gateway handed back). */
  add(p: Omit<QueuedPacket, 'qseq'>, front = false): void {
    const qseq = this.items.length === 0 ? 1 : front ? this.items[0].qseq - 1 : this.items[this.items.length - 1].qseq + 1;
    this.insS.run(p.packetId, qseq, p.sponsorId, p.amountCents, p.shares, p.shareAmountCents, p.recycledFrom, p.reason);
    const q = { ...p, qseq };
    if (front) this.items.unshift(q); else this.items.push(q);
  }

  /** Adds several at the front keeping their order. */
  addFront(ps: Omit<QueuedPacket, 'qseq'>[]): void {
    for (let i = ps.length - 1; i >= 0; i--) this.add(ps[i], true);
  }

  remove(packetId: string): void {
    this.delS.run(packetId);
    const i = this.items.findIndex((q) => q.packetId === packetId);
    if (i >= 0) this.items.splice(i, 1);
  }
}
