/**
 * Server memory per idle WebSocket connection: opens N idle connections (default 19,000,
 * spread over several 127.x source addresses and client workers) to the server under test in
 * --steps steps, and reads the server's VmRSS before and after each step, once it is stable
 * (at least --settle s, full GCs in the server's main thread via bench/lib/gc-preload.ts).
 *   node --import tsx bench/idle-memory.ts [--target both|echo|gateway] [--connections 19000]
 *     [--steps 2] [--threads 2] [--spawn thread|process] [--addresses 4] [--settle 10]
 * Prints KiB per connection overall ((RSS(N) - RSS(0)) / N) and over the last step (memory
 * the process had already freed but kept resident is reused by the first connections, which
 * makes the overall figure read low); writes bench/out/idle-memory.json.
 */
import { parseArgs } from 'node:util';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { ThreadedLoadClient } from './lib/threaded-load-client.ts';
import { HOOKS_MODULE, type ShakeHooksArg } from './lib/shake-hooks.ts';
import { startTarget, REPO_ROOT, type TargetName } from './lib/targets.ts';
import { rssKiB } from './lib/proc-stats.ts';
import { median, fmtInt, sleep, sourceAddresses } from './lib/summary.ts';
import type { ServerProcess } from './lib/child-server.ts';

const { values: a } = parseArgs({
  options: {
    target: { type: 'string', default: 'both' },
    connections: { type: 'string', default: '19000' },
    threads: { type: 'string', default: '2' },
    spawn: { type: 'string' },
    addresses: { type: 'string', default: '4' },
    settle: { type: 'string', default: '10' },
    steps: { type: 'string', default: '2' },
    host: { type: 'string', default: '127.0.0.1' },
    secret: { type: 'string', default: process.env.SHAKE_AUTH_SECRET ?? randomBytes(24).toString('hex') },
    'gateway-env': { type: 'string', multiple: true, default: [] },
  },
});
const targets: TargetName[] = a.target === 'both' ? ['echo', 'gateway'] : [a.target as TargetName];
const N = Number(a.connections);
const settleMs = Number(a.settle) * 1000;
const gatewayEnv = Object.fromEntries(a['gateway-env'].map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));

function fdLimit(): number {
  const m = /^Max open files\s+(\d+|unlimited)/m.exec(readFileSync('/proc/self/limits', 'utf8'));
  return !m || m[1] === 'unlimited' ? Infinity : Number(m[1]);
}

// One process holds every client socket in thread mode; split over processes if that would not fit.
const limit = fdLimit();
let threads = Number(a.threads);
let spawnKind = (a.spawn as 'thread' | 'process' | undefined) ?? (N + 500 > limit ? 'process' : 'thread');
if (spawnKind === 'process') threads = Math.max(threads, Math.ceil(N / (limit - 500)));
if (spawnKind === 'thread' && N + 500 > limit) throw new Error(`${N} sockets do not fit the fd limit ${limit}; use --spawn process`);
if (N + 100 > limit) console.log(`warning: the server's fd limit is ${limit} (inherited); ${N} connections may not fit`);

/**
 * RSS once it is stable: V8's memory reducer and the allocator keep giving pages back for
 * ~10 s after a burst, so sample every second (full GC every 2 s) until the last 5 samples
 * span <= 128 KiB (at least settle, at most 60 s). Returns their median.
 */
async function stableRss(server: ServerProcess): Promise<{ rss: number; heapUsed: number; external: number; waitedS: number; stable: boolean }> {
  const t0 = Date.now();
  const xs: number[] = [];
  let mem: NodeJS.MemoryUsage | null = null;
  for (let i = 0; ; i++) {
    if (i % 2 === 0) mem = (await server.gc()) ?? mem;
    await sleep(1000);
    xs.push(rssKiB(server.pid));
    const last = xs.slice(-5);
    const stable = last.length === 5 && Math.max(...last) - Math.min(...last) <= 128;
    const waited = Date.now() - t0;
    if ((stable && waited >= settleMs) || waited > 60_000) {
      return { rss: median(last), heapUsed: (mem?.heapUsed ?? NaN) / 1024, external: (mem?.external ?? NaN) / 1024, waitedS: waited / 1000, stable };
    }
  }
}

