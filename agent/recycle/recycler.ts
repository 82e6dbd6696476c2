/**
 * Recycling: polls the money service's GET /recycled?since=<cursor> for money
 * returned to sponsors (unshared split amounts after the share deadline,
 * packets refused at a cap), keeps the items for packets THIS machine issued
 * (its part's ids and the recycled ids it minted — every other machine skips
 * them, so each returned packet is re-issued by exactly one agent), and queues
 * the packet the money side minted for it (recycled-id scheme; the money side
 * pays only packets its book holds, so it mints them, not the agent) for
 * feeding at the same constant rate. Minted rows, the queue entries and
 * the cursor are committed in one durable transaction; (source, reason) is
 * unique, so a replayed page mints nothing twice.
 *
 *   whole packet back (amount = A + B): the minted packet has the same structure (A, N shares, B)
 *   part back (amount ≤ B, e.g. the unshared split amount): one plain packet of that amount
 *   anything else (more than the packet held, other sponsor, no minted packet): refused, logged, counted
 */
import type { Logger } from '../../common/logger.ts';
import { isRecycledId, parsePacketId } from '../../seed-splitter/index.ts';
import { partPosition, type LoadedPart } from '../part/load-part.ts';
import type { StateDb } from '../state/schema.ts';
import type { Meta } from '../state/meta.ts';
import type { PacketQueue } from '../state/packet-queue.ts';
import type { FeedStore } from '../feed/feed-store.ts';
import type { MintedStore } from './minted-store.ts';

export interface RecycledItem {
  seq: number; packetId: string; sponsorId: string; userId: string;
  amountCents: number; shares: number; reason: string; atMs: number;
  /** The packet the money side minted for this money (its book holds it); null: nothing to re-issue. */
  mint: { packetId: string; amountCents: number; shares: number; shareAmountCents: number } | null;
}

export interface RecyclerStats {
  polls: number;
  itemsSeen: number;
  notMine: number;
  minted: number;
  refused: number;
  duplicates: number;
  cursor: string | null;
  lastError: { code: string; message: string; atMs: number } | null;
}

export interface RecyclerOptions {
  sourceUrl: string;
  /** Where this source's cursor is kept (one per money SET); default recycle_cursor. */
  cursorKey?: string;
  /** Sent with every poll (the service credential: the money service's HTTP API is internal). */
  headers?: Record<string, string>;
  pollIntervalMs: number;
  pageLimit: number;
  db: StateDb;
  meta: Meta;
  part: LoadedPart;
  queue: PacketQueue;
  minted: MintedStore;
  store: FeedStore;
  logger: Logger;
  fetchFn?: typeof fetch;
}

export class Recycler {
  private timer: NodeJS.Timeout | null = null;
  private closed = false;
  private readonly s: RecyclerStats = { polls: 0, itemsSeen: 0, notMine: 0, minted: 0, refused: 0, duplicates: 0, cursor: null, lastError: null };

  constructor(private readonly o: RecyclerOptions) {
    this.s.cursor = o.meta.get(this.cursorKey);
  }

  private get cursorKey(): string {
    return this.o.cursorKey ?? 'recycle_cursor';
  }

  start(): void {
    this.schedule(0);
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
  }

  stats(): RecyclerStats {
    return { ...this.s };
  }

  private schedule(ms: number): void {
    if (!this.closed) this.timer = setTimeout(() => void this.poll(), ms);
  }

