/** Test harness: money SET processes (packet-service/main.ts) on a real JetStream cluster, and the entries a gateway's agent publishes. */
import fs from 'node:fs';
import path from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { encodeJournalEntry, OPERATION_KIND } from '../../journal-codec.ts';
import { freePort } from '../../../common/ports.ts';
import type { JetStreamQueueConfig } from '../../../queue/config.ts';
import type { Seed } from '../../test/helpers.ts';
import { nodeEntryArgs } from '../../../common/bundle-entry.ts';

const root = fileURLToPath(new URL('../../..', import.meta.url));
export const SERVICE_TOKEN = 'test-service-token-0123456789';

export function queueFor(servers: string[], count: number): JetStreamQueueConfig {
  return { kind: 'jetstream', servers, stream: 'SETS_T', subjectPrefix: 'sets.ops', replicas: 3, consumerName: 'money',
    sets: { seedSets: 2, count, subjectsPerSet: 8 }, ackWaitMs: 5_000 };
}

export interface SetProc { index: number; dataDir: string; configPath: string; port: number; child: ChildProcess | null }

/** Options a test adds to a SET's config: the SETs open for new packets, and top-level settings (share deadline, sweep interval). */
export interface SetExtras { mintInto?: number[]; top?: Record<string, unknown> }

export async function setConfig(dir: string, index: number, servers: string[], count: number, extras: SetExtras = {}, port?: number): Promise<SetProc> {
  const dataDir = path.join(dir, `set-${index}`);
  const configPath = path.join(dir, `set-${index}.json`);
  port ??= await freePort();
  fs.writeFileSync(configPath, JSON.stringify({ dataDir, shardCount: 2, http: { port }, ...extras.top,
    set: { index, seedSets: 2, capSets: 2, capLink: { timeoutMs: 500, attempts: 2 }, ...(extras.mintInto ? { mintInto: extras.mintInto } : {}) },
    queue: queueFor(servers, count) }));
  return { index, dataDir, configPath, port, child: null };
}

export async function startSet(p: SetProc): Promise<void> {
  const child = spawn(process.execPath, [...(await nodeEntryArgs(path.join(root, 'packet-service/main.ts'))), p.configPath],
    { cwd: root, env: { ...process.env, SHAKE_LOG_LEVEL: 'error', SHAKE_SERVICE_TOKEN: SERVICE_TOKEN }, stdio: ['ignore', 'pipe', 'inherit'] });
  p.child = child;
  return new Promise((resolve, reject) => {
    let buf = '';
    child.stdout!.on('data', (c: Buffer) => {
      buf += c.toString();
      if (buf.includes('"ready":true')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`SET ${p.index} exited early (${code})`)));
  });
}

export const waitExit = (c: ChildProcess) => new Promise<void>((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.once('exit', () => r())));

export async function stopSet(p: SetProc, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (!p.child) return;
  p.child.kill(signal);
  await waitExit(p.child);
  p.child = null;
}

export interface SetHealth { queueLag: number; applied: number; set: number }

export async function health(p: SetProc): Promise<SetHealth> {
  return (await (await fetch(`http://127.0.0.1:${p.port}/health`)).json()) as SetHealth;
}

export async function waitFor(what: string, cond: () => Promise<boolean>, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

export function entry(kind: 'open' | 'share', s: Seed): { id: string; key: string; data: Uint8Array } {
  const entryId = `gw1:${kind}:${s.packetId}`;
  return { id: entryId, key: s.packetId, data: encodeJournalEntry({
    entryId, operationId: `${kind}:${s.packetId}`, kind: kind === 'open' ? OPERATION_KIND.OPEN : OPERATION_KIND.SHARE,
    packetId: s.packetId, userId: s.userId, sponsorId: s.sponsorId, amountCents: s.amountCents, shares: s.shares,
    shareAmountCents: s.shareAmountCents, gatewayId: 'gw1', roundId: 'r1', acceptedAtMs: Date.now(), journalSeq: 1,
  }) };
}

/** Rows of a table over every shard database of a data dir. */
export function rowsOf<T>(dataDir: string, sql: string): T[] {
  const out: T[] = [];
  for (const f of fs.readdirSync(dataDir).filter((n) => /^db_\d\d\.sqlite$/.test(n))) {
    const db = new Database(path.join(dataDir, f), { readonly: true });
    try { out.push(...(db.prepare(sql).all() as T[])); } finally { db.close(); }
  }
  return out;
}
