/**
 * Overload drill (issue 8): measure the gateway's capacity, offer 3x it for a
 * while with phones that obey the tiers and phones that ignore them, then drop
 * the load and time the return to full service.
 *
 *   node --import tsx bench/overload-drill.ts [--seconds 60] [--factor 3] [--cadence 100]
 *     [--ignore-share 0.2] [--recovery 10] [--capacity-connections 1000] [--capacity-inflight 1]
 *     [--phones native|js] [--canaries 200]
 *
 * Phones and the capacity client are native by default (bench/native: the JavaScript fleet
 * needs more CPU than the gateway on this 2-core machine and its stalls end up in the
 * latencies); --canaries obeying phones on the TypeScript client rules run alongside and are
 * reported on their own. --phones js runs the whole fleet in this process.
 *
 * Obeying phones shake every `--cadence` ms on their own (stretched by the rate limit);
 * their number is set so that, unslowed, they offer (1 - ignore-share) * factor * capacity
 * (at most --max-phones in all, under the gateway's 19,000 connections and our fd limit:
 * beyond it the cadence is shortened instead).
 * Ignoring phones shake every 50 ms, whatever they are told, and reconnect 100 ms after
 * being closed; together they offer ignore-share * factor * capacity. A refused upgrade's
 * retry-after they do wait out (native fleet), unless --storm: then they come back after
 * 100 ms regardless, a reconnect storm of ~10 attempts/s per phone.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { startGatewayProcess } from '../test/helpers/gateway-process.ts';
import { gatewayConfigFile } from '../test/helpers/gateway-config-file.ts';
import { drill } from '../test/helpers/show-drill.ts';
import { LoadClient } from './lib/ws-load-client.ts';
import { isShakeReply, shakeRequest } from './lib/shake-hooks.ts';
import { cpuMs, rssKiB } from './lib/proc-stats.ts';
import { median, fmtInt, fmtMs, sourceAddresses, sleep } from './lib/summary.ts';
import { makeUserToken } from '../gateway/auth/user-token.ts';
import { defaultShowConfig } from '../contracts/show/default-show.ts';
import type { OverloadTier } from '../contracts/show/types.ts';
import { mergeGroupStats, type GroupStats } from './overload-drill-phones.ts';
import { createFleet, type FleetStats } from './overload-drill-fleet.ts';
import { NativeLoadClient } from './lib/native-load-client.ts';
import { quantileUpperMs } from '../gateway/overload/latency-buckets.ts';

const { values: a } = parseArgs({ options: {
  seconds: { type: 'string', default: '60' }, factor: { type: 'string', default: '3' }, cadence: { type: 'string', default: '100' },
  'ignore-share': { type: 'string', default: '0.2' }, recovery: { type: 'string', default: '10' },
  'capacity-connections': { type: 'string', default: '1000' }, 'capacity-inflight': { type: 'string', default: '1' },
  'max-phones': { type: 'string', default: '15000' },
  phones: { type: 'string', default: 'native' }, canaries: { type: 'string', default: '200' }, storm: { type: 'boolean', default: false },
} });
const FLEET = a.phones === 'js' ? 'js' : 'native';
const SECONDS = Number(a.seconds), FACTOR = Number(a.factor), IGNORE_SHARE = Number(a['ignore-share']);
let CADENCE = Number(a.cadence);
const IGNORE_CADENCE = 50;
const secret = 'overload-drill-secret-0123456789';
const TIERS: OverloadTier[] = [
  { tier: 0, enterAbove: 0, exitBelow: 0, minShakeIntervalMs: 0 },
  { tier: 1, enterAbove: 0.7, exitBelow: 0.4, minShakeIntervalMs: 250 },
  { tier: 2, enterAbove: 0.85, exitBelow: 0.45, minShakeIntervalMs: 500 },
  { tier: 3, enterAbove: 0.95, exitBelow: 0.5, minShakeIntervalMs: 1000 },
];
const OFF: OverloadTier[] = [TIERS[0], { tier: 1, enterAbove: 1, exitBelow: 0.99, minShakeIntervalMs: 250 }];

const path = (i: number) => `/?token=${encodeURIComponent(makeUserToken(secret, `p${i}`, Date.now() + 3_600_000))}`;
let version = 10;
const show = (tiers: OverloadTier[]) => ({ ...defaultShowConfig(Date.now(), { gatewayIds: ['gw-1'] }), version: ++version, overload: { tiers } });

async function main(): Promise<void> {
  const gw = await startGatewayProcess({
    SHAKE_PROFILE: process.env.SHAKE_PROFILE ?? 'development', SHAKE_AUTH_SECRET: secret, SHAKE_FAULT_INJECTION: '1', SHAKE_LOG_LEVEL: 'warn',
    SHAKE_GATEWAY_CONFIG: gatewayConfigFile({ overload: {
      sampleIntervalMs: 100, minRiseMs: 300, minDwellMs: 3000, lagFullMs: 60,
      admission: { upgradesPerSec: 3000, burst: 3000, retryAfterMs: 1000, overloadedShare: 0.05 },
    } }),
  });
  const pid = gw.child.pid as number;
  const status = async () => (await gw.status()) as Record<string, any>;
  try {
    // 1. Capacity, closed loop, tiers switched off (no score passes 1).
    await drill.applyShow(gw.adminPort, show(OFF));
    const capConns = Number(a['capacity-connections']);
    const capAddrs = sourceAddresses(4);
    const cap = FLEET === 'native'
      ? new NativeLoadClient({ host: '127.0.0.1', port: gw.wsPort, validField: 3, connections: Array.from({ length: capConns }, (_, i) => ({
        path: path(i), address: capAddrs[i % capAddrs.length], payloads: Array.from({ length: 64 }, (_, k) => shakeRequest(k + 1)) })) })
      : new LoadClient({ host: '127.0.0.1', port: gw.wsPort, connections: capConns, path, payload: shakeRequest,
        payloadCycle: 1024, localAddresses: capAddrs, validateReply: isCapacityOk });
    await cap.connect();
    const capCpu = () => (cap instanceof NativeLoadClient ? cpuMs(cap.pid) : usage({ user: 0, system: 0 }));
    const rounds: number[] = [];
    for (let r = 0; r < 3; r++) {
      const g0 = cpuMs(pid), c0 = capCpu(), t0 = performance.now();
      const s = await cap.run({ mode: { kind: 'closed', inFlight: Number(a['capacity-inflight']) }, warmupMs: 1000, durationMs: 3000 });
      const wall = performance.now() - t0;
      rounds.push(s.okRps);
      console.log(`capacity round ${r + 1}: ${fmtInt(s.okRps)} shakes/s ok, p99 ${fmtMs(s.latency.p99)}, cpu gateway ${cpu(cpuMs(pid) - g0, wall)} client (${FLEET}) ${cpu(capCpu() - c0, wall)} cores`);
    }
    await cap.close();
    const capacity = median(rounds);
    const offered = FACTOR * capacity;
    const ignoreN = Math.max(1, Math.round((IGNORE_SHARE * offered * IGNORE_CADENCE) / 1000));
    const obeyRate = (1 - IGNORE_SHARE) * offered;
    const obeyN = Math.min(Number(a['max-phones']) - ignoreN, Math.round((obeyRate * CADENCE) / 1000));
    CADENCE = (obeyN * 1000) / obeyRate;
    console.log(`${FLEET} phones${FLEET === 'native' && a.storm ? ', ignoring phones in a reconnect storm' : ''}`);
    console.log(`capacity (median) ${fmtInt(capacity)}/s; offering ${FACTOR}x = ${fmtInt(offered)}/s: ${obeyN} obeying phones every ${CADENCE.toFixed(0)} ms, ${ignoreN} ignoring phones every ${IGNORE_CADENCE} ms`);

    // 2. Overload: real tiers, both populations.
    await drill.applyShow(gw.adminPort, show(TIERS));
    await sleep(1500);
    const spec = { host: '127.0.0.1', port: gw.wsPort, path, localAddresses: sourceAddresses(6) };
    const fleet = await createFleet(FLEET, { ...spec, obey: obeyN, ignore: ignoreN, obeyCadenceMs: CADENCE, ignoreCadenceMs: IGNORE_CADENCE, canaries: Number(a.canaries), ignoreHonorsRetryAfter: !a.storm });
    const timeline: { t: number; tier: number; rss: number; held: number; obeyOpen: number }[] = [];
    let rssPeak = 0;
    const t0 = performance.now();
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        try {
          const o = (await status()).overload;
          const rss = rssKiB(pid);
          rssPeak = Math.max(rssPeak, rss);
          timeline.push({ t: (performance.now() - t0) / 1000, tier: o.tier, rss, held: o.heldReplies, obeyOpen: await fleet.obeyOpen() });
        } catch { /* a missed sample */ }
        await sleep(100);
      }
    })();
    const g0 = cpuMs(pid), c0 = fleet.cpuMs();
    await fleet.start();
    const perSec: string[] = [];
    let early: FleetStats | null = null;
    let gwLat0: number[] = [];
    const SETTLE = Math.min(10, Math.floor(SECONDS / 3));
    for (let s = 1; performance.now() - t0 < SECONDS * 1000; s++) {
      await sleep(Math.max(1, t0 + s * 1000 - performance.now()));
      if (s === SETTLE) {
        early = await fleet.stats();
        gwLat0 = (await status()).overload.gatewayLatency.counts;
      }
      const last = timeline[timeline.length - 1];
      if (s % 5 === 0) perSec.push(`t=${s}s tier ${last?.tier} rss ${Math.round((last?.rss ?? 0) / 1024)} MiB held ${last?.held} obeying open ${last?.obeyOpen}/${obeyN}`);
    }
    const overWall = performance.now() - t0;
    const gwLat1: number[] = (await status()).overload.gatewayLatency.counts;
    const gwLat = gwLat1.map((n, i) => n - (gwLat0[i] ?? 0));
    const overCpu = { gw: cpuMs(pid) - g0, client: fleet.cpuMs() - c0 };
    const lag = fleet.lag();
    const late = await fleet.stats();
    const o = late.obey, ig = late.ignore;
    for (const line of perSec) console.log(line);

    // 3. The load drops: ignoring phones leave, 10 % of the obeying phones keep shaking.
    fleet.drop(Math.round(obeyN * 0.1));
    const drop = performance.now();
    const dropIndex = timeline.length;
    await sleep(Number(a.recovery) * 1000);
    const rec = (await fleet.stats()).obey;
    sampling = false;
    await sampler;
    await fleet.stop();
    const after = timeline.slice(dropIndex);
    const firstZero = after.findIndex((x, i) => after.slice(i).every((y) => y.tier === 0));
    const recoverySec = firstZero >= 0 ? after[firstZero].t - (drop - t0) / 1000 : NaN;
    const st = await status();
    const hwm = Number(/^VmHWM:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);

    const tiersSeen = compress(timeline.slice(0, dropIndex).map((x) => x.tier), timeline.slice(0, dropIndex).map((x) => x.t));
    console.log(`\noverload ${SECONDS} s: tier timeline ${tiersSeen}; seconds in tier ${JSON.stringify(st.overload.secondsInTier)}`);
    if (early) printGroup(`obeying, first ${SETTLE} s`, early.obey, SETTLE * 1000);
    printGroup(early ? `obeying, last ${SECONDS - SETTLE} s` : 'obeying ', o, early ? overWall - SETTLE * 1000 : overWall);
    if (early) printGroup(`obeying, all ${SECONDS} s`, mergeGroupStats(early.obey, o), overWall);
    printGroup('ignoring', ig, overWall);
    if (late.canary) {
      if (early?.canary) printGroup(`canaries (TypeScript client rules), first ${SETTLE} s`, early.canary, SETTLE * 1000);
      printGroup(`canaries (TypeScript client rules)${early ? `, last ${SECONDS - SETTLE} s` : ''}`, late.canary, early ? overWall - SETTLE * 1000 : overWall);
    }
    console.log(`gateway: pacing closed ${st.overload.pacingClosed}, replies delayed ${st.overload.delayedReplies}, connects refused ${JSON.stringify(st.counters.upgradesRefused)}, busy ring ${st.counters.busyRingFull} in-flight ${st.counters.busyInFlight}, flood closed ${st.counters.floodClosed}`);
    console.log(`gateway-side latency (arrival to send, replies not held), last ${SECONDS - SETTLE} s: p50 <= ${quantileUpperMs(gwLat, 0.5)} ms, p99 <= ${quantileUpperMs(gwLat, 0.99)} ms (power-of-two buckets)`);
    console.log(`client (${fleet.kind}) timer delay p50 ${fmtMs(lag.p50)} p99 ${fmtMs(lag.p99)} max ${fmtMs(lag.max)} (included in the phones' latency)`);
    console.log(`RSS peak ${Math.round(rssPeak / 1024)} MiB sampled, VmHWM ${Math.round(hwm / 1024)} MiB; cpu gateway ${cpu(overCpu.gw, overWall)} client (${fleet.kind}) ${cpu(overCpu.client, overWall)} cores`);
    console.log(`recovery: tier 0 for good ${Number.isFinite(recoverySec) ? recoverySec.toFixed(1) + ' s' : 'NOT reached'} after the drop; obeying phones then p50 ${fmtMs(rec.hist.summary().p50)} p99 ${fmtMs(rec.hist.summary().p99)}, ${rec.closed} closed`);
    mkdirSync('bench/out', { recursive: true });
    writeFileSync('bench/out/overload-drill.json', JSON.stringify({ at: new Date().toISOString(), fleet: fleet.kind, capacity, rounds, offered, obeyN, ignoreN, seconds: SECONDS,
      obeyFirst: early ? summary(early.obey, SETTLE * 1000) : null, obey: summary(o, overWall - (early ? SETTLE * 1000 : 0)), ignore: summary(ig, overWall),
      canary: late.canary ? summary(late.canary, overWall - (early ? SETTLE * 1000 : 0)) : null, recoverySec, gatewayLatencyCounts: gwLat, clientLagMs: lag, rssPeakKiB: rssPeak, vmHwmKiB: hwm, cpu: overCpu, timeline, status: st }, null, 1));
  } finally {
    await gw.stop();
  }
}

