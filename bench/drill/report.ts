/** The drill report: the JSON document, and a single self-contained HTML page for the people preparing the show. */
import type { Row } from './timeline.ts';
import type { ThresholdResult } from './thresholds.ts';
import type { InvariantReport } from './invariants.ts';
import type { Scenario } from './scenario.ts';
import type { BaselineResult } from './baseline.ts';
import { lineChart, type Series } from './svg-chart.ts';

export interface DrillReport {
  scenario: Scenario;
  /** INTERRUPTED: stopped by Ctrl-C; the report holds what was measured until then, nothing was checked. */
  verdict: 'PASS' | 'FAIL' | 'INTERRUPTED';
  interrupted?: { atSec: number | null; during: string };
  /** Why it failed, in words. */
  reasons: string[];
  startedAt: string;
  durationSec: number;
  machine: { cpus: number; node: string; loadAvg: number[] };
  deployment: { profile: string; gateways: string[]; queue: string; attached: boolean };
  /** How packets reached the gateways' pools: 'agent' (agent link) or 'drill-hook' (runner feeds the seed parts via POST /admin/drill/feed). */
  feedPath: 'agent' | 'drill-hook';
  phones: { users: number; connected: number; connectFailed: number; firstConnectError?: string; reconnects: number; resent: number };
  metrics: Record<string, number>;
  errorsByCode: Record<string, number>;
  thresholds: ThresholdResult[];
  invariants: InvariantReport;
  faults: { atSec: number; action: string; ok: boolean; note?: string }[];
  grabs: { attempts: number; ok: number; empty: number; expired: number; notFoundFinal: number; errors: number; cents: number };
  baseline: BaselineResult | null;
  timeline: Row[];
  notes: string[];
}

const esc = (s: unknown) => String(s).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf'];
const n = (v: number, d = 0) => (Number.isFinite(v) ? v.toLocaleString('en-US', { maximumFractionDigits: d }) : String(v));

