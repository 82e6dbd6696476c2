/**
 * Runs one of the project's commands to its end, as a user would: from its
 * bundle (common/bundle-entry.ts, the same code as under tsx at a fraction of
 * the start cost), with the repo root as working directory. Killed after 60 s.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { nodeEntryArgs } from '../../common/bundle-entry.ts';
import { repoRoot } from './gateway-process.ts';

export interface EntryRun { code: number | null; out: string; err: string }

export async function runEntry(entry: string, args: string[]): Promise<EntryRun> {
  const child = spawn(process.execPath, [...(await nodeEntryArgs(path.join(repoRoot, entry))), ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return new Promise((resolve) => child.once('exit', (code) => { clearTimeout(timer); resolve({ code, out, err }); }));
}
