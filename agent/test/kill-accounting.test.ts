/**
 * SIGKILL the agent process at random moments during a round (and restart the
 * gateway side once, losing its in-memory pool): the gateway side keeps
 * issuing from its pool while the agent is dead, no packet is ever issued
 * twice, and afterwards the accounting puts every seed packet in exactly one
 * state with no violation; the pool level equals the accounting's in_pool.
 */
import t from 'tap';
import path from 'node:path';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { makeSplit } from './seed-fixture.ts';
import { GatewayHarness, showWithRound } from './gateway-harness.ts';
import { shortSocketPath } from './agent-fixture.ts';
import { accountPart } from '../accounting/account.ts';
import { FeedStatus } from '../state/schema.ts';
import Database from 'better-sqlite3';
import { nodeEntryArgs } from '../../common/bundle-entry.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// Reproducible "random" moments (xorshift) unless KILL_SEED is given.
let seed = Number(process.env.KILL_SEED ?? 12345) >>> 0 || 1;
const rnd = () => { seed ^= seed << 13; seed >>>= 0; seed ^= seed >>> 17; seed ^= seed << 5; seed >>>= 0; return seed / 2 ** 32; };

t.test('SIGKILL the agent during a round: every seed packet exactly once', async (t) => {
  const dir = t.testdir();
  const split = makeSplit(dir, { count: 20_000, machines: ['gw-1', 'gw-2'] });
  const sock = shortSocketPath(t);
  const now = Date.now();
  const h = new GatewayHarness({ socketPath: sock, dataDir: dir, gatewayId: 'gw-1', capacity: 500,
    show: showWithRound({ startMs: now, endMs: now + 120_000, ratePerSec: 1000, fleet: [{ gatewayId: 'gw-1', weight: 1 }, { gatewayId: 'gw-2', weight: 1 }] }) });
  await h.start();
  h.takePerTick = 1;
  h.startTaking(4); // ~250/s issued, 500/s fed: the pool fills to the target and stays there
  t.teardown(() => h.close());
  const stateDir = path.join(dir, 'state');
  const env = { ...process.env, SHAKE_LOG_LEVEL: 'warn', SHAKE_GATEWAY_ID: 'gw-1', SHAKE_AGENT_SOCKET: sock, SHAKE_SEED_PART: split.partPath('gw-1'),
    SHAKE_SEED_MANIFEST: split.manifestPath, SHAKE_AGENT_STATE_DIR: stateDir, SHAKE_ISSUED_DB: h.issuedPath, SHAKE_AGENT_ADMIN_PORT: '0',
    SHAKE_AGENT_CONFIG: path.join(dir, 'agent.json') };
  const { writeFileSync } = await import('node:fs');
  writeFileSync(env.SHAKE_AGENT_CONFIG, JSON.stringify({ feed: { poolTargetLevel: 100 }, link: { reconnectMs: 20 } }));
  let child: ChildProcess | null = null;
  t.teardown(() => { child?.kill('SIGKILL'); });
  const startAgent = async () => {
    const c = spawn(process.execPath, [...(await nodeEntryArgs(path.join(root, 'agent/main.ts')))], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    c.stdout!.on('data', (d) => (out += d));
    c.stderr!.on('data', (d) => (out += d));
    while (!/agent ready/.test(out)) {
      if (c.exitCode !== null) throw new Error(`agent exited ${c.exitCode}:\n${out}`);
      await sleep(10);
    }
    child = c;
    return c;
  };
  const kill = async (c: ChildProcess) => {
    const exited = new Promise((r) => c.once('exit', r));
    c.kill('SIGKILL');
    await exited;
  };

  let issuedWhileDead = 0;
  const kills = 8;
  for (let i = 0; i < kills; i++) {
    const c = await startAgent();
    await sleep(150 + rnd() * 900);
    await kill(c);
    const before = h.issuedCount;
    await sleep(100 + rnd() * 150);
    issuedWhileDead += h.issuedCount - before;
    if (i === 4) await h.restart(); // gateway process restart while the agent is down: its pool is lost
  }
  t.ok(issuedWhileDead > 0, `the gateway kept issuing from its pool while the agent was dead (${issuedWhileDead})`);
  t.ok(h.server.stats().connectionsAccepted >= 3, 'agents reconnected');

  const last = await startAgent();
  await sleep(800);
  h.stopTaking();
  await sleep(100);
  const exited = new Promise((r) => last.once('exit', r));
  last.kill('SIGTERM');
  await exited;
  child = null;

  t.equal(h.duplicateIssues, 0, 'no packet issued twice');
  const rep = accountPart({ stateDir, partPath: split.partPath('gw-1'), manifestPath: split.manifestPath, machineId: 'gw-1',
    issuedDbPath: h.issuedPath, aliveGatewayStartedAtMs: h.startedAtMs, gatewayPoolLevel: h.producer.level() });
  t.same(rep.violationCounts, {}, 'no accounting violation');
  t.same(rep.violations, []);
  t.equal(rep.ok, true);
  t.equal(rep.seedsAccounted, rep.partRecords, 'every seed packet in exactly one state');
  t.equal(rep.seeds.issued, rep.issuedTableRows, 'issued = the gateway\'s issued table');
  t.equal(rep.seeds.in_pool, h.producer.level(), 'in_pool = the pool level');
  t.equal(rep.seeds.in_flight, 0, 'nothing left unsettled after a clean stop');
  t.ok(rep.seeds.issued > 300, `issued ${rep.seeds.issued}`);
  t.comment(JSON.stringify(rep.seeds));
  const db = new Database(path.join(stateDir, 'agent.db'), { readonly: true });
  const lost = (db.prepare(`SELECT count(*) AS n FROM feed_log WHERE status = ${FeedStatus.LOST}`).get() as { n: number }).n;
  db.close();
  const cli = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'agent/accounting/cli.ts'), '--state-dir', stateDir,
    '--part', split.partPath('gw-1'), '--manifest', split.manifestPath, '--machine', 'gw-1', '--issued-db', h.issuedPath,
    '--gateway-started-at-ms', String(h.startedAtMs), '--pool-level', String(h.producer.level())], { cwd: root, encoding: 'utf8' });
  t.equal(cli.status, 0, 'accounting command exits 0');
  t.match(cli.stdout, /OK: every packet in exactly one state/);
  t.ok(lost > 0, `the gateway restart lost its pool and those ${lost} packets were fed again (same ids)`);
});
