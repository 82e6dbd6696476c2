/** Live progress in the terminal: one line per drill second, once every worker reported it. */
import type { Sample } from './sampler.ts';
import type { WorkerTick } from './worker-messages.ts';
import { Histogram } from '../lib/histogram.ts';

export class Progress {
  private pending = new Map<number, { ticks: WorkerTick[] }>();
  private lastSample: Sample | null = null;

  constructor(private readonly workers: number, private readonly durationSec: number, private readonly phaseAt: (sec: number) => { phase: string; rate: number },
    private readonly say: (line: string) => void = console.log) {}

  sample(s: Sample): void { this.lastSample = s; }

  tick(t: WorkerTick): void {
    const e = this.pending.get(t.sec) ?? { ticks: [] };
    e.ticks.push(t);
    this.pending.set(t.sec, e);
    if (e.ticks.length < this.workers) return;
    this.pending.delete(t.sec);
    const h = new Histogram();
    for (const x of e.ticks) if (x.latency) h.merge(x.latency);
    const sum = (f: (x: WorkerTick) => number) => e.ticks.reduce((a, x) => a + f(x), 0);
    const failed = sum((x) => Object.values(x.failed).reduce((a, b) => a + b, 0));
    const tiers: Record<string, number> = {};
    for (const x of e.ticks) for (const [k, v] of Object.entries(x.tiers)) if (k !== '0') tiers[k] = (tiers[k] ?? 0) + v;
    const s = this.lastSample;
    const pools = s ? Object.entries(s.gateways).map(([id, g]) => `${id}:${g.up ? g.poolLevel : 'DOWN'}`).join(' ') : '';
    const { phase, rate } = this.phaseAt(t.sec + 0.5);
    const line = `[${String(t.sec + 1).padStart(3)}/${this.durationSec}s] ${phase.padEnd(12).slice(0, 12)} target ${fmt(rate)}/s  ok ${fmt(sum((x) => x.ok))}/s` +
      `  err ${failed}  p50 ${h.quantileMs(0.5).toFixed(1)} p99 ${h.quantileMs(0.99).toFixed(1)} ms  won ${sum((x) => x.won)} open ${sum((x) => x.opened)} share ${sum((x) => x.shared)}` +
      `  tiers ${Object.keys(tiers).length ? JSON.stringify(tiers) : '-'}  conn ${sum((x) => x.connected)}  pool ${pools}`;
    this.say(line);
  }
}

function fmt(n: number): string {
  return n >= 10_000 ? `${(n / 1000).toFixed(1)}k` : String(Math.round(n));
}
