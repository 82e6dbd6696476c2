/**
 * Ctrl-C during a drill: the drill stops its phones and the deployment it
 * started (nothing left running), writes a partial report marked INTERRUPTED,
 * and exits 130, not one of its result codes.
 */
import t from 'tap';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { processesUsing, tmpState } from './drill-helpers.ts';

const root = path.resolve(import.meta.dirname, '../../..');

t.test('Ctrl-C mid-drill: deployment stopped, partial report, exit 130', async (t) => {
  const dir = tmpState(t, 'drill-int');
  const scenario = path.join(dir, 'long.json');
  writeFileSync(scenario, JSON.stringify({
    name: 'test-interrupt', description: 'interrupted on purpose',
    deployment: { profile: 'embedded', gateways: 1, seedCount: 5000 },
    users: 40, workers: 1, sourceAddresses: 1,
    phases: [{ name: 'steady', durationSec: 120, shakeRate: 40 }],
    round: { startAtSec: 0, endAtSec: 120, releaseRatePerSec: 20, drawProbability: 1, sponsors: [] },
    settleSec: 10, baseline: { durationSec: 0, connections: 1, rounds: 1 },
  }));
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'bench/drill/main.ts'), scenario, '--dir', path.join(dir, 'dep'), '--out', path.join(dir, 'out')],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  t.teardown(() => { if (child.exitCode === null) child.kill('SIGKILL'); });
  const deadline = Date.now() + 150_000;
  while (!/drill starts at/.test(out)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`the drill did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  await new Promise((r) => setTimeout(r, 4000)); // a few seconds into the drill
  child.kill('SIGINT');
  t.equal(await exited, 130, `exit 130:\n${out.slice(-800)}`);
  t.match(out, /interrupted: stopping/);
  t.match(out, /INTERRUPTED/);
  const report = JSON.parse(readFileSync(path.join(dir, 'out', 'test-interrupt.json'), 'utf8'));
  t.equal(report.verdict, 'INTERRUPTED', 'the report is marked interrupted');
  t.equal(report.interrupted.during, 'the drill');
  t.ok(report.interrupted.atSec >= 1, `interrupted ${report.interrupted.atSec} s in`);
  t.ok(report.timeline.length >= 1, 'what was measured until then is in the report');
  t.same(processesUsing(path.join(dir, 'dep')), [], 'the deployment is stopped');
});
