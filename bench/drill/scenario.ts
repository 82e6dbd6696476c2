/**
 * A drill scenario: who shakes, how hard over time, what they do with what
 * they win, which gateways they target, what breaks during the drill, and the
 * thresholds that make it pass. A JSON file (bench/drill/scenarios/*.json),
 * validated here with precise errors (DRILL_SCENARIO_INVALID).
 */
import { readFileSync } from 'node:fs';
import { ShakeError } from '../../common/errors.ts';
import type { Threshold } from './thresholds.ts';

export interface Phase {
  name: string;
  durationSec: number;
  /** Shakes per second over all phones at the start of the phase (default: where the last phase ended). */
  shakeRate?: number;
  /** Rate at the end of the phase (linear ramp); default: shakeRate (constant). */
  shakeRateTo?: number;
}

export interface FaultStep {
  atSec: number;
  /** Component to kill: gw-N, agent-gw-N, money, nats-I (0-based node; rehearsal profile). */
  kill: string;
  /** Start it again this many seconds later (default: at the end of the drill, before the checks). */
  restartAfterSec?: number;
  /** Leave it down through the checks too (e.g. one NATS node of three). */
  keepDown?: boolean;
}

export interface Scenario {
  name: string;
  description: string;
  /** Start a deployment for the drill (default) or attach to a running one (--attach). */
  deployment: {
    profile: 'embedded' | 'rehearsal'; gateways: number; seedCount: number; configPerSite?: number;
    /**
     * Life of a won packet's token in seconds (default: the gateways' 30 min). Short, the drill also waits after
     * settling until every packet issued and never opened has expired back to the pool, and checks it.
     */
    packetTtlSec?: number;
  };
  /** Simulated phones (one user and one connection each). */
  users: number;
  /** Phone worker threads (or processes: spawn). */
  workers: number;
  spawn: 'thread' | 'process';
  /** Source addresses 127.0.88.1..N (spread connections past one address's port range). */
  sourceAddresses: number;
  /** Most shakes one phone may have waiting for replies. */
  maxInFlightPerPhone: number;
  phases: Phase[];
  /** The red-packet round, relative to the drill start. */
  round: { startAtSec: number; endAtSec: number; releaseRatePerSec: number; drawProbability: number; sponsors: string[] };
  /** Fraction of won packets the phone opens, and of opened ones it shares. */
  openFraction: number;
  shareFraction: number;
  /** Friends that try to grab each shared group packet (each a phone on its own WebSocket: grab through a gateway and its agent). */
  friendsPerShare: number;
  /** Gateway ids to target ("all" = every gateway of the deployment); phones spread over them, the rest is their fail-over list. */
  gateways: 'all' | string[];
  faults: FaultStep[];
  thresholds: Threshold[];
  /** Longest wait after the drill for the queue to drain before the checks. */
  settleSec: number;
  /** Raw-client baseline after the drill: gateway shake path vs raw uWS echo, same client (0 = skip). */
  baseline: { durationSec: number; connections: number; rounds: number };
}

const DEFAULTS: Omit<Scenario, 'name' | 'phases' | 'users'> = {
  description: '',
  deployment: { profile: 'embedded', gateways: 1, seedCount: 50_000 },
  workers: 2, spawn: 'thread', sourceAddresses: 4, maxInFlightPerPhone: 4,
  round: { startAtSec: 0, endAtSec: 1e9, releaseRatePerSec: 1000, drawProbability: 1, sponsors: [] },
  openFraction: 1, shareFraction: 0.5, friendsPerShare: 2, gateways: 'all', faults: [], thresholds: [], settleSec: 60,
  baseline: { durationSec: 0, connections: 200, rounds: 1 },
};

function bad(path: string, why: string): never {
  throw new ShakeError('DRILL_SCENARIO_INVALID', `scenario: ${path}: ${why}`, { path });
}

const THRESHOLD_OPS = ['<', '<=', '>', '>=', '=='] as const;
const KEYS = {
  root: ['name', 'description', 'deployment', 'users', 'workers', 'spawn', 'sourceAddresses', 'maxInFlightPerPhone', 'phases', 'round',
    'openFraction', 'shareFraction', 'friendsPerShare', 'gateways', 'faults', 'thresholds', 'settleSec', 'baseline', '$comment'],
  deployment: ['profile', 'gateways', 'seedCount', 'configPerSite', 'packetTtlSec'],
  phase: ['name', 'durationSec', 'shakeRate', 'shakeRateTo'],
  round: ['startAtSec', 'endAtSec', 'releaseRatePerSec', 'drawProbability', 'sponsors'],
  fault: ['atSec', 'kill', 'restartAfterSec', 'keepDown'],
  threshold: ['metric', 'op', 'value'],
  baseline: ['durationSec', 'connections', 'rounds'],
} as const;

