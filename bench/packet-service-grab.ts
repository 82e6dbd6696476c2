/**
 * Grab throughput of the packet service, in process (no HTTP), real SQLite
 * shard writers (WAL, synchronous FULL unless --sync NORMAL):
 *  - hot: every grab on one group packet (one shard, per-packet FIFO);
 *  - spread: grabs over many group packets across all shards.
 * Prints grabs/s (total and per shard) and latency p50/p99 per shard count.
 *
 *   node --import tsx bench/packet-service-grab.ts [--seconds 3] [--shards 1,2] [--concurrency 2000] [--sync FULL]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { makeConfig } from '../packet-service/config.ts';
import { PacketService } from '../packet-service/service.ts';
import { importPackets } from '../packet-service/seed-import.ts';
import { createLogger } from '../common/logger.ts';
import { packetIdToString } from '../seed-splitter/format/ids.ts';

const { values } = parseArgs({ options: {
  seconds: { type: 'string', default: '3' }, shards: { type: 'string', default: '1,2' },
  concurrency: { type: 'string', default: '2000' }, sync: { type: 'string', default: 'FULL' },
} });
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);
const sync = values.sync === 'NORMAL' ? 'NORMAL' : 'FULL';

function pct(sorted: Float64Array, p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

async function run(shards: number, mode: 'hot' | 'spread') {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ps-bench-'));
  const svc = new PacketService(makeConfig({ dataDir, shardCount: shards, synchronous: sync }), { logger: createLogger('bench', { level: 'silent' }) });
  const groups: string[] = [];
  const n = mode === 'hot' ? 1 : 4000;
  const sharesEach = mode === 'hot' ? 2_000_000 : 5000;
  const seed = (i: number) => ({ packetId: packetIdToString(i + 1), sponsorId: `s${i % 50}`, amountCents: 1, shares: sharesEach, shareAmountCents: sharesEach * 100 });
  await importPackets(svc, Array.from({ length: n }, (_, i) => seed(i))); // the money side pays only packets its book holds
  await Promise.all(Array.from({ length: n }, async (_, i) => {
    const packetId = packetIdToString(i + 1);
    const base = { ...seed(i), entryId: `e${i}`, userId: `sender${i}`, roundId: 'r' };
    await svc.apply({ ...base, opId: `open:${packetId}`, kind: 'open' });
    await svc.apply({ ...base, opId: `share:${packetId}`, kind: 'share' });
    groups.push(packetId);
  }));
  const lat: number[] = [];
  let done = 0, failed = 0, user = 0;
  const end = performance.now() + seconds * 1000;
  const t0 = performance.now();
  async function loop() {
    while (performance.now() < end) {
      const g = groups[(Math.random() * groups.length) | 0];
      const s = performance.now();
      const r = await svc.grab(g, `u${user++}`);
      lat.push(performance.now() - s);
      if (r.status === 'ok') done++; else failed++;
    }
  }
  await Promise.all(Array.from({ length: concurrency }, loop));
  const elapsed = (performance.now() - t0) / 1000;
  await svc.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
  const sorted = Float64Array.from(lat).sort();
  return { shards, mode, grabs: done, notOk: failed, perSec: done / elapsed, perShard: done / elapsed / (mode === 'hot' ? 1 : shards), p50: pct(sorted, 0.5), p99: pct(sorted, 0.99) };
}

console.log(`packet-service grab bench: ${seconds}s per case, ${concurrency} concurrent grabbers, synchronous=${sync}, ${os.cpus().length} cpus`);
const rows = [];
for (const mode of ['hot', 'spread'] as const) {
  for (const shards of values.shards.split(',').map(Number)) {
    const r = await run(shards, mode);
    rows.push(r);
    console.log(`${mode.padEnd(6)} shards=${shards}  grabs=${r.grabs}  not-ok=${r.notOk}  ${r.perSec.toFixed(0)} grabs/s  (${r.perShard.toFixed(0)}/s per active shard)  p50=${r.p50.toFixed(1)}ms  p99=${r.p99.toFixed(1)}ms`);
  }
}
const spread = rows.filter((r) => r.mode === 'spread');
if (spread.length > 1) console.log(`spread scaling: ${spread.map((r) => `${r.shards} shards ${(r.perSec / spread[0].perSec).toFixed(2)}x`).join(', ')}`);
