/**
 * A grab storm through the path phones use: 20,000 users x 5 grabs (100,000
 * requests) at one 10-share group packet, over real WebSockets -> gateways ->
 * their agents -> the money service (an embedded deployment: real processes).
 * A winner opens and shares a 10-share packet first; the crowd is split over
 * the gateways, each slice in its own client process (bench/lib/grab-phones-client.ts),
 * connected before the clock starts; then every user sends its 5 grabs at once.
 * Prints: time until all answered, answers/s, answers by kind, paid count from
 * the money side's book, lost, the gateways' waiting peak, the agents' in-flight
 * and queue peaks, the money service's grab queue peak, each process's CPU per
 * answer, and the load average; then (unless --no-retry) the phones obey
 * retry_after_ms until every user holds a final answer (how long, how many more
 * requests). Then (unless --no-reference) the same-run
 * reference: bench/grab-storm.ts's storm straight at the money HTTP API.
 *
 *   node --import tsx bench/grab-storm-phones.ts [--users 20000] [--repeats 5] [--gateways 2] [--rounds 1] [--no-retry] [--no-reference]
 */
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Deployment } from '../ops/deploy/deployment.ts';
import type { DeploymentInfo } from '../ops/deploy/types.ts';
import { applyShow } from './drill/show-setup.ts';
import { defaultShowConfig } from '../contracts/show/default-show.ts';
import { TestPhone } from '../test/helpers/phone.ts';
import { openTenSharePacket, readBook } from '../test/helpers/grab-storm-setup.ts';
import { cpuMs, rssKiB } from './lib/proc-stats.ts';
import { fmtInt, fmtUs } from './lib/summary.ts';
import { startServer } from './lib/child-server.ts';
import { runStorm } from './lib/grab-storm-client.ts';
import type { GrabPhonesResult, GrabPhonesSpec } from './lib/grab-phones-client.ts';

const { values } = parseArgs({ options: {
  users: { type: 'string', default: '20000' }, repeats: { type: 'string', default: '5' }, gateways: { type: 'string', default: '2' },
  rounds: { type: 'string', default: '1' }, 'no-reference': { type: 'boolean', default: false }, 'no-retry': { type: 'boolean', default: false },
} });
const here = path.dirname(fileURLToPath(import.meta.url));
const USERS = Number(values.users), REPEATS = Number(values.repeats), GATEWAYS = Number(values.gateways);
const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');

interface Slice { pid: number; go(): void; result: Promise<GrabPhonesResult>; retried: Promise<GrabPhonesResult> }

/** Starts one client process and resolves once its users are connected. */
function startSlice(spec: GrabPhonesSpec): Promise<Slice> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(here, 'lib/grab-phones-client.ts'), JSON.stringify(spec)], { stdio: ['pipe', 'pipe', 'inherit'] });
  process.once('exit', () => child.kill('SIGKILL'));
  const lines = createInterface({ input: child.stdout! });
  return new Promise((resolve, reject) => {
    let resolveResult: (r: GrabPhonesResult) => void = () => {};
    let resolveRetried: (r: GrabPhonesResult) => void = () => {};
    const result = new Promise<GrabPhonesResult>((r) => { resolveResult = r; });
    const retried = new Promise<GrabPhonesResult>((r) => { resolveRetried = r; });
    lines.on('line', (line) => {
      if (line === 'connected') resolve({ pid: child.pid!, go: () => child.stdin!.write('go\n'), result, retried });
      else if (line.startsWith('{')) {
        const r = JSON.parse(line) as GrabPhonesResult;
        if (r.retry) resolveRetried(r); else resolveResult(r);
      }
    });
    child.once('exit', (code) => reject(new Error(`client slice exited ${code} before connecting`)));
  });
}

async function json(url: string): Promise<Record<string, any>> {
  return (await fetch(url)).json() as Promise<Record<string, any>>;
}

