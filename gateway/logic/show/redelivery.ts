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
/** Entries held before the first sweep of expired ones; after a sweep, twice what survived it. */
const SWEEP_AT_MIN = 4096;

interface Held { packet: Deliverable; deliveredOn: ConnKey[] }

function markDelivered(h: Held, conn: ConnKey): void {
  if (conn === NO_CONN || h.deliveredOn.includes(conn)) return;
  if (h.deliveredOn.length >= CONNS_KEPT) h.deliveredOn.shift();
  h.deliveredOn.push(conn);
}

/**
 * Memory is bounded by the packets whose token has not expired: a packet is
 * only ever handed while its token verifies, so once it expires neither its
 * "opened" mark nor its held entry can change an answer. Without the sweep both
 * maps would grow with every packet opened here or won anywhere in the fleet
 * for the whole show. The sweep runs when the entries double since the last
 * one, so its cost is constant per entry added.
 */
export class Redeliveries {
  private readonly byUser = new Map<string, Held[]>();
  /** Packets opened or shared through this gateway, with the time their token expires. */
  private readonly done = new Map<string, number>();
  private sweepAt = SWEEP_AT_MIN;
  /**
   * The latest time seen. Once a packet was judged expired and forgotten, a later call carrying an
   * earlier time (the wall clock stepped back, or callers' clocks read a moment apart) must not
   * bring it back as never handed: that would hand it twice on one connection.
   */
  private clockMs = 0;

  private monotonic(nowMs: number): number {
    if (nowMs > this.clockMs) this.clockMs = nowMs;
    return this.clockMs;
  }

  /** A packet this user holds; `deliveredOn` is the connection it was just handed to (NO_CONN: none known). */
  add(packet: Deliverable, deliveredOn: ConnKey = NO_CONN, wallMs = Date.now()): void {
    const nowMs = this.monotonic(wallMs);
    if (!(packet.token_expires_at_ms > nowMs) || this.done.has(packet.packet_id)) return;
    const list = this.byUser.get(packet.user_id);
    let held = list?.find((h) => h.packet.packet_id === packet.packet_id);
    if (!held) {
      held = { packet, deliveredOn: [] };
      if (list) list.push(held); else this.byUser.set(packet.user_id, [held]);
      this.sweepIfDue(nowMs);
    }
    markDelivered(held, deliveredOn);
  }

  /**
   * Opened or shared through this gateway (its journal shows it): not handed again until its
   * token expires. The journal names no user, so a packet already held is dropped when its user
   * next shakes.
   */
  seenOpened(packetId: string, tokenExpiresAtMs: number, nowMs = Date.now()): void {
    this.markDone(packetId, tokenExpiresAtMs, nowMs);
  }

  /** Still to be handed: its token has not expired and no open/share of it was seen here. */
  private live(h: Held, nowMs: number): boolean {
    return h.packet.token_expires_at_ms > nowMs && !this.done.has(h.packet.packet_id);
  }

  /** The phone opened or shared it here: never re-delivered again by this process. */
  opened(userId: string, packetId: string, tokenExpiresAtMs: number, nowMs = Date.now()): void {
    this.markDone(packetId, tokenExpiresAtMs, nowMs);
    const list = this.byUser.get(userId);
    if (!list) return;
    const left = list.filter((h) => h.packet.packet_id !== packetId);
    if (left.length) this.byUser.set(userId, left); else this.byUser.delete(userId);
  }

  private markDone(packetId: string, tokenExpiresAtMs: number, wallMs: number): void {
    const nowMs = this.monotonic(wallMs);
    if (!(tokenExpiresAtMs > nowMs)) return; // expired: add() refuses it anyway
    const known = this.done.get(packetId);
    if (known === undefined) {
      this.done.set(packetId, tokenExpiresAtMs);
      this.sweepIfDue(nowMs);
    } else if (tokenExpiresAtMs > known) {
      this.done.set(packetId, tokenExpiresAtMs);
    }
  }

  /** Drops what expired once the entries have doubled since the last sweep. */
  private sweepIfDue(nowMs: number): void {
    if (this.done.size + this.byUser.size < this.sweepAt) return;
    for (const [packetId, expiresAtMs] of this.done) if (expiresAtMs <= nowMs) this.done.delete(packetId);
    for (const [userId, list] of this.byUser) {
      const left = list.filter((h) => h.packet.token_expires_at_ms > nowMs);
      if (left.length === 0) this.byUser.delete(userId);
      else if (left.length < list.length) this.byUser.set(userId, left);
    }
    this.sweepAt = Math.max(SWEEP_AT_MIN, 2 * (this.done.size + this.byUser.size));
  }

  /**
   * The packet to hand again on this shake, or null (then the shake draws as
   * usual). `shown(packetId)` tells whether the phone's cookie lists it; asked
   * only when a candidate exists, so the common shake pays one map lookup.
   * A request from no known connection (NO_CONN) never gets one.
   */
  due(userId: string, conn: ConnKey, wallMs: number, shown: (packetId: string) => boolean): Deliverable | null {
    const nowMs = this.monotonic(wallMs);
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

  /** Packets marked opened here whose token has not been swept yet (bounded by the sweep). */
  get openedKept(): number {
    return this.done.size;
  }

  get users(): number {
    return this.byUser.size;
  }
}

/**
 * Packets this gateway's journal holds an open/share for (entries after row
 * `afterSeq`) whose token still verifies, with the time it expires (0: an
 * older entry that did not record it): opened through this gateway, so not
 * handed again. Read in full when a logic worker loads and again, for the rows
 * written since, when it takes over (a standby loads long before: opens
 * accepted meanwhile by the generation it replaces count too). The journal
 * thread owns the file; WAL readers do not block it. A missing journal means none.
 */
export function packetsInJournal(journalPath: string, nowMs: number, afterSeq = 0): { packets: Map<string, number>; lastSeq: number } {
  const packets = new Map<string, number>();
  let lastSeq = afterSeq;
  if (!existsSync(journalPath)) return { packets, lastSeq };
  let db: Database.Database | null = null;
  try {
    db = new Database(journalPath, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    const rows = db.prepare('SELECT seq, packet_id, token_expires_at_ms FROM journal WHERE seq > ? ORDER BY seq').iterate(afterSeq);
    for (const r of rows as Iterable<{ seq: number; packet_id: string; token_expires_at_ms: number }>) {
      lastSeq = r.seq;
      if (r.token_expires_at_ms === 0 || r.token_expires_at_ms > nowMs) packets.set(r.packet_id, r.token_expires_at_ms);
    }
  } catch {
    // No journal table yet (a gateway that never accepted an open): nothing opened.
  } finally {
    db?.close();
  }
  return { packets, lastSeq };
}
