/** Test helpers: short scenarios and a /tmp state dir (Unix socket paths must stay short). */
import { mkdtempSync, rmSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { parseScenario, type Scenario } from '../scenario.ts';

export function shortScenario(over: Partial<Scenario> & { name: string }): Scenario {
  return parseScenario({
    description: 'test drill',
    deployment: { profile: 'embedded', gateways: 1, seedCount: 5000 },
    users: 120, workers: 2, sourceAddresses: 2,
    phases: [
      { name: 'quiet', durationSec: 1, shakeRate: 200 },
      { name: "host's call", durationSec: 1, shakeRateTo: 1500 },
      { name: 'peak', durationSec: 3, shakeRate: 1500 },
      { name: 'tail', durationSec: 1, shakeRateTo: 100 },
    ],
    round: { startAtSec: 1, endAtSec: 5, releaseRatePerSec: 60, drawProbability: 1, sponsors: [] },
    openFraction: 1, shareFraction: 0.5, friendsPerShare: 1, settleSec: 30,
    ...over,
  });
}

export function tmpState(t: { teardown(fn: () => void): void }, prefix: string): string {
  const d = mkdtempSync(`/tmp/${prefix}-`);
  t.teardown(() => rmSync(d, { recursive: true, force: true }));
  return d;
}

/** Processes (pid list) whose command line mentions dir: what a drill left running. */
export function processesUsing(dir: string): string[] {
  let out = '';
  try { out = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' }); } catch { return []; }
  return out.split('\n').filter((l) => l.includes(dir) && !l.includes('ps -eo'));
}
