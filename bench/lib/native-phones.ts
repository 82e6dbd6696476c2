/**
 * The overload drill's phones in the native tool bench/native/phones.cc: obeying and ignoring
 * phones in one C++ thread, following contracts/client-rules.ts (its DEFAULT_BACKOFF
 * numbers are passed in, so both implementations use the same constants).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Histogram } from './histogram.ts';
import { nativeTool, writePlan } from './native-tools.ts';
import { NativeProcess } from './native-process.ts';
import { fromSparse } from './native-load-client.ts';
import { DEFAULT_BACKOFF } from '../../contracts/client-rules.ts';
import type { GroupStats } from '../overload-drill-phones.ts';

export interface NativePhonesSpec {
  host: string;
  port: number;
  /** Path (with the user token) of phone i; phones firstIndex.. obey, the next ones ignore. */
  path: (index: number) => string;
  firstIndex?: number;
  localAddresses: string[];
  obey: number;
  ignore: number;
  obeyCadenceMs: number;
  ignoreCadenceMs: number;
  /** Ignoring phones come back this soon after being closed or refused. */
  ignoreReconnectMs: number;
  /** Ignoring phones wait out a refused upgrade's retry-after hint (they still ignore tiers and pacing). */
  ignoreHonorsRetryAfter: boolean;
}

type Raw = Record<string, unknown> & { hist: Parameters<typeof fromSparse>[0]; closeReasons: Record<string, number> };

function groupStats(r: Raw): GroupStats {
  return {
    sent: Number(r.sent), replies: Number(r.replies), closed: Number(r.closed), connectFailed: Number(r.connectFailed),
    timeouts: Number(r.timeouts), closeReasons: new Map(Object.entries(r.closeReasons)), hist: Histogram.from(fromSparse(r.hist)),
  };
}

export class NativePhones {
  private readonly dir = mkdtempSync(path.join(tmpdir(), 'native-phones-'));
  private readonly proc: NativeProcess;

  constructor(spec: NativePhonesSpec) {
    const plan = path.join(this.dir, 'plan.bin');
    const n = spec.obey + spec.ignore;
    const first = spec.firstIndex ?? 0;
    writePlan(plan, Array.from({ length: n }, (_, i) => ({ path: spec.path(first + i), address: spec.localAddresses[(first + i) % spec.localAddresses.length], payloads: [] })));
    const r = DEFAULT_BACKOFF;
    this.proc = new NativeProcess(nativeTool('phones'), [
      '--host', spec.host, '--port', String(spec.port), '--plan', plan, '--obey', String(spec.obey),
      '--obey-cadence', String(spec.obeyCadenceMs), '--ignore-cadence', String(spec.ignoreCadenceMs), '--ignore-reconnect', String(spec.ignoreReconnectMs),
      '--ignore-honors-retry-after', spec.ignoreHonorsRetryAfter ? '1' : '0',
      '--reply-timeout', String(r.replyTimeoutMs), '--backoff-base', String(r.baseMs), '--backoff-cap', String(r.capMs),
      '--hint-jitter', String(r.hintJitter), '--interval-jitter', String(r.intervalJitter),
    ]);
  }

  get pid(): number { return this.proc.pid; }

  async ready(): Promise<void> { await this.proc.next('ready'); }

  /** Connects the group's phones over spreadMs and lets them shake. */
  start(kind: 'obey' | 'ignore', spreadMs: number): void { this.proc.send(`start ${kind} ${spreadMs}`); }

  /** Obeying phones that shake (the rest stay connected and quiet). */
  setActive(n: number): void { this.proc.send(`active ${n}`); }

  stopIgnoring(): void { this.proc.send('stop ignore'); }

  /** Obeying phones connected now. */
  async obeyOpen(): Promise<number> {
    this.proc.send('count');
    return Number((await this.proc.next('count')).obeyOpen);
  }

  /** Counters since the last call, then reset. */
  async stats(): Promise<{ obey: GroupStats; ignore: GroupStats; obeyOpen: number; lag: Histogram }> {
    this.proc.send('stats');
    const m = await this.proc.next('stats');
    return { obey: groupStats(m.obey as Raw), ignore: groupStats(m.ignore as Raw), obeyOpen: Number(m.obeyOpen), lag: Histogram.from(fromSparse(m.lag as Raw['hist'])) };
  }

  async stop(): Promise<void> {
    await this.proc.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