export function renderHtml(r: DrillReport): string {
  const t = r.timeline;
  const phaseBands: { from: number; to: number; label: string; color: string }[] = [];
  t.forEach((row, i) => {
    const last = phaseBands[phaseBands.length - 1];
    if (last && last.label === row.phase) last.to = i; else phaseBands.push({ from: i, to: i, label: row.phase, color: phaseBands.length % 2 ? '#888' : '#4a90d9' });
  });
  for (const b of phaseBands) b.to += 1;
  const faultBands = r.faults.map((f) => ({ from: f.atSec, to: f.atSec + 0.5, label: f.action, color: '#d62728' }));
  const bands = [...phaseBands, ...faultBands];
  const col = (f: (row: Row) => number | null) => t.map(f);
  const tierKeys = [...new Set(t.flatMap((row) => Object.keys(row.tiers)))].sort();
  const gwIds = [...new Set(t.flatMap((row) => Object.keys(row.pool)))].sort();
  const charts = [
    lineChart('Shake throughput: replies per second against the scenario curve', 'shakes/s', [
      { name: 'target rate', color: '#888', values: col((row) => row.targetRate), dashed: true },
      { name: 'answered (ok)', color: COLORS[0], values: col((row) => row.ok) },
      { name: 'failed', color: COLORS[1], values: col((row) => row.failed) },
    ], bands),
    lineChart('Shake latency percentiles per second (client-measured, send to reply)', 'ms', [
      { name: 'p50', color: COLORS[2], values: col((row) => (row.ok ? row.p50 : null)) },
      { name: 'p90', color: COLORS[3], values: col((row) => (row.ok ? row.p90 : null)) },
      { name: 'p99', color: COLORS[1], values: col((row) => (row.ok ? row.p99 : null)) },
    ], bands),
    lineChart('Rate-limit tiers: phones in each tier', 'phones', tierKeys.map((k, i) => ({ name: `tier ${k}`, color: COLORS[i % COLORS.length], values: col((row) => row.tiers[k] ?? 0) })), bands),
    lineChart('Packets released into the pools per second against the target, and handed to phones', 'packets/s', [
      { name: 'target (round rate)', color: '#888', values: col((row) => row.releaseTarget), dashed: true },
      { name: 'released to pools', color: COLORS[0], values: col((row) => row.released) },
      { name: 'issued to phones', color: COLORS[2], values: col((row) => row.issued) },
    ], bands),
    lineChart('Pool level per gateway', 'packets', gwIds.map((id, i) => ({ name: id, color: COLORS[i % COLORS.length], values: col((row) => row.pool[id] ?? null) })), bands),
    lineChart('Open, share, friends grabbing', 'per second', [
      { name: 'won', color: COLORS[3], values: col((row) => row.won) },
      { name: 'opened', color: COLORS[0], values: col((row) => row.opened) },
      { name: 'shared', color: COLORS[4], values: col((row) => row.shared) },
      { name: 'grabs ok', color: COLORS[2], values: col((row) => row.grabs) },
    ], bands),
  ].join('\n');

  const m = r.metrics;
  const b = r.baseline;
  const verdictColor = r.verdict === 'PASS' ? '#1a7f37' : '#cf222e';
  const kv = (k: string, v: string) => `<tr><th>${esc(k)}</th><td>${v}</td></tr>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Drill ${esc(r.scenario.name)}: ${r.verdict}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;max-width:1000px;margin:24px auto;padding:0 16px;color:#222}
h1{margin:0 0 4px} .verdict{display:inline-block;padding:4px 14px;border-radius:6px;color:#fff;background:${verdictColor};font-weight:700}
table{border-collapse:collapse;margin:8px 0 16px;width:100%} th,td{border:1px solid #ddd;padding:4px 8px;text-align:left;vertical-align:top} th{background:#f6f8fa;width:38%}
.pass{color:#1a7f37;font-weight:600} .fail{color:#cf222e;font-weight:600} figure{margin:18px 0} figcaption{font-weight:600;margin-bottom:4px} .unit{font-weight:400;color:#666}
.grid{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:0 24px} code{background:#f6f8fa;padding:1px 4px} small{overflow-wrap:anywhere}
</style></head><body>
<h1>Drill <code>${esc(r.scenario.name)}</code> <span class="verdict">${r.verdict}</span></h1>
<p>${esc(r.scenario.description)}</p>
<p>${esc(r.startedAt)} · ${r.durationSec} s · ${r.phones.users.toLocaleString()} phones · deployment <b>${esc(r.deployment.profile)}</b> (${r.deployment.gateways.map(esc).join(', ')}; queue ${esc(r.deployment.queue)}) · packets fed by <b>${r.feedPath === 'agent' ? 'the agents' : 'the drill hook (runner feeds the seed parts; the agent link is not wired into the gateway)'}</b> · machine ${r.machine.cpus} cores, load ${r.machine.loadAvg.map((x) => x.toFixed(1)).join(' ')}</p>
${r.reasons.length ? `<p class="fail">Failed because: ${r.reasons.map(esc).join('; ')}</p>` : ''}
<div class="grid"><div>
<h2>Thresholds</h2><table><tr><th>metric</th><td><b>actual</b> / rule</td></tr>
${r.thresholds.map((x) => `<tr><th>${esc(x.metric)}</th><td class="${x.pass ? 'pass' : 'fail'}">${x.actual === null ? 'missing' : n(x.actual, 3)} ${esc(x.op)} ${n(x.value, 3)} ${x.pass ? '✔' : '✘'}</td></tr>`).join('')}
</table></div><div>
<h2>Correctness</h2><table>
${r.invariants.checks.map((c) => `<tr><th>${esc(c.name)}</th><td class="${c.pass ? 'pass' : 'fail'}">${c.pass ? '✔ holds' : '✘ VIOLATED'}<br><small>${esc(c.detail)}</small></td></tr>`).join('')}
</table>
${r.invariants.violations.map((v) => `<p class="fail">${esc(v.code)}: ${esc(v.message)}<br><small>${esc(JSON.stringify(v.examples).slice(0, 600))}</small></p>`).join('')}
</div></div>
<h2>Summary</h2><div class="grid"><table>
${kv('shakes answered / sent', `${n(m['shake.ok'])} / ${n(m['shake.sent'])} (errors ${n(m['shake.errorRate'] * 100, 3)} %)`)}
${kv('peak / mean answered per second', `${n(m['shake.rps.peak'])} / ${n(m['shake.rps.mean'])}`)}
${kv('latency p50 / p90 / p99 / max', `${n(m['shake.latency.p50'], 2)} / ${n(m['shake.latency.p90'], 2)} / ${n(m['shake.latency.p99'], 2)} / ${n(m['shake.latency.max'], 1)} ms`)}
${kv('scheduled shakes not sent (client side)', `${n(m['shake.unsentRate'] * 100, 2)} %`)}
${kv('busy / timeouts / disconnects', `${n(m.busy)} / ${n(m.timeouts)} / ${n(m.disconnects)}`)}
${kv('errors by code', Object.keys(r.errorsByCode).length ? esc(JSON.stringify(r.errorsByCode)) : 'none')}
</table><table>
${kv('packets released / target ratio', `${n(m['packets.released'])} (${n(m['released.ratioToTarget'] * 100, 1)} % of the round's target)`)}
${kv('packets issued / won by phones', `${n(m['packets.issued'])} / ${n(m['packets.won'])}`)}
${kv('opened / shared (acknowledged)', `${n(m['ops.opened'])} / ${n(m['ops.shared'])}`)}
${kv('friends grabbing: ok / empty / not found', `${n(r.grabs.ok)} / ${n(r.grabs.empty)} / ${n(r.grabs.notFoundFinal)} (${n(r.grabs.cents / 100, 2)} yuan)`)}
${kv('phones connected / failed', `${n(r.phones.connected)} / ${n(r.phones.connectFailed)}; reconnects ${n(r.phones.reconnects)}, requests resent ${n(r.phones.resent)}`)}
${kv('faults injected', r.faults.length ? r.faults.map((f) => `${f.atSec}s ${esc(f.action)} ${f.ok ? '' : '(failed)'}`).join('<br>') : 'none')}
</table></div>
${b ? `<h2>Shake path against raw uWebSockets.js echo</h2><table>
${kv('raw uWS echo (bench/echo-server.ts), max', `${n(b.echoRps)} replies/s`)}
${kv(`gateway ${esc(b.gatewayId)} shake path, max`, `${n(b.gatewayRps)} replies/s (${esc(b.gatewayCondition)})`)}
${kv('ratio shake path / echo', `<b>${n(b.ratio, 3)}</b>`)}
${kv('drill peak answered per second / echo max', `${n(m['shake.rps.peak'] / b.echoRps, 3)} (the drill's phones run the full SDK: decoding, cookies, opens)`)}
${kv('method', esc(b.method))}
</table>` : ''}
<h2>Over time</h2>
${charts}
<h2>Notes</h2><ul>${r.notes.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>
<details><summary>Scenario</summary><pre>${esc(JSON.stringify(r.scenario, null, 2))}</pre></details>
</body></html>
`;
}
