/**
 * The agent refuses to feed from a missing, corrupt, or other machine's seed
 * part (loadPart), and the real agent process started on such a part feeds
 * nothing during a running round and says why (stderr, /status, /metrics).
 */
import t from 'tap';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { makeSplit } from './seed-fixture.ts';
import { loadPart } from '../part/load-part.ts';
import { GatewayHarness, showWithRound } from './gateway-harness.ts';
import { shortSocketPath } from './agent-fixture.ts';
import { freePort } from '../../common/ports.ts';
import { nodeEntryArgs } from '../../common/bundle-entry.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

t.test('loadPart refusals carry stable codes', async (t) => {
  const dir = t.testdir();
  const split = makeSplit(dir, { count: 300, machines: ['gw-1', 'gw-2'] });
  const other = makeSplit(path.join(dir, 'other'), { count: 400, machines: ['gw-1', 'gw-2'] });
  const ok = loadPart({ partPath: split.partPath('gw-1'), manifestPath: split.manifestPath, machineId: 'gw-1' });
  t.equal(ok.count, 150);
  t.equal(ok.machineIndex, 0);

  const refuse = (name: string, o: { partPath: string; manifestPath?: string; machineId?: string }, code: string, msg?: RegExp) =>
    t.throws(() => loadPart({ manifestPath: split.manifestPath, machineId: 'gw-1', ...o }), { code, ...(msg ? { message: msg } : {}) }, name);

  refuse('missing part', { partPath: path.join(dir, 'nope.seed') }, 'AGENT_SEED_PART_MISSING');
  refuse('another machine\'s part', { partPath: split.partPath('gw-2') }, 'AGENT_SEED_PART_WRONG_MACHINE', /belongs to machine "gw-2"/);
  refuse('same name, another split', { partPath: other.partPath('gw-1') }, 'AGENT_SEED_PART_MANIFEST_MISMATCH');
  refuse('machine not in manifest', { partPath: split.partPath('gw-1'), machineId: 'gw-9' }, 'AGENT_MACHINE_NOT_IN_MANIFEST');
  refuse('manifest missing', { partPath: split.partPath('gw-1'), manifestPath: path.join(dir, 'none.json') }, 'AGENT_MANIFEST_INVALID');

  const bytes = readFileSync(split.partPath('gw-1'));
  const corrupt = (name: string, mutate: (b: Buffer) => Buffer) => {
    const p = path.join(dir, `${name.replace(/\W+/g, '-')}.seed`);
    writeFileSync(p, mutate(Buffer.from(bytes)));
    refuse(name, { partPath: p }, 'AGENT_SEED_PART_CORRUPT');
  };
  corrupt('record byte flipped', (b) => { b[b.length - 20] ^= 0x01; return b; });
  corrupt('truncated', (b) => b.subarray(0, b.length - 7));
  corrupt('header machine renamed', (b) => { b[81] = 'x'.charCodeAt(0); return b; });
  corrupt('not a seed file', () => Buffer.from('hello world, definitely not a seed part'));
  // A part re-labelled as another machine (header rewritten consistently) still fails the manifest.
  const wrong = path.join(dir, 'relabelled.seed');
  copyFileSync(split.partPath('gw-2'), wrong);
  refuse('gw-2 records under gw-1 manifest entry', { partPath: wrong }, 'AGENT_SEED_PART_WRONG_MACHINE');
});

t.test('agent process on another machine\'s part feeds nothing and says why', async (t) => {
  const dir = t.testdir();
  const split = makeSplit(dir, { count: 300, machines: ['gw-1', 'gw-2'] });
  const sock = shortSocketPath(t);
  const now = Date.now();
  const h = new GatewayHarness({ socketPath: sock, dataDir: dir, gatewayId: 'gw-1',
    show: showWithRound({ startMs: now - 1000, endMs: now + 60_000, ratePerSec: 1000, fleet: [{ gatewayId: 'gw-1', weight: 1 }] }) });
  await h.start();
  t.teardown(() => h.close());
  const adminPort = await freePort();
  const child = spawn(process.execPath, [...(await nodeEntryArgs(path.join(root, 'agent/main.ts')))], {
    cwd: root, stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, SHAKE_LOG_LEVEL: 'error', SHAKE_GATEWAY_ID: 'gw-1', SHAKE_AGENT_SOCKET: sock, SHAKE_SEED_PART: split.partPath('gw-2'),
      SHAKE_SEED_MANIFEST: split.manifestPath, SHAKE_AGENT_STATE_DIR: path.join(dir, 'state'), SHAKE_ISSUED_DB: h.issuedPath, SHAKE_AGENT_ADMIN_PORT: String(adminPort) },
  });
  t.teardown(() => { child.kill('SIGKILL'); });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  while (!/agent ready/.test(out)) { if (child.exitCode !== null) break; await sleep(20); }
  t.match(out, /FEEDING REFUSED: AGENT_SEED_PART_WRONG_MACHINE/);
  t.match(out, /agent ready.*\[not feeding\]/);
  await sleep(500);
  t.equal(h.producer.offeredTotal(), 0, 'nothing fed during a running round');
  t.equal(h.server.stats().connectionsAccepted, 0, 'did not even connect');
  const st = await (await fetch(`http://127.0.0.1:${adminPort}/status`)).json() as { feedRefused: { code: string } };
  t.equal(st.feedRefused.code, 'AGENT_SEED_PART_WRONG_MACHINE');
  t.match(await (await fetch(`http://127.0.0.1:${adminPort}/metrics`)).text(), /agent_feed_refused 1/);
  rmSync(path.join(dir, 'state'), { recursive: true, force: true });
});

t.test('finding: the record count is checked against the manifest before recordCount x 32 bytes are reserved or read', async (t) => {
  const dir = t.testdir();
  const split = makeSplit(dir, { count: 300, machines: ['gw-1', 'gw-2'] });
  const bigger = makeSplit(path.join(dir, 'bigger'), { count: 4000, machines: ['gw-1', 'gw-2'] });
  // gw-1's part of a larger split, with rotten records: the count must refuse it before any record is read.
  const p = path.join(dir, 'bigger-rotten.seed');
  const b = readFileSync(bigger.partPath('gw-1'));
  b[b.length - 20] ^= 0x01;
  writeFileSync(p, b);
  t.throws(() => loadPart({ partPath: p, manifestPath: split.manifestPath, machineId: 'gw-1' }),
    { code: 'AGENT_SEED_PART_MANIFEST_MISMATCH', message: /count 2000 vs 150/ });
});