  /** One page; resolves with the number of items in it. Public for tests. */
  async poll(): Promise<number> {
    let n = 0;
    try {
      const url = new URL('/recycled', this.o.sourceUrl);
      if (this.s.cursor) url.searchParams.set('since', this.s.cursor);
      url.searchParams.set('limit', String(this.o.pageLimit));
      const res = await (this.o.fetchFn ?? fetch)(url, { headers: this.o.headers ?? {}, signal: AbortSignal.timeout(5000) });
      if (!res.ok) throw new Error(`HTTP ${res.status}: ${(await res.text()).slice(0, 200)}`);
      const body = (await res.json()) as { items: RecycledItem[]; next: string };
      if (!Array.isArray(body.items) || typeof body.next !== 'string') throw new Error('answer lacks items[] / next');
      this.s.polls++;
      n = body.items.length;
      if (!this.closed) this.apply(body.items, body.next);
      this.s.lastError = null;
    } catch (e) {
      this.s.lastError = { code: 'AGENT_RECYCLE_SOURCE_FAILED', message: (e as Error).message, atMs: Date.now() };
      this.o.logger.warn({ err: (e as Error).message, source: this.o.sourceUrl }, 'recycle poll failed');
    }
    this.schedule(n >= this.o.pageLimit ? 0 : this.o.pollIntervalMs);
    return n;
  }

  private mine(packetId: string): boolean {
    let n: number;
    try { n = parsePacketId(packetId); } catch { return false; }
    if (isRecycledId(n)) return this.o.minted.get(packetId) !== undefined;
    return partPosition(this.o.part, n) >= 0;
  }

  private apply(items: RecycledItem[], next: string): void {
    const now = Date.now();
    this.o.minted.durably(() => {
      for (const it of items) {
        this.s.itemsSeen++;
        if (!this.mine(it.packetId)) { this.s.notMine++; continue; }
        if (this.o.minted.forSource(it.packetId, it.reason)) { this.s.duplicates++; continue; }
        const orig = this.o.store.packetById(it.packetId);
        const whole = orig.amountCents + orig.shareAmountCents;
        // The money side minted the packet (it pays only packets its book holds); this agent only checks it fits.
        const m = it.mint;
        const fits = m !== null && it.sponsorId === orig.sponsorId && m.amountCents >= 1 && m.amountCents + m.shareAmountCents === it.amountCents
          && (it.amountCents === whole || (it.amountCents <= orig.shareAmountCents && m.shares === 0));
        if (!fits) {
          this.s.refused++;
          this.o.logger.error({ code: 'AGENT_RECYCLE_REJECTED', packetId: it.packetId, sponsorId: it.sponsorId, amountCents: it.amountCents, held: whole, reason: it.reason, mint: m },
            'recycled item does not fit the packet it names (or carries no minted packet); not re-issued');
          continue;
        }
        const row = this.o.minted.record({
          packet_id: m.packetId, source_packet_id: it.packetId, reason: it.reason, sponsor_id: orig.sponsorId, amount_cents: m.amountCents,
          shares: m.shares, share_amount_cents: m.shareAmountCents, minted_at_ms: now,
        });
        this.o.queue.add({
          packetId: row.packet_id, sponsorId: row.sponsor_id, amountCents: row.amount_cents, shares: row.shares,
          shareAmountCents: row.share_amount_cents, recycledFrom: it.packetId, reason: 'recycled',
        });
        this.s.minted++;
        this.o.logger.info({ packetId: row.packet_id, recycledFrom: it.packetId, amountCents: row.amount_cents, reason: it.reason }, 'recycled packet minted');
      }
      this.o.meta.set(this.cursorKey, next);
    });
    this.s.cursor = next;
  }
}

/** One figure over several sources (one recycler per money SET). */
export function mergeRecyclerStats(all: RecyclerStats[]): RecyclerStats | null {
  if (all.length <= 1) return all[0] ?? null;
  const sum = (k: 'polls' | 'itemsSeen' | 'notMine' | 'minted' | 'refused' | 'duplicates') => all.reduce((a, s) => a + s[k], 0);
  return { polls: sum('polls'), itemsSeen: sum('itemsSeen'), notMine: sum('notMine'), minted: sum('minted'), refused: sum('refused'), duplicates: sum('duplicates'),
    cursor: all.map((s) => s.cursor ?? '').join(' '), lastError: all.find((s) => s.lastError)?.lastError ?? null };
}
