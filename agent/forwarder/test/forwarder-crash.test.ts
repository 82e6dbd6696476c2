/**
 * The forwarder process (agent/forwarder/main.ts) is SIGKILLed mid-stream while
 * the journal keeps growing, then started again: it resumes from its saved
 * progress, republishes what it had in flight (the queue drops the repeats by
 * id), and every entry ends up in the queue exactly once.
 */
import t from 'tap';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { ProgressStore } from '../progress-store.ts';
import { openJournal, appendEntries } from './journal-fixture.ts';
import { waitFor, sleep } from '../../../queue/test/helpers.ts';
import { nodeEntryArgs } from '../../../common/bundle-entry.ts';

const main = fileURLToPath(new URL('../main.ts', import.meta.url));

t.test('SIGKILLed forwarder resumes without loss; queue holds each entry once', async (t) => {
  const dir = t.testdir();
  const journalPath = path.join(dir, 'journal.db');
  const queuePath = path.join(dir, 'queue.db');
  const statePath = path.join(dir, 'fwd.db');
  const configPath = path.join(dir, 'fwd.json');
  writeFileSync(configPath, JSON.stringify({
    forwarder: { journalPath, statePath, maxInFlight: 512, progressFlushMs: 50 },
    queue: { kind: 'sqlite', path: queuePath },
    statsIntervalMs: 60_000,
  }));
  const journal = openJournal(journalPath);
  t.teardown(() => journal.close());
  const children: ChildProcess[] = [];
  t.teardown(() => { for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL'); });
  const forwarderArgs = await nodeEntryArgs(main);
  const startForwarder = () => {
    const c = spawn(process.execPath, [...forwarderArgs, configPath], { stdio: 'ignore', env: { ...process.env, SHAKE_LOG_LEVEL: 'warn' } });
    children.push(c);
    return c;
  };
  const progress = () => {
    const p = new ProgressStore(statePath);
    try { return p.get(path.resolve(journalPath)); } finally { p.close(); }
  };

  let last = appendEntries(journal, 0, 20_000, (s) => `pkt${s % 997}`);
  const f1 = startForwarder();
  await waitFor(() => progress() > 2_000, 20_000, 'first forwarder makes progress');
  for (let i = 0; i < 5; i++) { last = appendEntries(journal, last, 500, (s) => `pkt${s % 997}`); await sleep(10); }
  const exited = new Promise((r) => f1.once('exit', r));
  f1.kill('SIGKILL');
  await exited;
  const atKill = progress();
  t.ok(atKill < last, `killed mid-stream at saved progress ${atKill} of ${last}`);
  last = appendEntries(journal, last, 2_000, (s) => `pkt${s % 997}`);

  const f2 = startForwarder();
  await waitFor(() => progress() === last, 30_000, 'second forwarder catches up');
  const stop = new Promise((r) => f2.once('exit', r));
  f2.kill('SIGTERM');
  await stop;
  t.equal(f2.exitCode, 0, 'clean stop on SIGTERM');

  const q = new Database(queuePath, { readonly: true });
  t.teardown(() => q.close());
  const row = q.prepare('SELECT count(*) AS n, count(DISTINCT id) AS d, min(id) AS lo FROM queue_messages').get() as { n: number; d: number };
  t.equal(row.n, last, `queue holds ${last} messages`);
  t.equal(row.d, last, 'all distinct');
  // Per-packet order in the queue: queue seq increases with journal seq for each packet.
  const rows = q.prepare('SELECT key, id FROM queue_messages ORDER BY seq').all() as { key: string; id: string }[];
  const lastByKey = new Map<string, number>();
  let outOfOrder = 0;
  for (const r of rows) {
    const s = Number(r.id.slice(r.id.lastIndexOf('-') + 1));
    if ((lastByKey.get(r.key) ?? 0) > s) outOfOrder++;
    lastByKey.set(r.key, s);
  }
  t.equal(outOfOrder, 0, 'per-packet order kept in the queue across the crash');
});
