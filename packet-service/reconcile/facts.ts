/**
 * What the records of a show say happened to each packet, gathered from every
 * table that moves or holds its money (seed rows, ledger entries, groups,
 * recycled records, packets minted from it), by packet id. Only packets that
 * something happened to have an entry: a packet still in a pool costs nothing.
 */
export interface Sum { n: number; cents: number }

export interface PaidSeed {
  sponsor_id: string; user_id: string; amount_cents: number; share_amount_cents: number; shares: number; state: string; share_state: string;
}

export interface GroupFact { total: number; remaining: number; refunded: number; grabbed: number; state: string }

export type EntryKind = 'open' | 'share' | 'grab' | 'refund';

export interface PacketFacts {
  seed?: PaidSeed;
  seedRows: number;
  entries: Partial<Record<EntryKind, Sum>>;
  group?: GroupFact;
  recycled?: { n: number; cents: number; reason: string };
  /** Packets the money side minted from this one's recycled money (count, their whole value). */
  mints?: Sum;
  /** Set once the book's row for this packet was checked. */
  inBook?: boolean;
}

export const addSum = (s: Sum | undefined, cents: number): Sum => ({ n: (s?.n ?? 0) + 1, cents: (s?.cents ?? 0) + cents });

export class FactTable {
  readonly byPacket = new Map<string, PacketFacts>();

  of(packetId: string): PacketFacts {
    let f = this.byPacket.get(packetId);
    if (!f) this.byPacket.set(packetId, f = { seedRows: 0, entries: {} });
    return f;
  }

  get(packetId: string): PacketFacts | undefined {
    return this.byPacket.get(packetId);
  }

  entry(packetId: string, kind: EntryKind, cents: number): void {
    const f = this.of(packetId);
    f.entries[kind] = addSum(f.entries[kind], cents);
  }
}