/** A typo (`thresholdz`, `restartAfterSecs`) must not pass silently as "not set". */
function onlyKnownKeys(v: unknown, allowed: readonly string[], path: string): void {
  if (v === undefined) return;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) bad(path, 'must be an object');
  for (const k of Object.keys(v)) if (!allowed.includes(k)) bad(`${path === '(root)' ? '' : `${path}.`}${k}`, `unknown key (known: ${allowed.join(', ')})`);
}

function checkShapes(r: Record<string, unknown>): void {
  onlyKnownKeys(r, KEYS.root, '(root)');
  onlyKnownKeys(r.deployment, KEYS.deployment, 'deployment');
  onlyKnownKeys(r.round, KEYS.round, 'round');
  onlyKnownKeys(r.baseline, KEYS.baseline, 'baseline');
  for (const [list, keys] of [['phases', KEYS.phase], ['faults', KEYS.fault], ['thresholds', KEYS.threshold]] as const) {
    const a = r[list];
    if (a === undefined) continue;
    if (!Array.isArray(a)) bad(list, 'must be a list');
    a.forEach((x, i) => onlyKnownKeys(x, keys, `${list}[${i}]`));
  }
}

function checkFaults(s: Scenario): void {
  const total = durationSec(s);
  s.faults.forEach((f, i) => {
    if (!(typeof f.atSec === 'number' && f.atSec >= 0 && f.atSec < total)) bad(`faults[${i}].atSec`, `must be a number in [0, ${total}) (the drill lasts ${total} s)`);
    if (typeof f.kill !== 'string' || !/^(gw-\d+|agent-gw-\d+|money|nats-\d)$/.test(f.kill)) bad(`faults[${i}].kill`, 'gw-N, agent-gw-N, money or nats-I');
    if (f.keepDown !== undefined && typeof f.keepDown !== 'boolean') bad(`faults[${i}].keepDown`, 'true or false');
    if (f.restartAfterSec !== undefined) {
      if (f.keepDown) bad(`faults[${i}]`, 'restartAfterSec and keepDown contradict each other');
      if (!(typeof f.restartAfterSec === 'number' && f.restartAfterSec > 0)) bad(`faults[${i}].restartAfterSec`, 'must be a number > 0');
      if (f.atSec + f.restartAfterSec > total) bad(`faults[${i}].restartAfterSec`, `the restart at ${f.atSec + f.restartAfterSec} s falls after the drill's end (${total} s); leave it out to restart before the checks`);
    }
  });
}

function checkThresholds(s: Scenario): void {
  if (!Array.isArray(s.thresholds)) bad('thresholds', 'a list');
  s.thresholds.forEach((t, i) => {
    if (typeof t.metric !== 'string' || !t.metric) bad(`thresholds[${i}].metric`, 'a metric name');
    if (!(THRESHOLD_OPS as readonly string[]).includes(t.op)) bad(`thresholds[${i}].op`, `unknown operator ${JSON.stringify(t.op)} (known: ${THRESHOLD_OPS.join(' ')})`);
    if (typeof t.value !== 'number' || !Number.isFinite(t.value)) bad(`thresholds[${i}].value`, 'a number');
  });
}

