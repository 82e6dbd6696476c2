/**
 * Forwarder throughput: journal (SQLite) → forwarder → queue.
 *
 *   node --import tsx bench/forwarder.ts [--entries 200000] [--concurrent 100000] [--rate 25000]
 *        [--queue jetstream|sqlite|both] [--in-flight 4096]
 *
 * For each queue: (1) pre-fills a journal with --entries entries and measures the
 * drain rate; (2) then a separate writer process appends --concurrent more at
 * --rate/s while the forwarder runs, and we measure the forwarding rate during
 * that phase and the lag at the end. JetStream: a real 3-node cluster
 * (ops/nats/cluster.ts), stream R3, file storage. Prints entries/s.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { NatsCluster } from '../ops/nats/cluster.ts';
import { Forwarder } from '../agent/forwarder/forwarder.ts';
import { createPublisher, type QueueConfig } from '../queue/factory.ts';
import type { QueuePublisher } from '../queue/types.ts';
import { createLogger } from '../common/logger.ts';

const args = process.argv.slice(2);
const arg = (name: string, dflt: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : dflt; };
const entries = Number(arg('entries', '200000'));
const concurrent = Number(arg('concurrent', '100000'));
const rate = Number(arg('rate', '25000'));
const which = arg('queue', 'both');
const inFlight = Number(arg('in-flight', '4096'));
const writerScript = fileURLToPath(new URL('./forwarder-writer.ts', import.meta.url));
const logger = createLogger('bench', { level: 'warn' });

function runWriter(journal: string, from: number, count: number, perSec: number): Promise<{ written: number; ms: number; perSec: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', writerScript, journal, String(from), String(count), String(perSec), '250'],
      { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => { out += d; });
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`writer exited ${code}`))));
  });
}

async function waitBacklog(f: Forwarder, target: number): Promise<void> {
  for (;;) {
    const s = await f.stats();
    if (s.forwardedSeq >= target) return;
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** CPU seconds used so far by this process and by the given server pids (from /proc). */
function cpuSeconds(pids: number[]): { self: number; servers: number } {
  const u = process.cpuUsage();
  let servers = 0;
  for (const pid of pids) {
    try {
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      servers += (Number(f[11]) + Number(f[12])) / 100;
    } catch { /* gone */ }
  }
  return { self: (u.user + u.system) / 1e6, servers };
}

let serverPids: number[] = [];

async function benchQueue(name: string, dir: string, publisher: QueuePublisher): Promise<void> {
  const journal = path.join(dir, `${name}-journal.db`);
  const tf = performance.now();
  const fill = await runWriter(journal, 0, entries, 1e9);
  console.log(`[${name}] journal pre-filled: ${entries} entries in ${(fill.ms / 1000).toFixed(1)} s (${fill.perSec}/s writer, ${(performance.now() - tf) / 1000 | 0} s incl. startup)`);

  const f = new Forwarder({ journalPath: journal, statePath: path.join(dir, `${name}-fwd.db`), maxInFlight: inFlight }, { publisher, logger });
  const t0 = performance.now();
  const c0 = cpuSeconds(serverPids);
  await f.start();
  await waitBacklog(f, entries);
  const drainS = (performance.now() - t0) / 1000;
  const c1 = cpuSeconds(serverPids);
  console.log(`[${name}] drain of pre-filled journal: ${entries} entries in ${drainS.toFixed(2)} s = ${Math.round(entries / drainS)} entries/s ` +
    `(CPU: forwarder process ${(c1.self - c0.self).toFixed(1)} s, nats-servers ${(c1.servers - c0.servers).toFixed(1)} s)`);

  if (concurrent > 0) {
    const startTotal = (await f.stats()).forwardedTotal;
    const t1 = performance.now();
    const w = await runWriter(journal, entries, concurrent, rate);
    const atWriterEnd = await f.stats();
    const writerS = (performance.now() - t1) / 1000;
    void writerS;
    await waitBacklog(f, entries + concurrent);
    const totalS = (performance.now() - t1) / 1000;
    console.log(`[${name}] concurrent writing: writer ${w.written} entries at ${w.perSec}/s (target ${rate}/s); ` +
      `forwarded ${atWriterEnd.forwardedTotal - startTotal} while writing (${Math.round((atWriterEnd.forwardedTotal - startTotal) / (w.ms / 1000))}/s over the writer's ${(w.ms / 1000).toFixed(1)} s), ` +
      `backlog when the writer stopped ${atWriterEnd.backlog}, all forwarded ${((totalS - writerS) * 1000).toFixed(0)} ms after the writer stopped ` +
      `(writer process start-up included in neither)`);
  }
  await f.close();
}

/** The bench's own cluster: its NATS credentials derive from this token. */
const BENCH_TOKEN = 'bench-forwarder-service-token';
const dir = mkdtempSync(path.join(os.tmpdir(), 'shake-bench-fwd-'));
console.log(`forwarder bench: entries=${entries} concurrent=${concurrent} rate=${rate}/s in-flight=${inFlight} cpus=${os.cpus().length} loadavg=${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
try {
  if (which === 'sqlite' || which === 'both') {
    const cfg: QueueConfig = { kind: 'sqlite', path: path.join(dir, 'queue.db') };
    const pub = await createPublisher(cfg, { serviceToken: BENCH_TOKEN, logger });
    await benchQueue('sqlite', dir, pub);
    await pub.close();
  }
  if (which === 'jetstream' || which === 'both') {
    const cluster = await NatsCluster.start({ dir: path.join(dir, 'nats'), size: 3, serviceToken: BENCH_TOKEN });
    serverPids = cluster.nodes.map((n) => n.process!.pid!);
    try {
      const cfg: QueueConfig = { kind: 'jetstream', servers: cluster.urls, stream: 'SHAKE_OPS', subjectPrefix: 'shake.ops', replicas: 3 };
      const pub = await createPublisher(cfg, { serviceToken: BENCH_TOKEN, logger });
      await benchQueue('jetstream-R3', dir, pub);
      await pub.close();
    } finally {
      await cluster.stop();
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`loadavg at end: ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