const steps = Math.max(1, Number(a.steps));
const results: Record<string, unknown>[] = [];
console.log(`${fmtInt(N)} idle connections in ${steps} step(s), client: ${threads} ${spawnKind}(s) (fd limit ${limit}), ${a.addresses} source addresses, settle ${a.settle} s`);
for (const name of targets) {
  const server = await startTarget(name, { host: a.host, secret: a.secret, gatewayEnv, gcHook: true });
  const clients: ThreadedLoadClient[] = [];
  try {
    const before = await stableRss(server);
    const points = [{ conns: 0, rss: before.rss, heap: before.heapUsed }];
    console.log(`  ${name.padEnd(7)} ${'0'.padStart(6)} connections: RSS ${fmtInt(before.rss)} KiB (stable after ${before.waitedS.toFixed(0)} s${before.stable ? '' : ', NOT STABLE'}), JS heap ${fmtInt(before.heapUsed)} KiB`);
    let opened = 0;
    for (let k = 1; k <= steps; k++) {
      // Each step opens the next share, with its own user ids (connection indexes).
      const upTo = Math.round((N * k) / steps);
      const client = new ThreadedLoadClient({
        host: a.host, port: server.port, connections: upTo - opened, firstConnIndex: opened,
        threads: Math.max(1, Math.round((threads * (upTo - opened)) / N)), spawn: spawnKind,
        localAddresses: sourceAddresses(Number(a.addresses)), connectConcurrency: 128, connectTimeoutMs: 30_000,
        hooks: { module: HOOKS_MODULE, arg: { target: name === 'echo' ? 'echo' : 'gateway', secret: a.secret } satisfies ShakeHooksArg },
      });
      clients.push(client);
      const c = await client.connect();
      if (c.connected !== upTo - opened) console.log(`  ${name}: step ${k}: only ${c.connected}/${upTo - opened} connected; first error: ${c.firstError}`);
      opened += c.connected;
      const m = await stableRss(server);
      points.push({ conns: opened, rss: m.rss, heap: m.heapUsed });
      console.log(`  ${name.padEnd(7)} ${fmtInt(opened).padStart(6)} connections (+${fmtInt(c.connected)} in ${(c.elapsedMs / 1000).toFixed(1)} s): ` +
        `RSS ${fmtInt(m.rss)} KiB (stable after ${m.waitedS.toFixed(0)} s${m.stable ? '' : ', NOT STABLE'}), JS heap ${fmtInt(m.heapUsed)} KiB`);
    }
    // A zero-length run sends nothing; it reports how many connections are still open.
    let stillOpen = 0;
    for (const c of clients) stillOpen += (await c.run({ mode: { kind: 'closed', inFlight: 0 }, warmupMs: 0, durationMs: 0, drainMs: 0 })).connections;
    const first = points[0], last = points[points.length - 1], prev = points[points.length - 2];
    const total = (last.rss - first.rss) / last.conns;
    const marginal = (last.rss - prev.rss) / (last.conns - prev.conns);
    const heap = (last.heap - first.heap) / last.conns;
    console.log(`  ${name.padEnd(7)} ${fmtInt(last.conns)} connected, ${fmtInt(stillOpen)} still open: ${total.toFixed(3)} KiB/connection overall` +
      (steps > 1 ? `, ${marginal.toFixed(3)} KiB/connection over the last step` : '') + ` (JS heap part ${heap.toFixed(3)})`);
    results.push({ target: name, connections: last.conns, stillOpen, points, kibPerConnection: total, kibPerConnectionLastStep: steps > 1 ? marginal : undefined, heapKiBPerConnection: heap });
  } finally {
    for (const c of clients) await c.close();
    await server.stop();
  }
}
mkdirSync(`${REPO_ROOT}bench/out`, { recursive: true });
writeFileSync(`${REPO_ROOT}bench/out/idle-memory.json`, JSON.stringify({ at: new Date().toISOString(), results }, null, 2));
for (const r of results as { target: string; kibPerConnection: number; kibPerConnectionLastStep?: number }[]) {
  const worst = Math.max(r.kibPerConnection, r.kibPerConnectionLastStep ?? 0);
  console.log(`summary ${r.target.padEnd(7)} ${worst.toFixed(3)} KiB/connection (the larger of overall and last step)${r.target === 'gateway' ? ` target <= 2 KiB: ${worst <= 2 ? 'met' : 'NOT met'}` : ''}`);
}
