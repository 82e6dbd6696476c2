/**
 * The seed import on a shard writer: seed records arrive as the seed file holds them
 * (8 u32 words each, in a transferred buffer) and go into the packet book (state
 * in_pool) straight from those words, many rows per INSERT, no per-row objects.
 * Idempotent by packet id; a record held with other content is refused, naming it.
 *
 * Durability: import chunks commit like every other request (the configured synchronous,
 * WAL with SQLite's default autocheckpoint), so a crash loses nothing committed and a rerun
 * imports only what is missing. The import is declared done only after 'importEnd': a
 * commit under the configured sync, then a checkpoint (WAL into the database file, both
 * fsynced). Committing import-only flushes with synchronous=OFF and no checkpoint until the
 * end was tried and measured slower (10M: 635k vs 922k packets/s): the final checkpoint of
 * a WAL as large as the data costs more than the fsyncs it saves.
 */
import { catalogued } from '../../contracts/errors.ts';
import { packetIdToString } from '../../seed-splitter/index.ts';
import type { ShardStore } from './store.ts';
import type { BookRow } from './book-ops.ts';
import type { ImportChunk, ShardRequest } from './messages.ts';

/** Rows per INSERT (5 bound values each for seed rows, 7 with recycled_from; under SQLite's 32766). */
const GROUP = 256;
const TWO32 = 4294967296;
// Word indexes of a seed record (seed-splitter/format/layout.ts W), as plain local constants for the hot loop.
const RW = 8, ID_LO = 0, ID_HI = 1, FROM_LO = 2, FROM_HI = 3, AMOUNT = 4, SHARE_AMOUNT = 5, SPONSOR_SHARES = 6, SHARES_HIGH = 7;

function seedSql(n: number): string {
  return `WITH now(at_ms) AS (SELECT ?) INSERT OR IGNORE INTO t_packet (id, sponsor_idx, amount_cents, share_amount_cents, shares, state, user_id, recycled_from, at_ms)
    SELECT column1, column2, column3, column4, column5, 'in_pool', NULL, NULL, (SELECT at_ms FROM now) FROM (VALUES `
    + Array.from({ length: n }, () => '(?, ?, ?, ?, ?)').join(', ') + ')';
}
function recycledSql(n: number): string {
  return 'INSERT OR IGNORE INTO t_packet (id, sponsor_idx, amount_cents, share_amount_cents, shares, state, user_id, recycled_from, at_ms) VALUES '
    + Array.from({ length: n }, () => `(?, ?, ?, ?, ?, 'in_pool', NULL, ?, ?)`).join(', ');
}
const SEED_SQL_FULL = seedSql(GROUP);
const params: (number | string | null)[] = [];

function idAt(w: Uint32Array, o: number): number {
  return w[o + ID_HI] * TWO32 + w[o + ID_LO];
}
function fromAt(w: Uint32Array, o: number): number {
  return w[o + FROM_HI] * TWO32 + w[o + FROM_LO];
}
/** Low 16 bits in the record's sponsor/shares word; the high 16 in its reserved word (0 in seed files, see ImportChunk). */
function sharesAt(w: Uint32Array, o: number): number {
  return (w[o + SPONSOR_SHARES] >>> 16) + w[o + SHARES_HIGH] * 65536;
}

/** Book index of each sponsor of the chunk's table; a record naming no sponsor of it is refused. */
function sponsorMap(s: ShardStore, c: ImportChunk): number[] {
  const map = c.sponsors.map((name) => s.book.sponsorIdx(name));
  for (let i = 0; i < c.count; i++) {
    const o = i * RW;
    if ((c.words[o + SPONSOR_SHARES] & 0xffff) >= map.length) {
      throw catalogued('SEED_IMPORT_FAILED', `packet ${packetIdToString(idAt(c.words, o))}: sponsor index out of the file's sponsor table`, { packetId: packetIdToString(idAt(c.words, o)) });
    }
  }
  return map;
}

