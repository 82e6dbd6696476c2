/**
 * Seed import into the money side's packet book: packets/s (all shards together)
 * and peak RSS per size. Each size runs in its own child process (a fresh data dir,
 * real shard writer threads, SQLite WAL), so its peak RSS is its own; the seed file
 * of each size is generated once and kept in --dir. The import's time includes its
 * final fsync and checkpoint on every shard.
 *
 *   node --import tsx bench/packet-service-seed-import.ts [--counts 10000000,50000000] [--shards 2] [--dir /tmp/ps-import-bench] [--reimport] [--reference-rows 2000000]
 * (--reimport: a second import of the same file in the same run, which finds every record held.)
 * Prints one line per size (packets/s of wall time, CPU µs per packet over all threads,
 * peak RSS, load average), the RSS ratio of the largest to the smallest, and a same-run
 * reference: raw SQLite inserts into the same table on one thread (--reference-rows 0: none),
 * because on a shared machine the wall figures say as much about the neighbours as the code.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { makeConfig } from '../packet-service/config.ts';
import { PacketService } from '../packet-service/service.ts';
import { createLogger } from '../common/logger.ts';
import { GENERATE_DEFAULTS, generateSeedFile } from '../seed-splitter/generate.ts';
import { sqliteInsertReference } from './lib/sqlite-insert-reference.ts';

const { values } = parseArgs({ options: {
  counts: { type: 'string', default: '10000000,50000000' }, shards: { type: 'string', default: '2' },
  dir: { type: 'string', default: path.join(os.tmpdir(), 'ps-import-bench') }, child: { type: 'string' },
  reimport: { type: 'boolean', default: false }, 'reference-rows': { type: 'string', default: '2000000' },
} });
const load = () => os.loadavg().map((x) => x.toFixed(1)).join(' ');
const shards = Number(values.shards);

async function child(seedFile: string): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(values.dir!, 'data-'));
  try {
    const svc = new PacketService(makeConfig({ dataDir, shardCount: shards }), { logger: createLogger('bench', { level: 'silent' }) });
    const c0 = process.cpuUsage();
    const r = await svc.importSeedFiles([seedFile]);
    const c = process.cpuUsage(c0);
    const again = values.reimport ? await svc.importSeedFiles([seedFile]) : { seconds: NaN, existing: 0 };
    await svc.close();
    process.stdout.write(`${JSON.stringify({ ...r, reimportSeconds: again.seconds, reimportExisting: again.existing, cpuSeconds: (c.user + c.system) / 1e6, maxRssMiB: process.resourceUsage().maxRSS / 1024 })}\n`);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function seedFileFor(count: number): string {
  fs.mkdirSync(values.dir!, { recursive: true });
  const file = path.join(values.dir!, `seeds-${count}.seed`);
  if (!fs.existsSync(file)) generateSeedFile({ ...GENERATE_DEFAULTS, out: file, count });
  return file;
}

if (values.child) {
  await child(values.child);
} else {
  console.log(`seed import bench: ${shards} shards, ${os.cpus().length} cpus, files in ${values.dir}, load average ${load()}`);
  const rows: { count: number; rss: number }[] = [];
  for (const count of values.counts.split(',').map(Number)) {
    const file = seedFileFor(count);
    const r = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', file, '--shards', String(shards), '--dir', values.dir!, ...(values.reimport ? ['--reimport'] : [])], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`import of ${count} failed: ${r.stderr}`);
    const x = JSON.parse(r.stdout.trim().split('\n').pop()!) as { records: number; inserted: number; seconds: number; reimportSeconds: number; reimportExisting: number; cpuSeconds: number; maxRssMiB: number };
    rows.push({ count, rss: x.maxRssMiB });
    console.log(`${String(count).padStart(10)} packets  import ${x.seconds.toFixed(1)} s = ${(x.records / x.seconds).toFixed(0)} packets/s  (inserted ${x.inserted})  `
      + (values.reimport ? `re-import ${(x.records / x.reimportSeconds).toFixed(0)} packets/s (${x.reimportExisting} already held)  ` : '') + `CPU ${(x.cpuSeconds * 1e6 / x.records).toFixed(2)} µs/packet  peak RSS ${x.maxRssMiB.toFixed(0)} MiB  load ${load()}`);
  }
  if (rows.length > 1) console.log(`peak RSS ratio ${rows[rows.length - 1].count}/${rows[0].count}: ${(rows[rows.length - 1].rss / rows[0].rss).toFixed(2)}x`);
  const refRows = Number(values['reference-rows']);
  if (refRows > 0) {
    const ref = sqliteInsertReference(values.dir!, refRows);
    console.log(`reference, raw SQLite one thread (${refRows} rows, 256 per INSERT, WAL, sync OFF): ${ref.rowsPerSec.toFixed(0)} rows/s, `
      + `${(1e6 / ref.rowsPerCpuSec).toFixed(2)} µs CPU/row  load ${load()}`);
  }
}