const isCapacityOk = isShakeReply;
const usage = (c0: NodeJS.CpuUsage) => { const c = process.cpuUsage(c0); return (c.user + c.system) / 1000; };
const cpu = (ms: number, wall: number) => (ms / wall).toFixed(2);

function compress(tiers: number[], ts: number[]): string {
  const out: string[] = [];
  tiers.forEach((x, i) => { if (i === 0 || x !== tiers[i - 1]) out.push(`${ts[i].toFixed(1)}s:${x}`); });
  return out.join(' ');
}

function summary(s: GroupStats, wallMs: number) {
  return { sentPerSec: (s.sent * 1000) / wallMs, repliesPerSec: (s.replies * 1000) / wallMs, closed: s.closed, closeReasons: Object.fromEntries(s.closeReasons),
    connectFailed: s.connectFailed, timeouts: s.timeouts, latency: s.hist.summary() };
}

function printGroup(name: string, s: GroupStats, wallMs: number): void {
  const x = summary(s, wallMs);
  const lat = s.hist.summary();
  console.log(`${name}: sent ${fmtInt(x.sentPerSec)}/s replies ${fmtInt(x.repliesPerSec)}/s` +
    (lat.count ? ` latency p50 ${fmtMs(lat.p50)} p99 ${fmtMs(lat.p99)} max ${fmtMs(lat.max)}` : '') +
    `; closed ${x.closed} ${JSON.stringify(x.closeReasons)}, connect failed ${x.connectFailed}, timeouts ${x.timeouts}`);
}

main().catch((e) => { console.error(e); process.exit(1); });