async function round(info: DeploymentInfo, dep: Deployment, n: number): Promise<void> {
  const phones: TestPhone[] = [];
  const { groupId, shareAmountCents } = await openTenSharePacket(info, info.gateways[0].wsUrl, phones, 10, `winner-r${n}`);
  phones.forEach((p) => p.close());
  const per = Math.ceil(USERS / info.gateways.length);
  const slices = await Promise.all(info.gateways.map((g, i) => startSlice({
    url: g.wsUrl, secret: info.secrets.auth, userFrom: n * USERS + i * per, userTo: n * USERS + Math.min(USERS, (i + 1) * per), groupPacketId: groupId, repeats: REPEATS, waitMs: 60_000, retry: !values['no-retry'],
  })));
  const procs: Array<[string, number]> = [
    ...info.gateways.flatMap((g) => [[g.id, dep.supervisor.pidOf(g.component)!], [`agent-${g.id}`, dep.supervisor.pidOf(g.agentComponent)!]] as Array<[string, number]>),
    ['money', dep.supervisor.pidOf(info.money.component)!], ...slices.map((s, i) => [`phones-${i + 1}`, s.pid] as [string, number]),
  ];
  const loadBefore = load();
  const cpu0 = procs.map(([, pid]) => cpuMs(pid));
  const rss0 = procs.map(([, pid]) => rssKiB(pid));
  for (const s of slices) s.go();
  const results = await Promise.all(slices.map((s) => s.result));
  const cpu = procs.map(([, pid], i) => cpuMs(pid) - cpu0[i]);
  const rss1 = procs.map(([, pid]) => rssKiB(pid));
  const answered = results.reduce((a, r) => a + r.answered, 0);
  const elapsedMs = Math.max(...results.map((r) => r.elapsedMs));
  const byAnswer: Record<string, number> = {};
  for (const r of results) for (const [k, n] of Object.entries(r.byAnswer)) byAnswer[k] = (byAnswer[k] ?? 0) + n;
  const book = await readBook(info.money.url, info.secrets.service, groupId);
  const paid = book.grabs.reduce((a, g) => a + g.amountCents, 0);
  const gws = await Promise.all(info.gateways.map((g) => json(`${g.adminUrl}/status`)));
  const agents = await Promise.all(info.gateways.map((g) => json(`${g.agentAdminUrl}/status`)));
  const money = await json(`${info.money.url}/health`);
  console.log(`phones    ${fmtInt(answered)}/${fmtInt(results.reduce((a, r) => a + r.sent, 0))} answered in ${fmtInt(elapsedMs)} ms = ${fmtInt(answered / (elapsedMs / 1000))} answers/s, `
    + `lost ${results.reduce((a, r) => a + r.lost, 0)}, answers ${JSON.stringify(byAnswer)}`);
  console.log(`          paid ${book.grabs.length} (money book; ${paid} of ${shareAmountCents} cents), remaining ${book.remainingCount}; `
    + `gateway waiting peak ${gws.map((s) => s.money.waitingPeak).join(' / ')}; agent grabs in flight peak ${agents.map((a) => a.money.inFlightPeak).join(' / ')}, `
    + `http in flight/queued peak ${agents.map((a) => `${a.money.http.inFlightPeak}/${a.money.http.queuedPeak}`).join(' / ')}, memo answers ${agents.map((a) => a.money.memoAnswers).join(' / ')}, `
    + `capped ${agents.map((a) => a.money.capped).join(' / ')}; money grab queue peak ${money.grabs?.queuedPeak}, sent to its database ${money.grabs?.sentToDatabaseTotal}`);
  console.log(`          gateway TRY_AGAIN_LATER: busy (over money.maxInFlight) ${gws.map((s) => s.money.tryAgainBusy).join(' / ')}, from the agent ${gws.map((s) => s.money.tryAgainMoney).join(' / ')}, `
    + `timeout ${gws.map((s) => s.money.tryAgainTimeout).join(' / ')}; agent requests ${agents.map((a) => a.money.requests).join(' / ')}`);
  const retries = values['no-retry'] ? [] : (await Promise.all(slices.map((s) => s.retried))).map((r) => r.retry!);
  if (retries.length) {
    const ra: Record<string, number> = {};
    for (const r of retries) for (const [k, n] of Object.entries(r.byAnswer)) ra[k] = (ra[k] ?? 0) + n;
    console.log(`          then phones obeying retry_after_ms: ${fmtInt(retries.reduce((a, r) => a + r.users, 0))} users without a final answer asked ${fmtInt(retries.reduce((a, r) => a + r.requests, 0))} more times; `
      + `every user had a final answer ${fmtInt(Math.max(...retries.map((r) => r.untilAllFinalMs)))} ms after the storm began (unresolved ${retries.reduce((a, r) => a + r.unresolved, 0)}), answers ${JSON.stringify(ra)}`);
  }
  console.log(`          CPU per answer (the storm's 5 x users answers): ${procs.map(([name], i) => `${name} ${fmtUs((cpu[i] * 1000) / Math.max(1, answered))}`).join(', ')}; load average ${loadBefore} -> ${load()}`);
  console.log(`          RSS before -> after the storm (MiB): ${procs.map(([name], i) => `${name} ${(rss0[i] / 1024).toFixed(0)} -> ${(rss1[i] / 1024).toFixed(0)}`).join(', ')}`);
}

