/**
 * The by-day tables of one shard: which day each dd slot holds, creating a
 * day's tables on first use, and moving an old day to the archive database
 * before its slot is reused (cold/hot separation, seed 004).
 */
import type Database from 'better-sqlite3';
import { ShakeError } from '../../common/errors.ts';
import { DAY_MS, dayDate, daySlot } from '../hash.ts';
import { DAY_KINDS, dayDdl, dropDayTables, tableName } from './schema.ts';

export class DayTables {
  private readonly slotDay = new Map<string, number>();
  /** Settles a slot's money (refunds, recycling) before it is archived; set by the shard writer. */
  beforeArchive: ((slot: string, nowMs: number) => void) | null = null;

  constructor(private readonly db: Database.Database, private readonly lookupDays: number, private readonly onRotate: () => void) {
    for (const r of db.prepare('SELECT slot, day FROM t_meta_day').all() as { slot: string; day: number }[]) this.slotDay.set(r.slot, r.day);
  }

  /** Makes sure the slot of `day` holds `day` (archiving an older day first). Call outside a transaction. */
  ensure(day: number, nowMs = day * DAY_MS): string {
    const slot = daySlot(day);
    const held = this.slotDay.get(slot);
    if (held === day) return slot;
    if (held !== undefined && held > day) {
      throw new ShakeError('DAY_SLOT_CONFLICT', 'slot holds a later day (clock went back?)', { slot, held, day });
    }
    if (held !== undefined) {
      this.beforeArchive?.(slot, nowMs);
      this.archive(slot, held);
    }
    this.db.transaction(() => {
      this.db.exec(dayDdl(slot));
      this.db.prepare('INSERT INTO t_meta_day (slot, day) VALUES (?, ?) ON CONFLICT(slot) DO UPDATE SET day = excluded.day').run(slot, day);
    })();
    this.slotDay.set(slot, day);
    this.onRotate();
    return slot;
  }

  /** Slots of the lookup window, newest first, that currently hold their day. */
  window(today: number): { slot: string; day: number }[] {
    const out: { slot: string; day: number }[] = [];
    for (let d = today; d > today - this.lookupDays; d--) {
      const slot = daySlot(d);
      if (this.slotDay.get(slot) === d) out.push({ slot, day: d });
    }
    return out;
  }

  /** Every live slot (for reconciliation and sweeps). */
  live(): { slot: string; day: number }[] {
    return [...this.slotDay].map(([slot, day]) => ({ slot, day })).sort((a, b) => b.day - a.day);
  }

  /**
   * Copies the day's tables into the attached `archive` schema as t_<kind>_<yyyymmdd>
   * (one transaction on the archive file), checks row counts, then drops them here
   * (a second transaction). A crash between the two is repaired by the next call.
   */
  private archive(slot: string, day: number): void {
    const date = dayDate(day);
    this.db.transaction(() => {
      for (const k of DAY_KINDS) {
        const exists = this.db.prepare(`SELECT 1 FROM archive.sqlite_master WHERE name = ?`).get(tableName(k, date));
        if (!exists) this.db.exec(`CREATE TABLE archive.${tableName(k, date)} AS SELECT * FROM main.${tableName(k, slot)}`);
      }
    })();
    for (const k of DAY_KINDS) {
      const a = this.db.prepare(`SELECT count(*) AS n FROM archive.${tableName(k, date)}`).get() as { n: number };
      const m = this.db.prepare(`SELECT count(*) AS n FROM main.${tableName(k, slot)}`).get() as { n: number };
      if (a.n !== m.n) throw new ShakeError('ARCHIVE_MISMATCH', 'archive copy incomplete', { slot, day, kind: k, archived: a.n, live: m.n });
    }
    this.db.transaction(() => {
      dropDayTables(this.db, slot);
      this.db.prepare('DELETE FROM t_meta_day WHERE slot = ?').run(slot);
    })();
    this.slotDay.delete(slot);
    this.onRotate();
  }
}
