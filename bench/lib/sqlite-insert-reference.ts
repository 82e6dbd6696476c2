/**
 * Same-run reference for the seed import bench: what raw SQLite does on this machine
 * at this moment, one thread, no JS routing and no worker messages: the packet
 * book's table (same columns and partial indexes), 256 rows per prepared INSERT,
 * 65,536 rows per transaction, WAL, synchronous OFF. Rows/s of wall time and of CPU.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

const GROUP = 256, TXN_ROWS = 65_536;

export function sqliteInsertReference(dir: string, rows: number): { rowsPerSec: number; rowsPerCpuSec: number } {
  const file = path.join(dir, `reference-${process.pid}.db`);
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = OFF');
    db.exec(`CREATE TABLE t_packet (id INTEGER PRIMARY KEY, sponsor_idx INTEGER NOT NULL, amount_cents INTEGER NOT NULL,
      share_amount_cents INTEGER NOT NULL, shares INTEGER NOT NULL, state TEXT NOT NULL, user_id TEXT, recycled_from TEXT,
      at_ms INTEGER NOT NULL, gateway_id TEXT, token_expires_at_ms INTEGER NOT NULL DEFAULT 0);
      CREATE INDEX t_packet_from ON t_packet (recycled_from) WHERE recycled_from IS NOT NULL;
      CREATE INDEX t_packet_issued ON t_packet (token_expires_at_ms) WHERE state = 'issued';`);
    const insert = db.prepare(`INSERT OR IGNORE INTO t_packet (id, sponsor_idx, amount_cents, share_amount_cents, shares, state, at_ms) VALUES `
      + Array.from({ length: GROUP }, () => `(?, ?, ?, ?, ?, 'in_pool', 1)`).join(', '));
    const params: number[] = new Array(GROUP * 5);
    const txn = db.transaction((start: number) => {
      for (let g = start; g < start + TXN_ROWS; g += GROUP) {
        for (let i = g, k = 0; i < g + GROUP; i++) {
          params[k++] = i + 1; params[k++] = i & 7; params[k++] = 100 + (i % 20_000); params[k++] = 0; params[k++] = 0;
        }
        insert.run(params);
      }
    });
    const n = Math.ceil(rows / TXN_ROWS) * TXN_ROWS;
    const t0 = performance.now(), c0 = process.cpuUsage();
    for (let s = 0; s < n; s += TXN_ROWS) txn(s);
    const c = process.cpuUsage(c0), wall = (performance.now() - t0) / 1000;
    return { rowsPerSec: n / wall, rowsPerCpuSec: n / ((c.user + c.system) / 1e6) };
  } finally {
    db.close();
    for (const f of [file, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
  }
}