export function parseScenario(raw: unknown): Scenario {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) bad('(root)', 'must be an object');
  checkShapes(raw as Record<string, unknown>);
  const r = raw as Partial<Scenario>;
  const s: Scenario = {
    ...DEFAULTS, ...r,
    deployment: { ...DEFAULTS.deployment, ...r.deployment },
    round: { ...DEFAULTS.round, ...r.round },
    baseline: { ...DEFAULTS.baseline, ...r.baseline },
  } as Scenario;
  const posInt = (v: unknown) => Number.isInteger(v) && (v as number) > 0;
  if (typeof s.name !== 'string' || !/^[A-Za-z0-9_-]{1,40}$/.test(s.name)) bad('name', 'letters, digits, _ or -, at most 40');
  if (!posInt(s.users)) bad('users', 'a positive integer');
  if (!posInt(s.workers) || s.workers > 32) bad('workers', '1..32');
  if (s.spawn !== 'thread' && s.spawn !== 'process') bad('spawn', "'thread' or 'process'");
  if (!posInt(s.sourceAddresses) || s.sourceAddresses > 250) bad('sourceAddresses', '1..250');
  if (s.spawn === 'thread' && s.users > 18_000) bad('users', 'above 18,000 phones use spawn: "process" (20,000 fds per process)');
  if (!posInt(s.maxInFlightPerPhone) || s.maxInFlightPerPhone > 32) bad('maxInFlightPerPhone', '1..32 (the gateway allows 32)');
  if (!Array.isArray(s.phases) || s.phases.length === 0) bad('phases', 'at least one phase');
  s.phases.forEach((p, i) => {
    if (typeof p.name !== 'string' || !p.name) bad(`phases[${i}].name`, 'required');
    if (!(p.durationSec > 0)) bad(`phases[${i}].durationSec`, 'must be > 0');
    if (i === 0 && p.shakeRate === undefined) bad('phases[0].shakeRate', 'the first phase needs a rate');
    for (const k of ['shakeRate', 'shakeRateTo'] as const) if (p[k] !== undefined && !(p[k]! >= 0)) bad(`phases[${i}].${k}`, 'must be >= 0');
  });
  if (!(s.round.endAtSec > s.round.startAtSec)) bad('round', 'endAtSec must be after startAtSec');
  if (!(s.round.releaseRatePerSec > 0)) bad('round.releaseRatePerSec', 'must be > 0');
  if (!(s.round.drawProbability > 0 && s.round.drawProbability <= 1)) bad('round.drawProbability', 'must be in (0, 1]');
  for (const k of ['openFraction', 'shareFraction'] as const) if (!(s[k] >= 0 && s[k] <= 1)) bad(k, 'must be in [0, 1]');
  if (!Number.isInteger(s.friendsPerShare) || s.friendsPerShare < 0) bad('friendsPerShare', 'an integer >= 0');
  if (s.gateways !== 'all' && (!Array.isArray(s.gateways) || s.gateways.length === 0)) bad('gateways', '"all" or a list of gateway ids');
  if (s.deployment.profile !== 'embedded' && s.deployment.profile !== 'rehearsal') bad('deployment.profile', "'embedded' or 'rehearsal'");
  if (!posInt(s.deployment.gateways)) bad('deployment.gateways', 'a positive integer');
  if (!posInt(s.deployment.seedCount)) bad('deployment.seedCount', 'a positive integer');
  if (s.deployment.packetTtlSec !== undefined && !(posInt(s.deployment.packetTtlSec) && s.deployment.packetTtlSec <= 600)) bad('deployment.packetTtlSec', 'an integer in [1, 600] (the drill waits for the tokens to expire)');
  if (!Array.isArray(s.round.sponsors) || !s.round.sponsors.every((x) => typeof x === 'string')) bad('round.sponsors', 'a list of sponsor ids');
  if (!Array.isArray(s.faults)) bad('faults', 'a list');
  checkFaults(s);
  checkThresholds(s);
  return s;
}

export function loadScenario(path: string): Scenario {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new ShakeError('DRILL_SCENARIO_INVALID', `cannot read scenario ${path}: ${(e as Error).message}`);
  }
  return parseScenario(raw);
}

export function durationSec(s: Scenario): number {
  return s.phases.reduce((a, p) => a + p.durationSec, 0);
}

/** Phases with both ends resolved. */
export function resolvedPhases(s: Scenario): { name: string; fromSec: number; toSec: number; rateFrom: number; rateTo: number }[] {
  let t = 0;
  let last = 0;
  return s.phases.map((p) => {
    const rateFrom = p.shakeRate ?? last;
    const rateTo = p.shakeRateTo ?? rateFrom;
    const out = { name: p.name, fromSec: t, toSec: t + p.durationSec, rateFrom, rateTo };
    t += p.durationSec;
    last = rateTo;
    return out;
  });
}

/** Shakes that should have been sent by tSec since the start (the integral of the rate curve). */
export function shakesDueBy(phases: ReturnType<typeof resolvedPhases>, tSec: number): number {
  let n = 0;
  for (const p of phases) {
    if (tSec <= p.fromSec) break;
    const d = Math.min(tSec, p.toSec) - p.fromSec;
    const len = p.toSec - p.fromSec;
    const rateAtD = p.rateFrom + ((p.rateTo - p.rateFrom) * d) / len;
    n += ((p.rateFrom + rateAtD) / 2) * d;
  }
  return n;
}

export function rateAt(phases: ReturnType<typeof resolvedPhases>, tSec: number): { rate: number; phase: string } {
  for (const p of phases) {
    if (tSec < p.toSec) return { rate: p.rateFrom + ((p.rateTo - p.rateFrom) * (tSec - p.fromSec)) / (p.toSec - p.fromSec), phase: p.name };
  }
  const l = phases[phases.length - 1];
  return { rate: l.rateTo, phase: l.name };
}
