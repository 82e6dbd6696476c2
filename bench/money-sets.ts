/**
 * Money SETs side by side, same run: 1 SET process, then 2 SET processes, on a
 * 3-node JetStream cluster (R3) as deployed. For each:
 *  - pay: N opens are put on the queue first (the backlog of a busy round), then the
 *    SETs start; time until every open is paid, ops/s total and per SET, and the CPU
 *    each SET process used (cores = CPU seconds / wall seconds);
 *  - grab: friends grab spread over shared group packets through each SET's HTTP API
 *    (the path phones use, routed by packet id) for --seconds; grabs/s total and per SET.
 * With 2 SETs half the users' caps are decided by the other SET (NATS request/reply).
 *
 *   node --import tsx bench/money-sets.ts [--opens 6000] [--seconds 5] [--concurrency 64]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { parseArgs } from 'node:util';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { NatsCluster } from '../ops/nats/cluster.ts';
import { JetStreamPublisher } from '../queue/jetstream-queue.ts';
import type { JetStreamQueueConfig } from '../queue/config.ts';
import { freePort } from '../common/ports.ts';
import { serviceAuthHeaders } from '../common/service-auth.ts';
import { setOfPacket } from '../contracts/sets.ts';
import { packetIdToString } from '../seed-splitter/format/ids.ts';
import { bookInDir, type Seed } from '../packet-service/test/helpers.ts';
import { entry } from '../packet-service/sets/test/set-harness.ts';
import { cpuMs } from './lib/proc-stats.ts';

const { values } = parseArgs({ options: { opens: { type: 'string', default: '6000' }, seconds: { type: 'string', default: '5' }, concurrency: { type: 'string', default: '64' } } });
const OPENS = Number(values.opens), SECONDS = Number(values.seconds), CONCURRENCY = Number(values.concurrency);
const root = fileURLToPath(new URL('..', import.meta.url));
const TOKEN = 'bench-service-token-0123456789';
const agent = new http.Agent({ keepAlive: true, maxSockets: CONCURRENCY });

interface SetProc { index: number; port: number; child: ChildProcess }

async function startSet(dir: string, index: number, count: number, queue: JetStreamQueueConfig): Promise<SetProc> {
  const port = await freePort();
  const configPath = path.join(dir, `set-${index}.json`);
  fs.writeFileSync(configPath, JSON.stringify({ dataDir: path.join(dir, `set-${index}`), shardCount: 2, http: { port },
    set: { index, seedSets: count, capSets: count }, queue }));
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'packet-service/main.ts'), configPath],
    { cwd: root, env: { ...process.env, SHAKE_LOG_LEVEL: 'error', SHAKE_SERVICE_TOKEN: TOKEN }, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (c: Buffer) => { if (c.toString().includes('"ready":true')) resolve(); });
    child.once('exit', (code) => reject(new Error(`SET ${index} exited (${code})`)));
  });
  return { index, port, child };
}

function call(port: number, method: string, p: string, body?: string): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: p, method, agent, headers: { ...serviceAuthHeaders(TOKEN), 'content-type': 'application/json' } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(Buffer.concat(chunks).toString() || 'null') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

async function run(cluster: NatsCluster, count: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `money-sets-${count}-`));
  const queue: JetStreamQueueConfig = { kind: 'jetstream', servers: cluster.urls, stream: `BENCH_SETS_${count}`, subjectPrefix: `bench${count}.ops`, replicas: 3,
    consumerName: 'money', maxAckPending: 4000, ...(count > 1 ? { sets: { seedSets: count, count, subjectsPerSet: 32 } } : {}) };
  // Every seed shared into a 1000-share group packet: the pay phase applies open + share, the grab phase spreads over them.
  const seeds: Seed[] = Array.from({ length: OPENS / 2 }, (_, i) => ({ packetId: packetIdToString(1 + i * 7919), userId: `u${i}`, sponsorId: `s${i % 20}`,
    amountCents: 100, shares: 1000, shareAmountCents: 100_000 }));
  for (let s = 0; s < count; s++) await bookInDir(path.join(dir, `set-${s}`), 2, seeds, count > 1 ? { index: s, seedSets: count, capSets: count } : undefined);
  const pub = await JetStreamPublisher.create(queue, { serviceToken: TOKEN });
  for (let i = 0; i < seeds.length; i += 500) await Promise.all(seeds.slice(i, i + 500).map((s) => pub.publish(entry('open', s))));
  for (let i = 0; i < seeds.length; i += 500) await Promise.all(seeds.slice(i, i + 500).map((s) => pub.publish(entry('share', s))));
  await pub.close();
  const sets = await Promise.all(Array.from({ length: count }, (_, s) => startSet(dir, s, count, queue)));
  // From ready (the consumer starts just before it): process start-up is not pay time.
  const t0 = performance.now();
  const cpu0 = sets.map((p) => cpuMs(p.child.pid!));
  for (;;) {
    const h = await Promise.all(sets.map((p) => call(p.port, 'GET', '/health')));
    if (h.every((x) => x.json.queueLag === 0) && h.reduce((a, x) => a + x.json.applied, 0) >= OPENS) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  const payWall = (performance.now() - t0) / 1000;
  const applied = await Promise.all(sets.map(async (p) => (await call(p.port, 'GET', '/health')).json.applied as number));
  const payCpu = sets.map((p, i) => (cpuMs(p.child.pid!) - cpu0[i]) / 1000);

  const cpu1 = sets.map((p) => cpuMs(p.child.pid!));
  const grabs = new Array<number>(count).fill(0);
  const until = performance.now() + SECONDS * 1000;
  let n = 0;
  await Promise.all(Array.from({ length: CONCURRENCY }, async () => {
    while (performance.now() < until) {
      const s = seeds[(n * 7) % seeds.length];
      const set = count > 1 ? setOfPacket(s.packetId, count) : 0;
      const r = await call(sets[set].port, 'POST', '/grab', JSON.stringify({ groupPacketId: s.packetId, userId: `f${n++}` }));
      if (r.status === 200) grabs[set]++;
    }
  }));
  const grabCpu = sets.map((p, i) => (cpuMs(p.child.pid!) - cpu1[i]) / 1000);
  for (const p of sets) p.child.kill('SIGTERM');
  await Promise.all(sets.map((p) => new Promise((r) => p.child.once('exit', r))));
  fs.rmSync(dir, { recursive: true, force: true });
  const total = applied.reduce((a, b) => a + b, 0);
  return { sets: count, payOpsPerSec: total / payWall, payPerSet: applied.map((a) => a / payWall), payCores: payCpu.map((c) => c / payWall),
    grabsPerSec: grabs.reduce((a, b) => a + b, 0) / SECONDS, grabsPerSet: grabs.map((g) => g / SECONDS), grabCores: grabCpu.map((c) => c / SECONDS), applied: total };
}

const cluster = await NatsCluster.start({ dir: fs.mkdtempSync(path.join(os.tmpdir(), 'money-sets-nats-')), size: 3, serviceToken: TOKEN });
try {
  console.log(`load average at start: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}; ${os.cpus().length} cores`);
  const results = [];
  for (const count of [1, 2]) {
    const r = await run(cluster, count);
    results.push(r);
    const f = (xs: number[], d = 0) => xs.map((x) => x.toFixed(d)).join(' + ');
    console.log(`${count} SET(s): pay ${r.payOpsPerSec.toFixed(0)} ops/s (${f(r.payPerSet)}; CPU ${f(r.payCores, 2)} cores), `
      + `grab ${r.grabsPerSec.toFixed(0)}/s (${f(r.grabsPerSet)}; CPU ${f(r.grabCores, 2)} cores), ${r.applied} ops applied`);
  }
  console.log(`2 SETs / 1 SET: pay ${(results[1].payOpsPerSec / results[0].payOpsPerSec).toFixed(2)}x, grab ${(results[1].grabsPerSec / results[0].grabsPerSec).toFixed(2)}x; `
    + `load average at end: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  fs.mkdirSync(path.join(root, 'bench/out'), { recursive: true });
  fs.writeFileSync(path.join(root, 'bench/out/money-sets.json'), JSON.stringify({ atMs: Date.now(), results }, null, 2));
} finally {
  agent.destroy();
  await cluster.stop();
}
