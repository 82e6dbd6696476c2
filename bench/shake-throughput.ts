/**
 * Shake-path throughput and latency, gateway vs a raw uWebSockets.js echo server, measured in
 * the same run with the same load client and connection mix.
 *   node --import tsx bench/shake-throughput.ts [--target both|echo|gateway] [--connections 200]
 *     [--inflight 8] [--threads 1] [--rounds 3] [--warmup 1] [--duration 5] [--addresses 4]
 * 1. closed loop (each connection keeps --inflight requests outstanding): max req/s, --rounds
 *    rounds, targets interleaved round by round; the median is the target's max.
 * 2. open loop at half of each target's own max: latency p50/p90/p99/p999 from the scheduled
 *    send time (no coordinated omission), plus service latency from the actual write.
 * Throughput counts OK replies only (gateway: a shake answer, not Busy/Error; echo: the echoed
 * shake). Prints both and the ratio gateway/echo; writes bench/out/shake-throughput.json.
 */
import { parseArgs } from 'node:util';
import { mkdirSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { ThreadedLoadClient } from './lib/threaded-load-client.ts';
import { HOOKS_MODULE, type ShakeHooksArg } from './lib/shake-hooks.ts';
import { startTarget, gatewayStatus, REPO_ROOT, type TargetName } from './lib/targets.ts';
import { CpuMeter } from './lib/proc-stats.ts';
import { median, fmtInt, fmtMs, fmtUs, cpuPerOpUs, sourceAddresses } from './lib/summary.ts';
import type { ServerProcess } from './lib/child-server.ts';
import type { LoadStats } from './lib/ws-load-client.ts';

const { values: a } = parseArgs({
  options: {
    target: { type: 'string', default: 'both' },
    connections: { type: 'string', default: '200' },
    inflight: { type: 'string', default: '8' },
    threads: { type: 'string', default: '1' },
    rounds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '1' },
    duration: { type: 'string', default: '5' },
    addresses: { type: 'string', default: '4' },
    host: { type: 'string', default: '127.0.0.1' },
    secret: { type: 'string', default: process.env.SHAKE_AUTH_SECRET ?? randomBytes(24).toString('hex') },
    'gateway-env': { type: 'string', multiple: true, default: [] },
  },
});
const targets: TargetName[] = a.target === 'both' ? ['echo', 'gateway'] : a.target === 'all' ? ['echo', 'gateway-core', 'gateway'] : (a.target.split(',') as TargetName[]);
if (!targets.every((t) => t === 'echo' || t === 'gateway' || t === 'gateway-core')) throw new Error(`--target must be echo|gateway|gateway-core|both|all (or a comma list)`);
const N = Number(a.connections), K = Number(a.inflight), rounds = Number(a.rounds);
const warmupMs = Number(a.warmup) * 1000, durationMs = Number(a.duration) * 1000;
const gatewayEnv = Object.fromEntries(a['gateway-env'].map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));

interface Target { name: TargetName; server: ServerProcess; client: ThreadedLoadClient; closed: LoadStats[]; serverCpu: number[]; clientCpu: number[]; open?: LoadStats; openServerCpu?: number }
const live: Target[] = [];

async function setUp(name: TargetName): Promise<Target> {
  const server = await startTarget(name, { host: a.host, secret: a.secret, gatewayEnv });
  console.log(`${name}: pid ${server.pid}, port ${server.port}`);
  const arg: ShakeHooksArg = { target: name === 'echo' ? 'echo' : 'gateway', secret: a.secret };
  const client = new ThreadedLoadClient({
    host: a.host, port: server.port, connections: N, threads: Number(a.threads),
    localAddresses: sourceAddresses(Number(a.addresses)), payloadCycle: 1024,
    hooks: { module: HOOKS_MODULE, arg },
  });
  const t: Target = { name, server, client, closed: [], serverCpu: [], clientCpu: [] };
  live.push(t);
  const c = await client.connect();
  if (c.connected !== N) throw new Error(`${name}: ${c.connected}/${N} connected; first error: ${c.firstError}`);
  const probe = await client.run({ mode: { kind: 'closed', inFlight: 1 }, warmupMs: 100, durationMs: 300 });
  if (probe.replies === 0 || probe.invalid > 0 || probe.closed > 0) {
    throw new Error(`${name}: probe failed: ${probe.replies} replies, ${probe.invalid} invalid, ${probe.closed} closed (${probe.closeReason})`);
  }
  console.log(`${name}: ${N} connections open in ${fmtInt(c.elapsedMs)} ms; probe ${fmtInt(probe.rps)} req/s at 1 in flight, ${probe.pushes} pushes`);
  return t;
}

async function measure(t: Target, mode: LoadStats['mode']): Promise<{ s: LoadStats; serverCpu: number; clientCpu: number; otherCpu: number }> {
  const sm = new CpuMeter(t.server.pid), cm = new CpuMeter(process.pid);
  const others = live.filter((o) => o !== t).map((o) => new CpuMeter(o.server.pid)); // the idle target(s)
  sm.start(); cm.start(); others.forEach((m) => m.start());
  const s = await t.client.run({ mode, warmupMs, durationMs });
  return { s, serverCpu: sm.stop(), clientCpu: cm.stop(), otherCpu: others.reduce((x, m) => x + m.stop(), 0) };
}

