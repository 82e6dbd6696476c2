/**
 * A drill on the rehearsal topology (chrony, 3-node NATS JetStream, config
 * instances on two sites, money service on the JetStream queue, 2 gateways with
 * their agents) with one NATS node SIGKILLed mid-drill and left down through
 * the checks: every invariant still holds.
 */
import t from 'tap';
import path from 'node:path';
import { runDrill } from '../run-drill.ts';
import { processesUsing, shortScenario, tmpState } from './drill-helpers.ts';

t.test('one NATS node down mid-drill (rehearsal topology): invariants still hold', async (t) => {
  const dir = tmpState(t, 'drill-fn');
  const s = shortScenario({
    name: 'test-fault-nats',
    deployment: { profile: 'rehearsal', gateways: 2, seedCount: 5000, configPerSite: 1 },
    round: { startAtSec: 1, endAtSec: 5, releaseRatePerSec: 80, drawProbability: 1, sponsors: [] },
    faults: [{ atSec: 2, kill: 'nats-1', keepDown: true }],
    thresholds: [{ metric: 'shake.errorRate', op: '<', value: 0.01 }],
    settleSec: 40,
  });
  const r = await runDrill(s, { dir: path.join(dir, 'dep'), outDir: path.join(dir, 'out'), say: () => undefined });
  t.ok(r.report.invariants.pass, `violations: ${JSON.stringify(r.report.invariants.violations).slice(0, 500)}`);
  t.ok(r.report.faults.some((f) => f.action === 'kill nats-1' && f.ok), 'a NATS node was killed');
  t.equal(r.report.deployment.queue, 'NATS JetStream R3');
  t.same(r.report.deployment.gateways, ['gw-1', 'gw-2']);
  t.ok(r.report.metrics['ops.opened'] > 0);
  t.equal(r.exitCode, 0, r.report.reasons.join('; '));
  t.same(processesUsing(path.join(dir, 'dep')), []);
});
