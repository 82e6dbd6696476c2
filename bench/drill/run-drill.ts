/**
 * Runs one drill end to end: deployment (started, or attached), the drill's
 * show through the config service, the feed path, phone workers along the
 * rate curve with live progress, faults, friends grabbing, then settle, the
 * invariant checks, thresholds, and the JSON + HTML reports.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Deployment } from '../../ops/deploy/deployment.ts';
import type { DeploymentInfo } from '../../ops/deploy/types.ts';
import { durationSec, rateAt, resolvedPhases, type Scenario } from './scenario.ts';
import { applyShow, drillShow } from './show-setup.ts';
import { HookFeeder } from './hook-feeder.ts';
import { Sampler, sampleOnce } from './sampler.ts';
import { Progress } from './progress.ts';
import { PhoneWorkers, splitUsers } from './worker-pool.ts';
import { Grabbers } from './grabs.ts';
import { Timeline, summaryMetrics } from './timeline.ts';
import { checkInvariants, moneyDirs, readDownstreamOps } from './invariants.ts';
import { awaitExpiry, readIssued } from './packet-states.ts';
import { evaluateThresholds } from './thresholds.ts';
import { measureBaseline, type BaselineResult } from './baseline.ts';
import { renderHtml, type DrillReport } from './report.ts';
import type { AckRecord, FromWorker, WonRecord } from './worker-messages.ts';

export interface DrillOptions {
  /** Attach to a running deployment (its deployment.json) instead of starting one. */
  attach?: string;
  /** Where the deployment started for the drill lives (default var/drills/<name>). */
  dir?: string;
  outDir: string;
  say?: (line: string) => void;
  /** Baseline override (e.g. skip it in tests). */
  skipBaseline?: boolean;
  /** Where to write the HTML report (default <outDir>/<name>.html). */
  htmlPath?: string;
  /** Aborted (Ctrl-C): phones and deployment stop and a partial report marked INTERRUPTED is written. */
  signal?: AbortSignal;
}