const line = (s: LoadStats): string =>
  `${fmtInt(s.okRps)} req/s${s.invalid ? ` (+${fmtInt(s.invalid)} not-OK replies)` : ''}  p50 ${fmtMs(s.latency.p50)}  p99 ${fmtMs(s.latency.p99)}  lost ${s.lostAtEnd}  closed ${s.closed}  pushes ${s.pushes}`;

try {
  for (const name of targets) await setUp(name);
  console.log(`\nclosed loop: ${N} connections x ${K} in flight, ${a.threads} client thread(s), ${rounds} rounds of ${a.duration} s (+${a.warmup} s warm-up)`);
  for (let r = 1; r <= rounds; r++) {
    for (const t of live) {
      const m = await measure(t, { kind: 'closed', inFlight: K });
      t.closed.push(m.s); t.serverCpu.push(m.serverCpu); t.clientCpu.push(m.clientCpu);
      console.log(`  round ${r} ${t.name.padEnd(12)} ${line(m.s)}  cpu server ${m.serverCpu.toFixed(2)} client ${m.clientCpu.toFixed(2)}${live.length > 1 ? ` idle-other ${m.otherCpu.toFixed(2)}` : ''} cores`);
    }
  }
  const maxOf = (t: Target): number => median(t.closed.map((s) => s.okRps));
  console.log(`\nopen loop at half of each target's max, latency from scheduled send time (service latency from the write in brackets)`);
  for (const t of live) {
    const rate = maxOf(t) / 2;
    const m = await measure(t, { kind: 'open', rate });
    t.open = m.s; t.openServerCpu = m.serverCpu;
    const L = m.s.latency, S = m.s.serviceLatency;
    console.log(`  ${t.name.padEnd(12)} target ${fmtInt(rate)} req/s, got ${fmtInt(m.s.okRps)} OK${m.s.invalid ? ` + ${fmtInt(m.s.invalid)} not-OK` : ''}: p50 ${fmtMs(L.p50)} p90 ${fmtMs(L.p90)} p99 ${fmtMs(L.p99)} p999 ${fmtMs(L.p999)} max ${fmtMs(L.max)}` +
      `  [p50 ${fmtMs(S.p50)} p99 ${fmtMs(S.p99)}]  lost ${m.s.lostAtEnd}  cpu server ${m.serverCpu.toFixed(2)} client ${m.clientCpu.toFixed(2)}`);
  }
  console.log('\nsummary');
  // Server CPU per request (cores x 10^6 / rate): median over the closed-loop rounds, and in the open loop at half.
  const cpuClosed = (t: Target) => median(t.closed.map((s, i) => cpuPerOpUs(t.serverCpu[i], s.okRps)));
  const cpuOpen = (t: Target) => cpuPerOpUs(t.openServerCpu ?? NaN, t.open?.okRps ?? 0);
  for (const t of live) {
    console.log(`  ${t.name.padEnd(12)} max ${fmtInt(maxOf(t))} req/s (median of ${t.closed.map((s) => fmtInt(s.okRps)).join(', ')}); ` +
      `at half: p50 ${fmtMs(t.open?.latency.p50 ?? NaN)} p99 ${fmtMs(t.open?.latency.p99 ?? NaN)}; ` +
      `server cpu per request ${fmtUs(cpuClosed(t))} at max, ${fmtUs(cpuOpen(t))} at half`);
  }
  const echo = live.find((t) => t.name === 'echo'), gw = live.find((t) => t.name === 'gateway'), core = live.find((t) => t.name === 'gateway-core');
  const ratio = (x: Target, y: Target, label: string, target: string) => {
    const perRound = x.closed.map((s, i) => s.okRps / y.closed[i].okRps);
    console.log(`  ratio ${label} = ${(maxOf(x) / maxOf(y)).toFixed(3)} (${target}; per round ${perRound.map((v) => v.toFixed(3)).join(', ')})`);
  };
  for (const t of live.filter((x) => x !== echo)) {
    if (echo) console.log(`  cpu per request ${t.name}/echo = ${(cpuClosed(t) / cpuClosed(echo)).toFixed(2)} at max, ${(cpuOpen(t) / cpuOpen(echo)).toFixed(2)} at half`);
  }
  if (echo && core) ratio(core, echo, 'gateway-core/echo', 'issue 2 target >= 0.5');
  if (echo && gw) ratio(gw, echo, 'gateway/echo', 'shake path with show decisions');
  if (core && gw) ratio(gw, core, 'gateway/gateway-core', 'issue 3 target >= 0.9');
  if (gw) console.log(`  gateway /status: ${JSON.stringify(await gatewayStatus(a.host, gw.server.port))?.slice(0, 400)}`);
  mkdirSync(`${REPO_ROOT}bench/out`, { recursive: true });
  const out = live.map((t) => ({
    target: t.name, connections: N, inFlight: K, threads: Number(a.threads), maxRps: maxOf(t),
    closedRps: t.closed.map((s) => s.okRps), closedNotOk: t.closed.map((s) => s.invalid), serverCpu: t.serverCpu, clientCpu: t.clientCpu,
    serverCpuPerRequestUs: cpuClosed(t), serverCpuPerRequestAtHalfUs: cpuOpen(t),
    openRate: t.open?.mode, openRps: t.open?.okRps, openNotOk: t.open?.invalid, latency: t.open?.latency, serviceLatency: t.open?.serviceLatency,
  }));
  writeFileSync(`${REPO_ROOT}bench/out/shake-throughput.json`, JSON.stringify({ at: new Date().toISOString(), results: out }, null, 2));
} finally {
  for (const t of live) { await t.client.close(); await t.server.stop(); }
}
