/** Test helpers: temp service, seed operations with seed-splitter style packet ids. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { packetIdToString } from '../../seed-splitter/format/ids.ts';
import { makeConfig, type PacketServiceConfigInput } from '../config.ts';
import { PacketService } from '../service.ts';
import type { ApplyOp } from '../shard/messages.ts';
import { createLogger } from '../../common/logger.ts';
import { importPackets } from '../seed-import.ts';

export const quietLog = () => createLogger('packet-service.test', { level: 'silent' });

export function tempDir(prefix = 'ps-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export const pid = (n: number) => packetIdToString(n);

export interface Seed { packetId: string; userId: string; sponsorId: string; amountCents: number; shares: number; shareAmountCents: number }

export function op(kind: 'open' | 'share', s: Seed): ApplyOp {
  return { opId: `${kind}:${s.packetId}`, entryId: `gw1:${kind}:${s.packetId}`, kind, roundId: 'r1', ...s };
}

/** Puts seeds into the service's packet book (what the seed import does before a show). */
export async function book(svc: PacketService, ...seeds: Seed[]): Promise<void> {
  await importPackets(svc, seeds);
}

/** Same, into a data dir no process holds yet (for tests that start the service as a child process). */
export async function bookInDir(dataDir: string, shardCount: number, seeds: Seed[], set?: { index: number; seedSets: number; capSets: number }): Promise<{ inserted: number }> {
  // A SET other than the single one links caps over NATS at run time; the import itself needs no link.
  const svc = new PacketService(makeConfig({ dataDir, shardCount, set: set ? { ...set, capLink: null } : undefined }), { logger: quietLog() });
  try {
    return await importPackets(svc, seeds);
  } finally {
    await svc.close();
  }
}

export class Clock {
  constructor(public now = Date.UTC(2026, 1, 10, 12)) {}
  read = () => this.now;
  advance(ms: number) { this.now += ms; }
}

export function startService(t: Tap.Test, input: Omit<PacketServiceConfigInput, 'dataDir'> = {}, clock = new Clock()) {
  const dataDir = tempDir();
  const config = makeConfig({ dataDir, shardCount: 2, ...input });
  const svc = new PacketService(config, { clock: clock.read, logger: quietLog() });
  t.teardown(async () => { await svc.close(); fs.rmSync(dataDir, { recursive: true, force: true }); });
  return { svc, config, clock, dataDir };
}

// Minimal structural type of a tap test, enough for teardown.
declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Tap { interface Test { teardown(fn: () => unknown): void } }
}

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Runs the reconciliation CLI (`--json`) over the money data dirs against the seed totals of
 * `seeds` (each sponsor's count and A + B cents, written to `dir`/totals.json).
 */
export function reconcileSeeds(dir: string, seeds: readonly Seed[], dataDirs: readonly string[]): SpawnSyncReturns<string> {
  const totals: Record<string, { count: number; amountCents: number }> = {};
  for (const s of seeds) {
    const x = (totals[s.sponsorId] ??= { count: 0, amountCents: 0 });
    x.count++;
    x.amountCents += s.amountCents + s.shareAmountCents;
  }
  const totalsPath = path.join(dir, 'totals.json');
  fs.writeFileSync(totalsPath, JSON.stringify({ sponsors: totals }));
  return spawnSync(process.execPath, ['--import', 'tsx', 'packet-service/reconcile.ts', ...dataDirs.flatMap((d) => ['--data-dir', d]), '--totals', totalsPath, '--json'],
    { cwd: REPO_ROOT, encoding: 'utf8' });
}
