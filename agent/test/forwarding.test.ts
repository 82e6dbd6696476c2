/**
 * The agent process runs the journal forwarder (agent/forwarder/): entries the
 * gateway journaled reach the async queue (embedded SQLite queue here), also
 * across a SIGKILL of the agent, and /status + /metrics show the backlog.
 */
import t from 'tap';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { makeSplit } from './seed-fixture.ts';
import { openJournal, appendEntries } from '../forwarder/test/journal-fixture.ts';
import { SqliteConsumer } from '../../queue/sqlite-queue.ts';
import { freePort } from '../../common/ports.ts';
import { nodeEntryArgs } from '../../common/bundle-entry.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

t.test('journal entries reach the queue through the agent, across a SIGKILL', async (t) => {
  const dir = t.testdir();
  const split = makeSplit(dir, { count: 100, machines: ['gw-1'] });
  const journalPath = path.join(dir, 'journal.db');
  const queuePath = path.join(dir, 'queue.db');
  const journal = openJournal(journalPath);
  t.teardown(() => journal.close());
  let seq = appendEntries(journal, 0, 300, (s) => `p${s.toString(16).padStart(14, '0')}`);
  const adminPort = await freePort();
  const start = async () => {
    const c = spawn(process.execPath, [...(await nodeEntryArgs(path.join(root, 'agent/main.ts')))], {
      cwd: root, stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, SHAKE_LOG_LEVEL: 'warn', SHAKE_GATEWAY_ID: 'gw-1', SHAKE_AGENT_SOCKET: '/tmp/agl-no-gateway-here.sock',
        SHAKE_SEED_PART: split.partPath('gw-1'), SHAKE_SEED_MANIFEST: split.manifestPath, SHAKE_AGENT_STATE_DIR: path.join(dir, 'state'),
        SHAKE_ISSUED_DB: path.join(dir, 'issued.db'), SHAKE_AGENT_ADMIN_PORT: String(adminPort), SHAKE_JOURNAL: journalPath, SHAKE_QUEUE_SQLITE: queuePath },
    });
    let out = '';
    c.stdout.on('data', (d) => (out += d));
    c.stderr.on('data', (d) => (out += d));
    while (!/agent ready/.test(out)) { if (c.exitCode !== null) throw new Error(out); await sleep(10); }
    return c;
  };
  const status = async () => (await (await fetch(`http://127.0.0.1:${adminPort}/status`)).json()) as { forwarder: { backlog: number; forwardedSeq: number } };
  let c = await start();
  t.teardown(() => { c.kill('SIGKILL'); });
  seq = appendEntries(journal, seq, 300, (s) => `p${s.toString(16).padStart(14, '0')}`);
  await sleep(30);
  c.kill('SIGKILL');
  await new Promise((r) => c.once('exit', r));
  seq = appendEntries(journal, seq, 200, (s) => `p${s.toString(16).padStart(14, '0')}`);
  c = await start();
  const until = Date.now() + 15_000;
  while ((await status()).forwarder.forwardedSeq < seq && Date.now() < until) await sleep(50);
  const st = await status();
  t.equal(st.forwarder.forwardedSeq, seq, 'everything forwarded');
  t.equal(st.forwarder.backlog, 0, 'journal backlog 0');
  t.match(await (await fetch(`http://127.0.0.1:${adminPort}/metrics`)).text(), /agent_journal_backlog 0/);
  c.kill('SIGTERM');
  await new Promise((r) => c.once('exit', r));

  const consumer = new SqliteConsumer({ path: queuePath, consumerName: 'test', pollIntervalMs: 5 });
  const ids = new Set<string>();
  await consumer.start(async (m) => { ids.add(m.id); });
  const end = Date.now() + 10_000;
  while (ids.size < seq && Date.now() < end) await sleep(20);
  await consumer.close();
  t.equal(ids.size, seq, `all ${seq} entries in the queue, once each`);
});