export interface DrillOutcome { report: DrillReport; jsonPath: string; htmlPath: string; exitCode: number }

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runDrill(s: Scenario, o: DrillOptions): Promise<DrillOutcome> {
  const say = o.say ?? console.log;
  const notes: string[] = [];
  let dep: Deployment | null = null;
  let info: DeploymentInfo;
  if (o.attach) {
    info = JSON.parse(readFileSync(o.attach, 'utf8')) as DeploymentInfo;
    say(`attached to the ${info.profile} deployment in ${info.dir}`);
  } else {
    const dir = path.resolve(o.dir ?? `var/drills/${s.name}`);
    say(`starting a ${s.deployment.profile} deployment (${s.deployment.gateways} gateways) in ${dir} ...`);
    dep = await Deployment.start({ profile: s.deployment.profile, dir, fresh: true, gateways: s.deployment.gateways, seedCount: s.deployment.seedCount, configPerSite: s.deployment.configPerSite, faultInjection: true,
      packetTtlMs: s.deployment.packetTtlSec ? s.deployment.packetTtlSec * 1000 : undefined, logLevel: 'warn', say });
    info = dep.info;
  }
  const handlers: ((m: FromWorker) => void)[] = [];
  const workers = new PhoneWorkers((_i, m) => handlers.forEach((h) => h(m)), (i, why) => { failures.push(`worker ${i}: ${why}`); say(`!! phone worker ${i} failed: ${why}`); });
  const failures: string[] = [];
  /** What drive() has measured so far, for a partial report if the drill is interrupted. */
  const sofar: { stage: string; t0: number | null; timeline: Timeline | null; conn: { connected: number; failed: number } | null } = { stage: 'starting', t0: null, timeline: null, conn: null };
  try {
    if (!o.signal) return await drive();
    const aborted = new Promise<'aborted'>((resolve) => {
      if (o.signal!.aborted) resolve('aborted');
      o.signal!.addEventListener('abort', () => resolve('aborted'), { once: true });
    });
    const driven = drive();
    driven.catch(() => undefined); // after an interrupt its failures (deployment gone) are expected
    const first = await Promise.race([driven, aborted]);
    return first === 'aborted' ? writeInterrupted() : first;
  } finally {
    await workers.stop();
    if (dep) { say('stopping the deployment ...'); await dep.stop(); }
  }

  function writeReports(report: DrillReport): { jsonPath: string; htmlPath: string } {
    mkdirSync(o.outDir, { recursive: true });
    const jsonPath = path.join(o.outDir, `${s.name}.json`);
    const htmlPath = o.htmlPath ?? path.join(o.outDir, `${s.name}.html`);
    mkdirSync(path.dirname(htmlPath), { recursive: true });
    writeFileSync(jsonPath, JSON.stringify(report, null, 2));
    writeFileSync(htmlPath, renderHtml(report));
    return { jsonPath, htmlPath };
  }

  function writeInterrupted(): DrillOutcome {
    const atSec = sofar.t0 === null ? null : Math.round((Date.now() - sofar.t0) / 1000);
    const rows = sofar.timeline && sofar.t0 !== null
      ? sofar.timeline.rows({ phases: resolvedPhases(s), durationSec: Math.max(0, atSec ?? 0), samples: [], grabsPerSec: [], round: { fromSec: s.round.startAtSec, toSec: Math.min(s.round.endAtSec, durationSec(s)), rate: s.round.releaseRatePerSec } })
      : [];
    const report: DrillReport = {
      scenario: s, verdict: 'INTERRUPTED', interrupted: { atSec, during: sofar.stage },
      reasons: [`interrupted (Ctrl-C) ${atSec === null ? 'before the drill started' : `${atSec} s into the drill`}, during ${sofar.stage}: no invariant or threshold was checked`],
      startedAt: new Date(sofar.t0 ?? Date.now()).toISOString(), durationSec: atSec ?? 0,
      machine: { cpus: os.cpus().length, node: process.version, loadAvg: os.loadavg() },
      deployment: { profile: info.profile, gateways: info.gateways.map((g) => g.id), queue: info.queue.kind, attached: !!o.attach },
      feedPath: 'agent', phones: { users: s.users, connected: sofar.conn?.connected ?? 0, connectFailed: sofar.conn?.failed ?? 0, reconnects: 0, resent: 0 },
      metrics: {}, errorsByCode: sofar.timeline?.errors ?? {}, thresholds: [],
      invariants: { pass: false, checks: [], violations: [], reconcile: { exitCode: null, output: null } }, faults: [],
      grabs: { attempts: 0, ok: 0, empty: 0, expired: 0, notFoundFinal: 0, errors: 0, cents: 0 }, baseline: null, timeline: rows, notes: ['Partial report: the drill was interrupted.'],
    };
    return { report, ...writeReports(report), exitCode: 130 };
  }

  async function drive(): Promise<DrillOutcome> {
    const runId = Date.now().toString(36);
    const phases = resolvedPhases(s);
    const dur = durationSec(s);
    const targets = s.gateways === 'all' ? info.gateways : info.gateways.filter((g) => (s.gateways as string[]).includes(g.id));
    if (targets.length === 0) throw new Error(`none of the scenario's gateways ${JSON.stringify(s.gateways)} is in the deployment`);

    // Feed path: the agents when the gateways take their packets (agent link up), else the drill hook.
    let linked = false;
    for (let i = 0; i < 30 && !linked; i++) {
      const smp = await sampleOnce(info, 0);
      linked = Object.values(smp.agents).every((a) => a.linked);
      if (!linked) await sleep(100);
    }
    const feedPath: DrillReport['feedPath'] = linked ? 'agent' : 'drill-hook';
    if (feedPath === 'drill-hook') {
      if (!info.faultInjection) throw new Error('the agents are not linked to the gateways and the drill hooks are off: start the deployment with --drill-hooks');
      notes.push('Packets reached the pools through the drill hook (POST /admin/drill/feed): the agent link is not wired into the gateway yet, so the runner released each gateway\'s own seed part at the round\'s rate share. The agents ran and forwarded the journals to the queue.');
    } else notes.push('Packets reached the pools from the agents over the agent link, at the round\'s rate share.');
    say(`feed path: ${feedPath}`);

    // Phones.
    const users = splitUsers(s.users, s.workers);
    const locals = Array.from({ length: s.sourceAddresses }, (_, i) => `127.0.88.${i + 1}`);
    const connected = new Promise<{ connected: number; failed: number; firstError?: string }>((resolve) => {
      let n = 0; let c = 0; let f = 0; let firstError: string | undefined;
      handlers.push((m) => { if (m.type === 'connected') { n++; c += m.connected; f += m.failed; firstError ??= m.firstError; if (n === users.length) resolve({ connected: c, failed: f, firstError }); } });
    });
    workers.start(s.spawn, users.map((u) => ({
      runId, ...u, gatewayUrls: targets.map((g) => g.wsUrl), authSecret: info.secrets.auth, localAddresses: locals,
      maxInFlightPerPhone: s.maxInFlightPerPhone, openFraction: s.openFraction, shareFraction: s.shareFraction, rateShare: u.count / s.users,
    })));
    sofar.stage = 'connecting phones';
    const conn = await connected;
    sofar.conn = conn;
    sofar.stage = 'applying the drill show';
    say(`phones: ${conn.connected}/${s.users} connected${conn.failed ? ` (${conn.failed} failed: ${conn.firstError})` : ''}`);

    // The drill's show, through the config service; the drill starts when every gateway runs it.
    const t0 = Date.now() + 3000;
    const version = await applyShow(info, drillShow(s, info, t0, dur * 1000));
    say(`show config v${version} applied on every gateway; drill starts at ${new Date(t0).toISOString()}`);
    if (Date.now() > t0 - 200) notes.push('The config change took longer than the 3 s lead: the first second may have run before every gateway had the round.');

    const timeline = new Timeline();
    Object.assign(sofar, { t0, timeline, stage: 'the drill' });
    const won: WonRecord[] = [];
    const acks: AckRecord[] = [];
    const clientStats = { reconnects: 0, resent: 0 };
    const grabbers = new Grabbers({ gateways: info.gateways.map((g) => g.wsUrl), authSecret: info.secrets.auth }, s.friendsPerShare, t0);
    const progress = new Progress(users.length, dur, (sec) => rateAt(phases, sec), say);
    const finals = new Promise<void>((resolve) => {
      let n = 0;
      handlers.push((m) => {
        if (m.type === 'tick') { timeline.add(m.tick); progress.tick(m.tick); if (s.friendsPerShare > 0) grabbers.onShared(m.tick.sharedPackets, runId); }
        if (m.type === 'final') { won.push(...m.won); acks.push(...m.acks); clientStats.reconnects += m.stats.reconnects; clientStats.resent += m.stats.resent; if (++n === users.length) resolve(); }
      });
    });
    const sampler = new Sampler(info, t0, (smp) => progress.sample(smp));
    const feeder = feedPath === 'drill-hook'
      ? new HookFeeder(info, { ratePerSec: s.round.releaseRatePerSec, fromMs: t0 + s.round.startAtSec * 1000, toMs: t0 + Math.min(s.round.endAtSec, dur) * 1000, t0 })
      : null;
    const faults: DrillReport['faults'] = [];
    const faultTimers: NodeJS.Timeout[] = [];
    const killed = new Set<string>();
    // A restart can take longer than the rest of the drill on a loaded machine: the checks wait for it.
    const faultActions: Promise<unknown>[] = [];
    for (const f of s.faults) {
      faultTimers.push(setTimeout(() => {
        if (!dep) { faults.push({ atSec: f.atSec, action: `kill ${f.kill}`, ok: false, note: 'attached deployment: faults need a deployment started by the drill' }); return; }
        faultActions.push(dep.kill(f.kill).then(() => { killed.add(f.kill); faults.push({ atSec: f.atSec, action: `kill ${f.kill}`, ok: true }); say(`FAULT: killed ${f.kill}`); },
          (e: Error) => faults.push({ atSec: f.atSec, action: `kill ${f.kill}`, ok: false, note: e.message })));
        if (f.restartAfterSec !== undefined) {
          faultTimers.push(setTimeout(() => {
            faultActions.push(dep!.restart(f.kill).then(() => { killed.delete(f.kill); faults.push({ atSec: f.atSec + f.restartAfterSec!, action: `restart ${f.kill}`, ok: true }); say(`FAULT: restarted ${f.kill}`); },
              (e: Error) => faults.push({ atSec: f.atSec + f.restartAfterSec!, action: `restart ${f.kill}`, ok: false, note: e.message })));
          }, f.restartAfterSec * 1000));
        }
      }, Math.max(0, t0 + f.atSec * 1000 - Date.now())));
    }

    workers.broadcast({ type: 'start', startAtMs: t0, durationMs: dur * 1000, phases });
    await sleep(Math.max(0, t0 - Date.now()));
    sampler.start();
    feeder?.start();
    grabbers.start();
    await sleep(t0 + dur * 1000 - Date.now());
    feeder?.stop();
    await finals;
    sampler.stop();
    faultTimers.forEach(clearTimeout);
    await Promise.allSettled(faultActions);
    workers.broadcast({ type: 'close' });

    // Settle: what was killed comes back (as a real restart would), the journals drain into the money service.
    for (const f of s.faults) if (f.keepDown && killed.has(f.kill)) { killed.delete(f.kill); notes.push(`${f.kill} stayed down through the checks (keepDown).`); }
    for (const k of [...killed]) {
      say(`restarting ${k} (killed by the drill) before the checks ...`);
      await dep!.restart(k);
      faults.push({ atSec: Math.round((Date.now() - t0) / 1000), action: `restart ${k} (before checks)`, ok: true });
    }
    sofar.stage = 'settling';
    say('settling: waiting for the journals to drain into the money service ...');
    const settleStart = Date.now();
    const opIds = new Set(acks.map((a) => a.operationId));
    for (;;) {
      const smp = await sampleOnce(info, 0);
      const backlog = Object.values(smp.agents).reduce((a, x) => a + (x.backlog ?? 1), 0);
      const present = backlog === 0 && smp.moneyQueueLag === 0 ? readDownstreamOps(moneyDirs(info)) : null;
      const missing = present ? [...opIds].filter((id) => !present.has(id)).length : opIds.size;
      if (present && missing === 0) break;
      if (Date.now() - settleStart > s.settleSec * 1000) { notes.push(`Settle timed out after ${s.settleSec} s (agent backlog ${backlog}, money queue lag ${smp.moneyQueueLag}, ${missing} acknowledged operations not yet downstream).`); break; }
      await sleep(250);
    }
    await grabbers.drain(Math.max(1000, s.settleSec * 1000 - (Date.now() - settleStart)));
    await sleep(1500); // let the grabs' commits land before the reconciliation reads the shards
    const expiryDue = await awaitTokenExpiry();
    say(`settled in ${((Date.now() - settleStart) / 1000).toFixed(1)} s; checking invariants ...`);
    const show = drillShow(s, info, t0, dur * 1000);
    const gatewayKilled = s.faults.some((f) => /^gw-\d+$/.test(f.kill));
    const invariants = checkInvariants(info, won, acks, { perUser: show.caps.packetsPerUser, perSponsor: show.caps.packetsPerSponsor }, { gatewayKilled, expiryDue });

    let baseline: BaselineResult | null = null;
    if (s.baseline.durationSec > 0 && !o.skipBaseline) {
      say('baseline: gateway shake path vs raw uWS echo, same raw client ...');
      baseline = await measureBaseline(info, s.baseline, say);
    }

    const rows = timeline.rows({ phases, durationSec: dur, samples: sampler.samples, grabsPerSec: grabbers.stats.perSecond,
      round: { fromSec: s.round.startAtSec, toSec: Math.min(s.round.endAtSec, dur), rate: s.round.releaseRatePerSec } });
    const lat = timeline.latency();
    const metrics = summaryMetrics(rows, lat, {
      'phones.connectFailed': conn.failed, 'phones.connected': conn.connected, 'reconnects': clientStats.reconnects,
      'grabs.ok': grabbers.stats.ok, 'grabs.notFound': grabbers.stats.notFoundFinal, 'grabs.errors': grabbers.stats.errors,
      'invariants.violations': invariants.violations.length, 'workers.failed': failures.length,
      ...(baseline ? { 'baseline.ratio': baseline.ratio, 'baseline.echoRps': baseline.echoRps, 'baseline.gatewayRps': baseline.gatewayRps } : {}),
    });
    const thresholds = evaluateThresholds(s.thresholds, metrics);
    const reasons = [
      ...invariants.violations.map((v) => `invariant ${v.code}: ${v.message}`),
      ...thresholds.filter((x) => !x.pass).map((x) => `threshold ${x.metric} ${x.op} ${x.value} (actual ${x.actual === null ? 'missing' : +x.actual.toFixed(4)})`),
      ...failures.map((f) => `phone worker failed: ${f}`),
    ];
    const report: DrillReport = {
      scenario: s, verdict: reasons.length ? 'FAIL' : 'PASS', reasons, startedAt: new Date(t0).toISOString(), durationSec: dur,
      machine: { cpus: os.cpus().length, node: process.version, loadAvg: os.loadavg() },
      deployment: { profile: info.profile, gateways: info.gateways.map((g) => g.id), queue: info.queue.kind === 'sqlite' ? 'embedded SQLite' : 'NATS JetStream R3', attached: !!o.attach },
      feedPath, phones: { users: s.users, connected: conn.connected, connectFailed: conn.failed, firstConnectError: conn.firstError, ...clientStats },
      metrics, errorsByCode: timeline.errors, thresholds, invariants, faults: faults.sort((a, b) => a.atSec - b.atSec),
      grabs: { ...grabbers.stats, perSecond: undefined } as DrillReport['grabs'], baseline, timeline: rows, notes,
    };
    const { jsonPath, htmlPath } = writeReports(report);
    const exitCode = invariants.violations.length ? 2 : reasons.length ? 1 : 0;
    return { report, jsonPath, htmlPath, exitCode };

    /**
     * With a short token life, waits until every token has expired and the money side has returned every
     * issued-never-opened packet to its pool (the agents' watermarks must pass the expiries first). True when due.
     */
    async function awaitTokenExpiry(): Promise<boolean> {
      const ttlSec = s.deployment.packetTtlSec;
      if (!ttlSec || !dep) return false;
      sofar.stage = 'waiting for issued packets to expire';
      const lastExpiry = Math.max(0, ...readIssued(info).map((r) => r.token_expires_at_ms));
      say(`waiting for the issued tokens to expire (last at ${new Date(lastExpiry).toISOString()}) and the money side to expire the packets never opened ...`);
      await sleep(Math.max(0, lastExpiry - Date.now()));
      const left = await awaitExpiry(info, Date.now() + s.settleSec * 1000);
      if (left) notes.push(`${left} issued packets were still in the pool or issued ${s.settleSec} s after the last token expired.`);
      return true;
    }
  }
}