async function reference(): Promise<void> {
  const TOKEN = 'bench-service-token-0123456789';
  const server = await startServer({ name: 'money', script: [path.join(here, 'lib/grab-storm-server.ts'), 'money', TOKEN], ready: /^ready (\d+) (\S+)/ });
  const groupPacketId = /ready \d+ (\S+)/.exec(server.tail())![1];
  try {
    const c0 = cpuMs(server.pid);
    const r = await runStorm({ targets: [{ port: server.port, groupPacketIds: [groupPacketId] }], users: USERS, repeats: REPEATS, token: TOKEN, connections: 32, window: 32 });
    console.log(`reference money HTTP API straight (bench/grab-storm.ts): ${fmtInt(r.answered)}/${fmtInt(r.sent)} answered in ${fmtInt(r.elapsedMs)} ms = ${fmtInt(r.answered / (r.elapsedMs / 1000))} answers/s, `
      + `lost ${r.lost}, server CPU ${fmtUs(((cpuMs(server.pid) - c0) * 1000) / Math.max(1, r.answered))}/answer, answers ${JSON.stringify(r.byCode)}; load average ${load()}`);
  } finally {
    await server.stop();
  }
}

// A bench runs a local deployment: the development profile unless SHAKE_PROFILE says otherwise.
process.env.SHAKE_PROFILE ??= 'development';
console.log(`grab storm through the phone path: ${USERS} users x ${REPEATS} at one 10-share packet, ${GATEWAYS} gateway(s); load average ${load()}, ${os.cpus().length} cores`);
const dir = mkdtempSync(path.join(os.tmpdir(), 'grab-storm-phones-'));
const dep = await Deployment.start({ profile: 'embedded', dir, fresh: true, gateways: GATEWAYS, basePort: 0, seedCount: 4000, logLevel: 'warn', say: () => {} });
try {
  const info = dep.info;
  const now = Date.now();
  const base = defaultShowConfig(now, { gatewayIds: info.gateways.map((g) => g.id), showId: 'grab-storm-phones' });
  await applyShow(info, { ...base, rounds: [{ id: 'storm', title: 'storm', startMs: now - 1000, endMs: now + 3_600_000, releaseRatePerSec: 400, sponsorIds: info.seeds.sponsors, packetDrawProbability: 1 }] });
  for (let i = 0; i < Number(values.rounds); i++) await round(info, dep, i);
} finally {
  await dep.stop();
  rmSync(dir, { recursive: true, force: true });
}
if (!values['no-reference']) await reference();
console.log(`load average after ${load()}`);
process.exit(0);