export function importChunk(s: ShardStore, c: ImportChunk, nowMs: number): { inserted: number; existing: number } {
  const map = sponsorMap(s, c);
  let inserted = 0;
  for (let start = 0; start < c.count; start += GROUP) {
    const n = Math.min(GROUP, c.count - start);
    const done = hasRecycled(c.words, start, n) ? insertRecycled(s, c.words, map, start, n, nowMs) : insertSeeds(s, c.words, map, start, n, nowMs);
    inserted += done;
    if (done !== n) checkHeld(s, c.words, map, start, n);
  }
  return { inserted, existing: c.count - inserted };
}

function hasRecycled(w: Uint32Array, start: number, n: number): boolean {
  for (let i = start; i < start + n; i++) if (w[i * RW + FROM_LO] !== 0 || w[i * RW + FROM_HI] !== 0) return true;
  return false;
}

/** Seed rows: 5 bound values per row; the constant columns are written by the statement. */
function insertSeeds(s: ShardStore, w: Uint32Array, map: number[], start: number, n: number, nowMs: number): number {
  params.length = n * 5 + 1;
  params[0] = nowMs;
  for (let i = start, k = 1; i < start + n; i++) {
    const o = i * RW, ss = w[o + SPONSOR_SHARES];
    params[k++] = idAt(w, o); params[k++] = map[ss & 0xffff]; params[k++] = w[o + AMOUNT]; params[k++] = w[o + SHARE_AMOUNT]; params[k++] = sharesAt(w, o);
  }
  return s.stmt(n === GROUP ? SEED_SQL_FULL : seedSql(n)).run(params).changes;
}

function insertRecycled(s: ShardStore, w: Uint32Array, map: number[], start: number, n: number, nowMs: number): number {
  params.length = 0;
  for (let i = start; i < start + n; i++) {
    const o = i * RW, ss = w[o + SPONSOR_SHARES], from = fromAt(w, o);
    params.push(idAt(w, o), map[ss & 0xffff], w[o + AMOUNT], w[o + SHARE_AMOUNT], sharesAt(w, o), from === 0 ? null : packetIdToString(from), nowMs);
  }
  return s.stmt(recycledSql(n)).run(params).changes;
}

/** A group inserted fewer rows than it holds: each held row must say what the record says. */
function checkHeld(s: ShardStore, w: Uint32Array, map: number[], start: number, n: number): void {
  for (let i = start; i < start + n; i++) {
    const o = i * RW, ss = w[o + SPONSOR_SHARES];
    const have = s.stmt('SELECT * FROM t_packet WHERE id = ?').get(idAt(w, o)) as BookRow;
    if (have.sponsor_idx !== map[ss & 0xffff] || have.amount_cents !== w[o + AMOUNT] || have.share_amount_cents !== w[o + SHARE_AMOUNT] || have.shares !== sharesAt(w, o)) {
      throw catalogued('SEED_IMPORT_CONFLICT', undefined, { packetId: packetIdToString(idAt(w, o)), shard: s.o.shard });
    }
  }
}

/** Whether a flush ends an import (then checkpointImport runs after its commit). */
export function endsImport(batches: readonly { reqs: readonly ShardRequest[] }[]): boolean {
  for (const b of batches) for (const r of b.reqs) if (r.type === 'importEnd') return true;
  return false;
}

/** In the 'importEnd' transaction: when the last import ended. */
export function markImported(s: ShardStore, nowMs: number): null {
  s.stmt('INSERT INTO t_meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run('seed_import_done_at_ms', String(nowMs));
  return null;
}

/** After the 'importEnd' commit, outside any transaction: the WAL into the database file, both fsynced. */
export function checkpointImport(s: ShardStore): void {
  const [r] = s.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
  if (r.busy !== 0) throw catalogued('SEED_IMPORT_FAILED', `shard ${s.o.shard}: the final checkpoint was blocked by a reader; run the import again`, { shard: s.o.shard });
}
