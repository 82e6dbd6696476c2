/**
 * `npm start -- --show FILE` with a show whose rounds name sponsors the seeds do
 * not hold is refused before any component starts: a clear error naming the
 * rounds and what the seeds hold, exit 1 (it would otherwise run and give
 * nobody a red packet).
 */
import t from 'tap';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { repoRoot } from '../helpers/gateway-process.ts';
import { defaultShowConfig } from '../../contracts/show/default-show.ts';

t.test('a show that can never be fed is refused at start', async (t) => {
  const dir = mkdtempSync('/tmp/start-show-');
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const showFile = path.join(dir, 'show.json');
  writeFileSync(showFile, JSON.stringify(defaultShowConfig(Date.now(), { sponsorIds: ['sponsor-a', 'sponsor-b', 'sponsor-c'] })));
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'ops/start.ts'), '--base-port', '0', '--dir', path.join(dir, 'dep'), '--seeds', '2000', '--show', showFile],
    { cwd: repoRoot, encoding: 'utf8', timeout: 120_000 });
  t.equal(r.status, 1, 'exit 1');
  t.match(r.stderr, /start failed: SHOW_UNFED: .*r1 \(sponsor-a\); r2 \(sponsor-b\); r3 \(sponsor-c\).*the seeds hold sponsor-01, sponsor-02/);
  t.notMatch(r.stdout, /^ok /m, 'no component was started');
});
