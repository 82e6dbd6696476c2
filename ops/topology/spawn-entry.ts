/**
 * Spawns a TypeScript entry point as its own node process (started from its
 * bundle, common/bundle-entry.ts: no tsx in the child) from the repo root,
 * tees its stdout/stderr to a log file, surfaces JSON lines that carry an
 * `evt` field as events, and waits for a given event.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { fileURLToPath } from 'node:url';
import { nodeEntryArgs } from '../../common/bundle-entry.ts';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface EntryProcess {
  proc: ChildProcess;
  /** Called for every JSON line with an `evt` field. */
  onEvent(listener: (e: Record<string, unknown> & { evt: string }) => void): () => void;
  waitFor(evt: string, timeoutMs: number, match?: (e: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  kill(signal?: NodeJS.Signals): Promise<void>;
  alive(): boolean;
}

export async function spawnEntry(entry: string, args: string[], logFile: string, env: Record<string, string> = {}): Promise<EntryProcess> {
  const proc = spawn(process.execPath, [...(await nodeEntryArgs(path.join(REPO_ROOT, entry))), ...args], {
    cwd: REPO_ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(logFile, { flags: 'a' });
  proc.stderr!.pipe(log, { end: false });
  const listeners = new Set<(e: Record<string, unknown> & { evt: string }) => void>();
  readline.createInterface({ input: proc.stdout! }).on('line', (line) => {
    log.write(line + '\n');
    if (!line.startsWith('{') || !line.includes('"evt"')) return;
    try {
      const e = JSON.parse(line) as Record<string, unknown>;
      if (typeof e.evt === 'string') for (const l of listeners) l(e as Record<string, unknown> & { evt: string });
    } catch { /* not an event line */ }
  });
  const alive = () => proc.exitCode === null && proc.signalCode === null;
  const handle: EntryProcess = {
    proc,
    alive,
    onEvent(l) { listeners.add(l); return () => listeners.delete(l); },
    waitFor(evt, timeoutMs, match) {
      return new Promise((resolve, reject) => {
        const off = this.onEvent((e) => {
          if (e.evt === evt && (!match || match(e))) { cleanup(); resolve(e); }
        });
        const onExit = () => { cleanup(); reject(new Error(`${entry} exited (code ${proc.exitCode}) before "${evt}"; see ${logFile}`)); };
        const timer = setTimeout(() => { cleanup(); reject(new Error(`${entry}: no "${evt}" within ${timeoutMs} ms; see ${logFile}`)); }, timeoutMs);
        const cleanup = () => { off(); clearTimeout(timer); proc.off('exit', onExit); };
        proc.once('exit', onExit);
      });
    },
    async kill(signal = 'SIGKILL') {
      if (!alive()) return;
      const gone = new Promise<void>((r) => proc.once('exit', () => r()));
      proc.kill(signal);
      await gone;
    },
  };
  return handle;
}
