/**
 * Starts a real gateway process (node --import tsx gateway/main.ts) for
 * end-to-end tests and benchmarks, and stops it afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { freePort } from '../../common/ports.ts';
import { reuseportEnv } from '../../gateway/io/reuseport.ts';
import { nodeEntryArgs } from '../../common/bundle-entry.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface GatewayProcess {
  child: ChildProcess;
  wsPort: number;
  adminPort: number;
  url: string;
  output: () => string;
  status: () => Promise<Record<string, any>>;
  stop: (signal?: NodeJS.Signals) => Promise<number | null>;
}

export async function startGatewayProcess(env: Record<string, string> = {}, entry = 'gateway/main.ts'): Promise<GatewayProcess> {
  // Each test gateway gets its own state (issued.db, journal.db, agent socket) unless the test shares one on purpose.
  // Short path under /tmp: the agent's Unix socket path must stay under 104 bytes.
  if (!env.SHAKE_DATA_DIR) env = { ...env, SHAKE_DATA_DIR: mkdtempSync('/tmp/gwd-') };
  // One IO thread and one logic worker unless a test asks for more: counters stay the same on any core count.
  env = { SHAKE_IO_THREADS: '1', SHAKE_LOGIC_WORKERS: '1', ...env };
  if (Number(env.SHAKE_IO_THREADS) > 1) env = { ...reuseportEnv(), ...env };
  const wsPort = Number(env.SHAKE_WS_PORT ?? (await freePort()));
  const adminPort = Number(env.SHAKE_ADMIN_PORT ?? (await freePort()));
  const child = spawn(process.execPath, [...(await nodeEntryArgs(path.join(repoRoot, entry)))], {
    cwd: repoRoot,
    env: { ...process.env, SHAKE_PROFILE: 'development', SHAKE_LOG_LEVEL: process.env.TEST_GATEWAY_LOG_LEVEL ?? 'warn', ...env, SHAKE_WS_PORT: String(wsPort), SHAKE_ADMIN_PORT: String(adminPort) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  await new Promise<void>((resolve, reject) => {
    // Only a failed start waits this long; a loaded machine starting several workers at once may take tens of seconds.
    const timer = setTimeout(() => reject(new Error(`gateway did not start in 60 s:\n${out}`)), 60_000);
    const check = () => {
      if (/gateway \S+ listening: ws:/.test(out)) { clearTimeout(timer); resolve(); }
    };
    child.stdout!.on('data', check);
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`gateway exited with ${code}:\n${out}`)); });
  });
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  return {
    child,
    wsPort,
    adminPort,
    url: `ws://127.0.0.1:${wsPort}/`,
    output: () => out,
    status: async () => (await fetch(`http://127.0.0.1:${adminPort}/status`)).json() as Promise<Record<string, any>>,
    stop: async (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
