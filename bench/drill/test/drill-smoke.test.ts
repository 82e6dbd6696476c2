/**
 * A short drill (6 s of load) against a real deployment started for it
 * (config service, money service, gateway, agent): it passes its thresholds
 * and its invariant checks, writes both reports, and leaves nothing running.
 */
import t from 'tap';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runDrill } from '../run-drill.ts';
import { processesUsing, shortScenario, tmpState } from './drill-helpers.ts';

t.test('a short drill on a started embedded deployment passes thresholds and invariants', async (t) => {
  const dir = tmpState(t, 'drill-smoke');
  const s = shortScenario({
    name: 'test-smoke',
    // Demand above supply (120 phones hit their caps within a second), so the release ratio measures the feed.
    users: 400,
    thresholds: [
      { metric: 'shake.errorRate', op: '<', value: 0.001 },
      { metric: 'shake.latency.p99', op: '<', value: 500 },
      { metric: 'shake.rps.peak', op: '>', value: 1000 },
      { metric: 'released.ratioToTarget', op: '>', value: 0.7 },
      { metric: 'ops.opened', op: '>', value: 20 },
    ],
  });
  const lines: string[] = [];
  const r = await runDrill(s, { dir: path.join(dir, 'dep'), outDir: path.join(dir, 'out'), say: (l) => lines.push(l) });
  t.equal(r.report.verdict, 'PASS', `reasons: ${r.report.reasons.join('; ')}`);
  t.equal(r.exitCode, 0);
  t.ok(r.report.invariants.pass, 'invariants hold');
  t.equal(r.report.invariants.checks.length, 5);
  t.ok(r.report.thresholds.every((x) => x.pass));
  t.ok(r.report.metrics['packets.won'] > 0, 'phones won packets');
  t.equal(r.report.metrics['packets.won'], r.report.metrics['packets.issued'], 'every issued packet reached a phone');
  t.ok(r.report.metrics['ops.shared'] > 0, 'phones shared');
  t.ok(r.report.grabs.ok > 0, 'friends grabbed');
  t.ok(existsSync(r.jsonPath) && existsSync(r.htmlPath));
  const html = readFileSync(r.htmlPath, 'utf8');
  t.match(html, /<svg/);
  t.match(html, /PASS/);
  t.ok(lines.some((l) => /^\[\s*\d+\/6s\]/.test(l)), 'live progress lines were printed');
  t.same(processesUsing(path.join(dir, 'dep')), [], 'no process of the deployment is left');
});

t.test('thresholds fail the drill with exit code 1 (invariants still hold)', async (t) => {
  const dir = tmpState(t, 'drill-thr');
  const s = shortScenario({
    name: 'test-threshold', users: 40,
    phases: [{ name: 'peak', durationSec: 2, shakeRate: 200 }],
    round: { startAtSec: 0, endAtSec: 2, releaseRatePerSec: 20, drawProbability: 1, sponsors: [] },
    thresholds: [{ metric: 'shake.rps.peak', op: '>', value: 1e9 }, { metric: 'no.such.metric', op: '<', value: 1 }],
  });
  const r = await runDrill(s, { dir: path.join(dir, 'dep'), outDir: path.join(dir, 'out'), say: () => undefined });
  t.equal(r.report.verdict, 'FAIL');
  t.equal(r.exitCode, 1);
  t.ok(r.report.invariants.pass);
  t.same(r.report.thresholds.map((x) => x.pass), [false, false], 'an unknown metric fails too');
});
