/**
 * Recycled packets this agent took to re-issue: the packet the money side minted
 * for money it returned (new id, recycled-id scheme, the money side's machine
 * index), recorded with FULL sync before it is queued, so the agent knows its
 * recycled packets after any restart. (Source, reason) is looked up to take
 * each returned packet once.
 */
import type { StateDb } from '../state/schema.ts';

export interface MintedRow {
  packet_id: string; source_packet_id: string; reason: string; sponsor_id: string;
  amount_cents: number; shares: number; share_amount_cents: number; minted_at_ms: number;
}

export class MintedStore {
  private readonly insS;
  private readonly getS;
  private readonly bySourceS;

  constructor(private readonly db: StateDb) {
    this.insS = db.prepare(`INSERT OR IGNORE INTO minted (packet_id, source_packet_id, reason, sponsor_id, amount_cents, shares, share_amount_cents, minted_at_ms)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    this.getS = db.prepare<[string], MintedRow>('SELECT * FROM minted WHERE packet_id = ?');
    this.bySourceS = db.prepare<[string, string], MintedRow>('SELECT * FROM minted WHERE source_packet_id = ? AND reason = ?');
  }

  get(packetId: string): MintedRow | undefined {
    return this.getS.get(packetId);
  }

  /** Already taken for this returned packet and reason? */
  forSource(sourcePacketId: string, reason: string): MintedRow | undefined {
    return this.bySourceS.get(sourcePacketId, reason);
  }

  /** Records a packet the money side minted (call inside the caller's transaction). */
  record(row: MintedRow): MintedRow {
    this.insS.run(row.packet_id, row.source_packet_id, row.reason, row.sponsor_id, row.amount_cents, row.shares, row.share_amount_cents, row.minted_at_ms);
    return row;
  }

  /** Runs fn in a transaction committed with synchronous=FULL (durable before any recycled packet leaves). */
  durably<T>(fn: () => T): T {
    this.db.pragma('synchronous = FULL');
    try {
      return this.db.transaction(fn)();
    } finally {
      this.db.pragma('synchronous = NORMAL');
    }
  }
}
