/**
 * Re-delivery of won packets whose reply may have been lost (a gateway
 * SIGKILLed after committing the issuance but before the phone read the
 * reply, a phone that dropped its connection). The rule:
 *
 *   A shake of a user who holds a packet known here (issued by this gateway,
 *   from its issued record, or won on another gateway, from the caps feed)
 *   whose token has not expired and whose open/share this gateway has not
 *   seen, gets that same packet again (same id, same token) instead of a new
 *   draw, once per connection, unless the phone's valid cookie already lists
 *   it (the cookie travels in the win reply, so a phone showing it got it).
 *
 * Once per connection: a phone that got the reply and keeps shaking on the
 * same connection draws as before; a phone that reconnects (to a restarted
 * gateway, to another one) gets its packet back on its first shake. Opening a
 * packet twice pays once (the money side keys opens by packet id), so a phone
 * that did get the first reply loses nothing.
 *
 * Everything here is in memory, filled at start from the issued record and
 * the journal on this machine and later from the feed: no cross-machine call.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import type { IssuedRow } from './issued-store.ts';

/** A connection key: the IO thread and its connection id (see gateway/lanes.ts requestKey). */
export type ConnKey = number;
/** Not delivered on any connection of this process. */
export const NO_CONN: ConnKey = -1;

/** What a phone needs to open the packet again (the token is signed again from these fields: same bytes). */
export type Deliverable = Pick<IssuedRow, 'packet_id' | 'user_id' | 'sponsor_id' | 'round_id' | 'amount_cents' | 'shares' | 'share_amount_cents' | 'issued_at_ms' | 'token_expires_at_ms'>;

/** Connections remembered per packet (a user has one or a few connections at a time). */
const CONNS_KEPT = 4;

interface Held { packet: Deliverable; deliveredOn: ConnKey[] }

function markDelivered(h: Held, conn: ConnKey): void {
  if (conn === NO_CONN || h.deliveredOn.includes(conn)) return;
  if (h.deliveredOn.length >= CONNS_KEPT) h.deliveredOn.shift();
  h.deliveredOn.push(conn);
}

export class Redeliveries {
  private readonly byUser = new Map<string, Held[]>();
  private readonly done = new Set<string>();

  /** A packet this user holds; `deliveredOn` is the connection it was just handed to (NO_CONN: none known). */
  add(packet: Deliverable, deliveredOn: ConnKey = NO_CONN): void {
    if (!(packet.token_expires_at_ms > 0) || this.done.has(packet.packet_id)) return;
    const list = this.byUser.get(packet.user_id);
    let held = list?.find((h) => h.packet.packet_id === packet.packet_id);
    if (!held) {
      held = { packet, deliveredOn: [] };
      if (list) list.push(held); else this.byUser.set(packet.user_id, [held]);
    }
    markDelivered(held, deliveredOn);
  }

  /**
   * Opened or shared through this gateway (its journal shows it): not handed again. The
   * journal names no user, so a packet already held is dropped when its user next shakes.
   */
  seenOpened(packetId: string): void {
    this.done.add(packetId);
  }

  /** Still to be handed: its token has not expired and no open/share of it was seen here. */
  private live(h: Held, nowMs: number): boolean {
    return h.packet.token_expires_at_ms > nowMs && !this.done.has(h.packet.packet_id);
  }

  /** The phone opened or shared it here: never re-delivered again by this process. */
  opened(userId: string, packetId: string): void {
    this.done.add(packetId);
    const list = this.byUser.get(userId);
    if (!list) return;
    const left = list.filter((h) => h.packet.packet_id !== packetId);
    if (left.length) this.byUser.set(userId, left); else this.byUser.delete(userId);
  }

  /**
   * The packet to hand again on this shake, or null (then the shake draws as
   * usual). `shown(packetId)` tells whether the phone's cookie lists it; asked
   * only when a candidate exists, so the common shake pays one map lookup.
   * A request from no known connection (NO_CONN) never gets one.
   */
  due(userId: string, conn: ConnKey, nowMs: number, shown: (packetId: string) => boolean): Deliverable | null {
    const list = this.byUser.get(userId);
    if (!list || conn === NO_CONN) return null;
    let found: Deliverable | null = null;
    let gone = 0;
    for (const h of list) {
      if (!this.live(h, nowMs)) { gone++; continue; }
      if (found || h.deliveredOn.includes(conn)) continue;
      markDelivered(h, conn);
      if (!shown(h.packet.packet_id)) found = h.packet;
    }
    if (gone === list.length) this.byUser.delete(userId);
    else if (gone > 0) this.byUser.set(userId, list.filter((h) => this.live(h, nowMs)));
    return found;
  }

  get users(): number {
    return this.byUser.size;
  }
}

/**
 * Packets this gateway's journal holds an open/share for (entries after row
 * `afterSeq`) whose token still verifies: opened through this gateway, so not
 * handed again. Read in full when a logic worker loads and again, for the rows
 * written since, when it takes over (a standby loads long before: opens
 * accepted meanwhile by the generation it replaces count too). The journal
 * thread owns the file; WAL readers do not block it. A missing journal means none.
 */
export function packetsInJournal(journalPath: string, nowMs: number, afterSeq = 0): { packets: Set<string>; lastSeq: number } {
  const packets = new Set<string>();
  let lastSeq = afterSeq;
  if (!existsSync(journalPath)) return { packets, lastSeq };
  let db: Database.Database | null = null;
  try {
    db = new Database(journalPath, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    const rows = db.prepare('SELECT seq, packet_id, token_expires_at_ms FROM journal WHERE seq > ? ORDER BY seq').iterate(afterSeq);
    for (const r of rows as Iterable<{ seq: number; packet_id: string; token_expires_at_ms: number }>) {
      lastSeq = r.seq;
      if (r.token_expires_at_ms === 0 || r.token_expires_at_ms > nowMs) packets.add(r.packet_id);
    }
  } catch {
    // No journal table yet (a gateway that never accepted an open): nothing opened.
  } finally {
    db?.close();
  }
  return { packets, lastSeq };
}
