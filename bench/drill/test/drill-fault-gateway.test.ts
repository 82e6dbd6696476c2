/**
 * The seeded crash drill: two gateways, gw-1 SIGKILLed in the middle of the
 * round and restarted 2 s later; its phones fail over to gw-2 (and the SDK
 * resends the shakes whose replies died). Tokens live 4 s and phones open only
 * some of their packets, so packets issued and never opened exist and must
 * expire back to the pool. Afterwards every issued packet is in exactly one
 * state in the money side's book, the expired ones were re-minted once, no
 * user has more than 3 packets (1 per sponsor) admitted by the money side, and
 * the reconciliation is exact per packet.
 */
import t from 'tap';
import path from 'node:path';
import { runDrill } from '../run-drill.ts';
import { processesUsing, shortScenario, tmpState } from './drill-helpers.ts';

t.test('gateway SIGKILLed mid-round, phones fail over: every packet ends in one state, none over the caps, reconciliation exact', async (t) => {
  const dir = tmpState(t, 'drill-fg');
  const s = shortScenario({
    name: 'test-fault-gateway',
    deployment: { profile: 'embedded', gateways: 2, seedCount: 3000, packetTtlSec: 4 },
    round: { startAtSec: 1, endAtSec: 5, releaseRatePerSec: 80, drawProbability: 1, sponsors: [] },
    openFraction: 0.6,
    faults: [{ atSec: 2, kill: 'gw-1', restartAfterSec: 2 }],
    settleSec: 30,
  });
  const t0 = Date.now();
  const r = await runDrill(s, { dir: path.join(dir, 'dep'), outDir: path.join(dir, 'out'), say: (line) => t.comment(`+${((Date.now() - t0) / 1000).toFixed(1)} s ${line}`) });
  const inv = r.report.invariants;
  for (const c of inv.checks) t.comment(`${c.pass ? 'pass' : 'FAIL'} ${c.name}: ${c.detail}`);
  t.ok(inv.pass, `violations: ${JSON.stringify(inv.violations).slice(0, 800)}`);
  t.ok(r.report.faults.some((f) => f.action === 'kill gw-1' && f.ok), 'gw-1 was SIGKILLed');
  t.ok(r.report.faults.some((f) => f.action === 'restart gw-1' && f.ok), 'and restarted');
  t.ok(r.report.metrics['ops.opened'] > 0, 'phones opened packets');

  const reconcile = inv.reconcile.output as { ok?: boolean; differences?: string[] };
  t.equal(inv.reconcile.exitCode, 0, 'the reconciliation exits 0');
  t.equal(reconcile.ok, true, 'the reconciliation is exact');
  t.same(reconcile.differences, [], 'with no difference, per packet or per sponsor');

  const states = inv.checks.find((c) => c.name.startsWith('every issued packet ends in one known state'));
  t.ok(states?.pass, states?.detail ?? 'the per-packet check ran');
  const counts = JSON.parse(/book states (\{[^}]*\})/.exec(states?.detail ?? '')?.[1] ?? '{}') as Record<string, number>;
  t.ok((counts.expired ?? 0) > 0, `issued packets never opened expired back to the pool (${counts.expired ?? 0})`);
  t.notOk('issued' in counts || 'in_pool' in counts, 'none is left issued or in the pool once every token expired');
  t.equal(r.exitCode, 0, r.report.reasons.join('; '));
  t.same(processesUsing(path.join(dir, 'dep')), []);
});
