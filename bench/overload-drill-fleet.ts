/**
 * The overload drill's phone fleet, two ways behind one interface:
 *  - native (default): bench/native/phones.cc, plus a few "canary" obeying phones in this
 *    process on the TypeScript client rules, reported on their own;
 *  - js: every phone in this process (overload-drill-phones.ts). On this 2-core machine it
 *    needs more CPU than the gateway, and its own event-loop stalls (seconds) end up in the
 *    latencies it reports.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { Histogram } from './lib/histogram.ts';
import { cpuMs } from './lib/proc-stats.ts';
import { NativePhones } from './lib/native-phones.ts';
import { PhoneGroup, type GroupStats, type PhoneSpec } from './overload-drill-phones.ts';

export interface FleetSpec extends PhoneSpec {
  obey: number;
  ignore: number;
  obeyCadenceMs: number;
  ignoreCadenceMs: number;
  /** Native fleet only: obeying phones on the TypeScript client in this process. */
  canaries: number;
  /** Native fleet only: ignoring phones wait out a refused upgrade's retry-after (false: they come back after 100 ms, a connect storm). */
  ignoreHonorsRetryAfter: boolean;
}

export interface FleetStats {
  obey: GroupStats;
  ignore: GroupStats;
  /** The TypeScript canaries (native fleet; null otherwise). */
  canary: GroupStats | null;
}

export interface Fleet {
  readonly kind: 'native' | 'js';
  start(): Promise<void>;
  /** Counters since the last call. */
  stats(): Promise<FleetStats>;
  obeyOpen(): Promise<number>;
  /** The load drops: ignoring phones leave, `activeObey` obeying phones keep shaking. */
  drop(activeObey: number): void;
  /** CPU time used by the phones so far (ms). */
  cpuMs(): number;
  /** The obeying phones' own timer delay since start, ms (included in every latency they measure). */
  lag(): { p50: number; p99: number; max: number };
  stop(): Promise<void>;
}

export async function createFleet(kind: 'native' | 'js', spec: FleetSpec): Promise<Fleet> {
  return kind === 'native' ? nativeFleet(spec) : jsFleet(spec);
}

function loopDelay(): { summary: () => { p50: number; p99: number; max: number }; stop: () => void } {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  return { summary: () => ({ p50: h.percentile(50) / 1e6, p99: h.percentile(99) / 1e6, max: h.max / 1e6 }), stop: () => h.disable() };
}

async function nativeFleet(spec: FleetSpec): Promise<Fleet> {
  // Two processes: the ignoring phones' reconnect storm must not delay the obeying phones' clock.
  const obeying = new NativePhones({ ...spec, ignore: 0, ignoreReconnectMs: 100 });
  const ignoring = new NativePhones({ ...spec, obey: 0, firstIndex: spec.obey, ignoreReconnectMs: 100 });
  await Promise.all([obeying.ready(), ignoring.ready()]);
  const canaries = spec.canaries > 0 ? new PhoneGroup(spec, 'obey', spec.canaries, spec.obey + spec.ignore, spec.obeyCadenceMs) : null;
  const lag = new Histogram();
  const cpu0 = process.cpuUsage();
  return {
    kind: 'native',
    async start() {
      obeying.start('obey', 3000);
      ignoring.start('ignore', 1000);
      canaries?.start(3000);
    },
    async stats() {
      const [o, i] = await Promise.all([obeying.stats(), ignoring.stats()]);
      lag.merge(o.lag);
      return { obey: o.obey, ignore: i.ignore, canary: canaries?.resetStats() ?? null };
    },
    obeyOpen: () => obeying.obeyOpen(),
    drop(activeObey) {
      ignoring.stopIgnoring();
      obeying.setActive(activeObey);
      canaries?.setActive(Math.ceil(spec.canaries * (activeObey / spec.obey)));
    },
    cpuMs() {
      const c = process.cpuUsage(cpu0);
      return cpuMs(obeying.pid) + cpuMs(ignoring.pid) + (c.user + c.system) / 1000;
    },
    lag: () => { const x = lag.summary(); return { p50: x.p50, p99: x.p99, max: x.max }; },
    async stop() {
      canaries?.stop();
      await Promise.all([obeying.stop(), ignoring.stop()]);
    },
  };
}

async function jsFleet(spec: FleetSpec): Promise<Fleet> {
  const obey = new PhoneGroup(spec, 'obey', spec.obey, 0, spec.obeyCadenceMs);
  const ignore = new PhoneGroup(spec, 'ignore', spec.ignore, 1_000_000, spec.ignoreCadenceMs);
  const cpu0 = process.cpuUsage();
  let delay: ReturnType<typeof loopDelay> | null = null;
  return {
    kind: 'js',
    async start() {
      delay = loopDelay();
      obey.start(3000);
      ignore.start(1000);
    },
    async stats() { return { obey: obey.resetStats(), ignore: ignore.resetStats(), canary: null }; },
    async obeyOpen() { return obey.openCount(); },
    drop(activeObey) { ignore.stop(); obey.setActive(activeObey); },
    cpuMs() { const c = process.cpuUsage(cpu0); return (c.user + c.system) / 1000; },
    lag: () => delay?.summary() ?? { p50: NaN, p99: NaN, max: NaN },
    async stop() { delay?.stop(); ignore.stop(); obey.stop(); },
  };
}
