/**
 * Folds the workers' per-second ticks and the gateway samples into one row
 * per drill second, and the whole drill into summary metrics (what the
 * thresholds are evaluated on).
 */
import { Histogram } from '../lib/histogram.ts';
import { rateAt, type resolvedPhases } from './scenario.ts';
import type { Sample } from './sampler.ts';
import type { WorkerTick } from './worker-messages.ts';

export interface Row {
  sec: number;
  phase: string;
  targetRate: number;
  sent: number;
  ok: number;
  failed: number;
  p50: number; p90: number; p99: number; max: number;
  won: number; opened: number; shared: number; grabs: number;
  busy: number; timeouts: number; disconnects: number; unsent: number;
  tiers: Record<string, number>;
  connected: number;
  /** Packets put into the gateways' pools this second (all gateways), and handed to phones. */
  released: number;
  issued: number;
  releaseTarget: number;
  pool: Record<string, number>;
  poolCapacity: number;
  gatewaysUp: number;
}

export class Timeline {
  private readonly ticks = new Map<number, WorkerTick[]>();
  private readonly hist = new Histogram();
  private readonly perSecHist = new Map<number, Histogram>();
  readonly errors: Record<string, number> = {};

  add(t: WorkerTick): void {
    this.ticks.set(t.sec, [...(this.ticks.get(t.sec) ?? []), t]);
    if (t.latency) {
      this.hist.merge(t.latency);
      const h = this.perSecHist.get(t.sec) ?? new Histogram();
      h.merge(t.latency);
      this.perSecHist.set(t.sec, h);
    }
    for (const [k, v] of Object.entries(t.failed)) this.errors[k] = (this.errors[k] ?? 0) + v;
  }

  latency(): ReturnType<Histogram['summary']> { return this.hist.summary(); }

  rows(o: { phases: ReturnType<typeof resolvedPhases>; durationSec: number; samples: Sample[]; grabsPerSec: number[]; round: { fromSec: number; toSec: number; rate: number } }): Row[] {
    const rows: Row[] = [];
    const bySec = new Map(o.samples.map((s) => [s.sec, s]));
    const maxSec = Math.max(o.durationSec, ...this.ticks.keys());
    let prev: Sample | undefined = bySec.get(0);
    for (let sec = 0; sec <= maxSec; sec++) {
      const ts = this.ticks.get(sec) ?? [];
      const sum = (f: (t: WorkerTick) => number) => ts.reduce((a, t) => a + f(t), 0);
      const h = this.perSecHist.get(sec);
      const s = bySec.get(sec + 1) ?? bySec.get(sec);
      const gws = s ? Object.values(s.gateways) : [];
      const pgws = prev ? prev.gateways : {};
      const delta = (f: (g: Sample['gateways'][string]) => number) => s ? Object.entries(s.gateways).reduce((a, [id, g]) => a + Math.max(0, f(g) - (pgws[id] ? f(pgws[id]) : f(g))), 0) : 0;
      const tiers: Record<string, number> = {};
      for (const t of ts) for (const [k, v] of Object.entries(t.tiers)) tiers[k] = (tiers[k] ?? 0) + v;
      const inRound = sec >= o.round.fromSec && sec < o.round.toSec;
      rows.push({
        sec, phase: rateAt(o.phases, sec + 0.5).phase, targetRate: Math.round(rateAt(o.phases, sec + 0.5).rate),
        sent: sum((t) => t.sent), ok: sum((t) => t.ok), failed: sum((t) => Object.values(t.failed).reduce((a, b) => a + b, 0)),
        p50: h?.quantileMs(0.5) ?? 0, p90: h?.quantileMs(0.9) ?? 0, p99: h?.quantileMs(0.99) ?? 0, max: h ? h.maxUs / 1000 : 0,
        won: sum((t) => t.won), opened: sum((t) => t.opened), shared: sum((t) => t.shared), grabs: o.grabsPerSec[sec] ?? 0,
        busy: sum((t) => t.busy), timeouts: sum((t) => t.timeouts), disconnects: sum((t) => t.disconnects), unsent: sum((t) => t.unsent),
        tiers, connected: sum((t) => t.connected),
        released: delta((g) => g.offeredTotal), issued: delta((g) => g.packetsIssued), releaseTarget: inRound ? o.round.rate : 0,
        pool: s ? Object.fromEntries(Object.entries(s.gateways).map(([id, g]) => [id, g.poolLevel])) : {},
        poolCapacity: gws.reduce((a, g) => Math.max(a, g.poolCapacity), 0),
        gatewaysUp: gws.filter((g) => g.up).length,
      });
      if (s) prev = s;
    }
    return rows;
  }
}

/**
 * Packets released from the round's first second through the second after
 * it: the gateways' counters are sampled once a second, so a release in the
 * round's last moments (or a sample taken late on a loaded machine) shows up
 * in the next row. The feed stops at the round's end, so that row holds no
 * release of its own.
 */
function releasedInRound(rows: Row[]): number {
  const first = rows.findIndex((r) => r.releaseTarget > 0);
  if (first < 0) return 0;
  let last = first;
  while (last + 1 < rows.length && rows[last + 1].releaseTarget > 0) last++;
  return rows.slice(first, Math.min(rows.length, last + 2)).reduce((a, r) => a + r.released, 0);
}

/** The flat metrics thresholds refer to. */
export function summaryMetrics(rows: Row[], lat: ReturnType<Histogram['summary']>, extra: Record<string, number>): Record<string, number> {
  const total = (f: (r: Row) => number) => rows.reduce((a, r) => a + f(r), 0);
  const sent = total((r) => r.sent);
  const ok = total((r) => r.ok);
  const failed = total((r) => r.failed);
  const active = rows.filter((r) => r.sent > 0);
  const roundRows = rows.filter((r) => r.releaseTarget > 0);
  const target = roundRows.reduce((a, r) => a + r.releaseTarget, 0);
  const released = releasedInRound(rows);
  return {
    'shake.sent': sent,
    'shake.ok': ok,
    'shake.errorRate': sent ? failed / sent : 0,
    'shake.unsentRate': sent + total((r) => r.unsent) ? total((r) => r.unsent) / (sent + total((r) => r.unsent)) : 0,
    'shake.rps.peak': Math.max(0, ...rows.map((r) => r.ok)),
    'shake.rps.mean': active.length ? ok / active.length : 0,
    'shake.latency.p50': lat.p50, 'shake.latency.p90': lat.p90, 'shake.latency.p99': lat.p99, 'shake.latency.p999': lat.p999, 'shake.latency.max': lat.max,
    'packets.won': total((r) => r.won),
    'packets.issued': total((r) => r.issued),
    'packets.released': total((r) => r.released),
    'released.ratioToTarget': target ? released / target : 0,
    'ops.opened': total((r) => r.opened),
    'ops.shared': total((r) => r.shared),
    'busy': total((r) => r.busy),
    'timeouts': total((r) => r.timeouts),
    'disconnects': total((r) => r.disconnects),
    ...extra,
  };
}
