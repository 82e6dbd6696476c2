/**
 * One shard's database (one SET) and its single writer: connection, prepared
 * statement cache, ledger posting, and finding a packet's day tables.
 */
import Database from 'better-sqlite3';
import { dayNumber } from '../hash.ts';
import { FIXED_DDL, migrateBook, tableName, type DayKind } from './schema.ts';
import { DayTables } from './days.ts';
import { PacketBook } from './book-ops.ts';

export interface StoreOptions {
  readonly shard: number;
  readonly shardCount: number;
  readonly path: string;
  readonly archivePath: string;
  readonly lookupDays: number;
  readonly synchronous: 'FULL' | 'NORMAL';
}

const LOCATION_CACHE_MAX = 200_000;

export class ShardStore {
  readonly db: Database.Database;
  readonly days: DayTables;
  readonly book: PacketBook;
  private stmts = new Map<string, Database.Statement>();
  /** packet id -> slot of its day tables (only positive answers are cached). */
  private readonly where = new Map<string, string>();

  constructor(readonly o: StoreOptions) {
    this.db = new Database(o.path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${o.synchronous}`);
    this.db.pragma('busy_timeout = 5000');
    this.db.prepare('ATTACH DATABASE ? AS archive').run(o.archivePath);
    this.db.exec(FIXED_DDL);
    migrateBook(this.db);
    this.days = new DayTables(this.db, o.lookupDays, () => { this.stmts = new Map(); this.where.clear(); });
    this.book = new PacketBook(this, o.shard, o.shardCount);
  }

  stmt(sql: string): Database.Statement {
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
  }

  t(kind: DayKind, slot: string): string {
    return tableName(kind, slot);
  }

  /** Slot holding today's tables, created if needed. Call outside a transaction. */
  today(nowMs: number): string {
    return this.days.ensure(dayNumber(nowMs), nowMs);
  }

  /** Slot of the day tables holding this packet, or null if not within the lookup window. */
  locate(packetId: string, nowMs: number): string | null {
    const hit = this.where.get(packetId);
    if (hit) return hit;
    for (const { slot } of this.days.window(dayNumber(nowMs))) {
      if (this.stmt(`SELECT 1 FROM ${tableName('seed', slot)} WHERE packet_id = ?`).get(packetId)) {
        this.remember(packetId, slot);
        return slot;
      }
    }
    return null;
  }

  remember(packetId: string, slot: string): void {
    if (this.where.size >= LOCATION_CACHE_MAX) {
      const first = this.where.keys().next().value;
      if (first !== undefined) this.where.delete(first);
    }
    this.where.set(packetId, slot);
  }

  /** One ledger movement: `amount` from `debit` to `credit`; entry ids are unique forever (PK). */
  post(slot: string, e: { entryId: string; debit: string; credit: string; amountCents: number; kind: string; packetId: string; sponsorId: string; atMs: number }): void {
    this.stmt(`INSERT INTO ${tableName('ledger', slot)} (entry_id, debit, credit, amount_cents, kind, packet_id, sponsor_id, at_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(e.entryId, e.debit, e.credit, e.amountCents, e.kind, e.packetId, e.sponsorId, e.atMs);
    const upd = this.stmt('INSERT INTO t_balance (account, balance) VALUES (?, ?) ON CONFLICT(account) DO UPDATE SET balance = balance + excluded.balance');
    upd.run(e.debit, -e.amountCents);
    upd.run(e.credit, e.amountCents);
  }

  balance(account: string): number {
    const r = this.stmt('SELECT balance FROM t_balance WHERE account = ?').get(account) as { balance: number } | undefined;
    return r?.balance ?? 0;
  }

  close(): void {
    this.db.close();
  }
}

export const account = {
  user: (id: string) => `user:${id}`,
  sponsor: (id: string) => `sponsor:${id}`,
  group: (id: string) => `group:${id}`,
};
