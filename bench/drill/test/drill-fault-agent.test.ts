/**
 * A drill with an injected fault: the agent (the process forwarding the
 * gateway's journal of acknowledged opens/shares to the queue) is SIGKILLed in
 * the middle of the load and restarted 3 s later. Shakes keep being answered;
 * every invariant still holds (nothing acknowledged is lost, nothing issued twice).
 */
import t from 'tap';
import path from 'node:path';
import { runDrill } from '../run-drill.ts';
import { processesUsing, shortScenario, tmpState } from './drill-helpers.ts';

t.test('agent killed mid-drill: invariants still hold', async (t) => {
  const dir = tmpState(t, 'drill-fa');
  const s = shortScenario({
    name: 'test-fault-agent',
    faults: [{ atSec: 2, kill: 'agent-gw-1', restartAfterSec: 3 }],
    thresholds: [{ metric: 'shake.errorRate', op: '<', value: 0.01 }],
  });
  const r = await runDrill(s, { dir: path.join(dir, 'dep'), outDir: path.join(dir, 'out'), say: () => undefined });
  t.ok(r.report.invariants.pass, `violations: ${JSON.stringify(r.report.invariants.violations).slice(0, 500)}`);
  t.ok(r.report.faults.some((f) => f.action === 'kill agent-gw-1' && f.ok), 'the agent was killed');
  t.ok(r.report.faults.some((f) => f.action === 'restart agent-gw-1' && f.ok), 'and restarted');
  t.ok(r.report.metrics['ops.opened'] > 0);
  const acked = r.report.invariants.checks[2];
  t.match(acked.detail, /found in the money service/);
  t.equal(r.exitCode, 0);
  t.same(processesUsing(path.join(dir, 'dep')), []);
});
