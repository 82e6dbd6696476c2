/**
 * Recycled packets this agent minted: a new id (seed-splitter RecycledIdMinter:
 * bit 52 set, this machine's index, a counter) for money the money side
 * returned. The counter and the minted rows are committed with FULL sync (the
 * rest of the agent state uses NORMAL), and at start the counter is moved past
 * every recycled id of this machine already minted or issued, so an id is
 * never minted twice even if the state lost its last transactions.
 */
import { RecycledIdMinter, isRecycledId, parsePacketId, recycledIdParts, packetIdToString } from '../../seed-splitter/format/index.ts';
import type { StateDb } from '../state/schema.ts';
import type { Meta } from '../state/meta.ts';

export interface MintedRow {
  packet_id: string; source_packet_id: string; reason: string; sponsor_id: string;
  amount_cents: number; shares: number; share_amount_cents: number; minted_at_ms: number;
}

export class MintedStore {
  private readonly minter: RecycledIdMinter;
  private readonly insS;
  private readonly getS;
  private readonly bySourceS;

  constructor(private readonly db: StateDb, private readonly meta: Meta, machineIndex: number, issuedIds: () => string[] | null) {
    let next = meta.getNumber('mint_next', 0);
    const bump = (id: string) => {
      const n = parsePacketId(id);
      if (!isRecycledId(n)) return;
      const parts = recycledIdParts(n);
      if (parts.machineIndex === machineIndex && parts.counter >= next) next = parts.counter + 1;
    };
    for (const r of db.prepare<[], { packet_id: string }>('SELECT packet_id FROM minted').all()) bump(r.packet_id);
    for (const id of issuedIds() ?? []) bump(id);
    this.minter = new RecycledIdMinter(machineIndex, next);
    this.insS = db.prepare(`INSERT OR IGNORE INTO minted (packet_id, source_packet_id, reason, sponsor_id, amount_cents, shares, share_amount_cents, minted_at_ms)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    this.getS = db.prepare<[string], MintedRow>('SELECT * FROM minted WHERE packet_id = ?');
    this.bySourceS = db.prepare<[string, string], MintedRow>('SELECT * FROM minted WHERE source_packet_id = ? AND reason = ?');
  }

  get nextCounter(): number {
    return this.minter.next;
  }

  get(packetId: string): MintedRow | undefined {
    return this.getS.get(packetId);
  }

  /** Already minted for this returned packet and reason? */
  forSource(sourcePacketId: string, reason: string): MintedRow | undefined {
    return this.bySourceS.get(sourcePacketId, reason);
  }

  /** Mints a new id and records the row (call inside the caller's transaction). */
  mint(r: Omit<MintedRow, 'packet_id'>): MintedRow {
    const row = { ...r, packet_id: packetIdToString(this.minter.mint()) };
    this.insS.run(row.packet_id, row.source_packet_id, row.reason, row.sponsor_id, row.amount_cents, row.shares, row.share_amount_cents, row.minted_at_ms);
    this.meta.set('mint_next', this.minter.next);
    return row;
  }

  /** Runs fn in a transaction committed with synchronous=FULL (durable before any minted id leaves). */
  durably<T>(fn: () => T): T {
    this.db.pragma('synchronous = FULL');
    try {
      return this.db.transaction(fn)();
    } finally {
      this.db.pragma('synchronous = NORMAL');
    }
  }
}
