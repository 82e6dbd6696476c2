/**
 * The rehearsal's two money SETs as the operator sees them (all real
 * processes: chrony, 3-node NATS JetStream, one config instance per site, two
 * SET processes, a gateway and its agent): every config instance lists both
 * SETs up on GET /api/money-sets with the deployment's SET URLs, and
 * `npm run money-sets -- status` prints them; SET 1 killed shows DOWN on every
 * instance and the CLI exits 2 naming it.
 */
import t from 'tap';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Deployment } from '../../ops/deploy/deployment.ts';
import type { MoneySetState } from '../../config-service/index.ts';
import { repoRoot } from '../helpers/gateway-process.ts';

async function moneySets(configUrl: string): Promise<MoneySetState[]> {
  const res = await fetch(`${configUrl}/api/money-sets`, { signal: AbortSignal.timeout(3000) });
  return ((await res.json()) as { sets: MoneySetState[] }).sets;
}

async function until(cond: () => Promise<boolean>, what: string, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond().catch(() => false))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function statusCli(descriptor: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'ops/cli/money-sets.ts'), 'status', '--deployment', descriptor],
    { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

t.test('rehearsal: the config service lists both money SETs up; a killed one DOWN', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'rehearsal-sets-'));
  const dep = await Deployment.start({ profile: 'rehearsal', dir, fresh: true, gateways: 1, basePort: 0, seedCount: 2000, configPerSite: 1, logLevel: 'warn', say: () => {} });
  t.teardown(async () => { await dep.stop(); rmSync(dir, { recursive: true, force: true }); });
  const info = dep.info;
  t.equal(info.money.sets.length, 2, 'the rehearsal runs two SETs');
  const expected = info.money.sets.map((m) => [m.index, m.url]);
  for (const url of info.config.urls) {
    await until(async () => (await moneySets(url)).filter((s) => s.up).length === 2, `${url} to see both SETs up`);
    const sets = await moneySets(url);
    t.same(sets.map((s) => [s.set, s.url]), expected, `${url} watches the deployment's SETs`);
    t.same(sets.map((s) => s.up), [true, true], `${url}: both up`);
    t.ok(sets.every((s) => s.backlog !== null && s.appliedTotal !== null), 'backlog and applied count read from each SET');
  }

  const descriptor = path.join(dir, 'deployment.json');
  const ok = statusCli(descriptor);
  t.equal(ok.code, 0, `status exits 0 with every SET up: ${ok.err}`);
  t.match(ok.out, /^SET\s+state\s+backlog\s+pay ops\/s/m, 'a table');
  t.match(ok.out, new RegExp(`^0\\s+up\\s.*${info.money.sets[0]!.url}`, 'm'));
  t.match(ok.out, new RegExp(`^1\\s+up\\s.*${info.money.sets[1]!.url}`, 'm'));

  await dep.kill(info.money.sets[1]!.component);
  for (const url of info.config.urls) {
    await until(async () => { const s = await moneySets(url); return s[1]!.up === false && s[0]!.up; }, `${url} to see SET 1 down`);
  }
  t.pass('every config instance sees SET 1 down and SET 0 up');
  const down = statusCli(descriptor);
  t.equal(down.code, 2, 'status exits 2 with a SET down');
  t.match(down.out, /^1\s+DOWN\s/m, 'SET 1 is DOWN in the table');
  t.match(down.out, /^0\s+up\s/m);
});
