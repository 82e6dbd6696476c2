/**
 * The two servers the benchmarks compare, started as child processes:
 *  - echo:    bench/echo-server.ts (raw uWebSockets.js echo, the reference)
 *  - gateway: gateway/main.ts with SHAKE_WS_PORT (admin on port+1) and SHAKE_AUTH_SECRET
 */
import { reuseportEnv } from '../../gateway/io/reuseport.ts';
import { mkdtempSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { canBind, freePort } from '../../common/ports.ts';
import { startServer, type ServerProcess } from './child-server.ts';

/** gateway-core: the gateway with its minimal logic (SHAKE_LOGIC=basic): IO + rings + worker, no show decisions. */
export type TargetName = 'echo' | 'gateway' | 'gateway-core';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface TargetOptions {
  host: string;
  gcHook?: boolean;
  /** Gateway only. */
  secret: string;
  /** Extra env for the gateway (e.g. to tune its per-user rate limits for a bench). */
  gatewayEnv?: Record<string, string>;
}

/** A free port p with p+1 free too (gateway admin). Racy, like every free-port helper. */
async function freePortPair(host: string): Promise<number> {
  for (let i = 0; i < 50; i++) {
    const p = await freePort(host);
    if (p < 65535 && (await canBind(p + 1, host))) return p;
  }
  throw new Error('no free port pair found');
}

export async function startTarget(name: TargetName, o: TargetOptions): Promise<ServerProcess> {
  if (name === 'echo') {
    return startServer({
      name, cwd: REPO_ROOT, script: ['bench/echo-server.ts', '--host', o.host, '--port', '0'],
      ready: /^READY (\d+)/, gcHook: o.gcHook,
    });
  }
  const port = await freePortPair(o.host);
  // More than one IO thread shares the port through a preload (gateway/io/reuseport.ts).
  const ioThreads = Number(o.gatewayEnv?.SHAKE_IO_THREADS ?? process.env.SHAKE_IO_THREADS ?? 0);
  const preload = ioThreads !== 1 ? reuseportEnv() : {};
  return startServer({
    // The gateway's own line (not the agent link's log line, which comes before the port is bound).
    name, cwd: REPO_ROOT, script: ['gateway/main.ts'], port, ready: /gateway \S+ listening: ws:/, gcHook: o.gcHook,
    // Own state dir per bench gateway (issued.db, journal.db, agent socket), outside the repo.
    // A bench gateway is a development deployment: its cookie and packet secrets are the documented development ones.
    env: { ...preload, SHAKE_PROFILE: process.env.SHAKE_PROFILE ?? 'development', SHAKE_DATA_DIR: mkdtempSync('/tmp/bench-gw-'), SHAKE_WS_PORT: String(port), SHAKE_AUTH_SECRET: o.secret, ...(name === 'gateway-core' ? { SHAKE_LOGIC: 'basic' } : {}), ...o.gatewayEnv },
    timeoutMs: 60_000,
  });
}

/** GET /status on the gateway's admin port (port+1); null on any failure. */
export async function gatewayStatus(host: string, port: number): Promise<unknown> {
  try {
    const res = await fetch(`http://${host}:${port + 1}/status`, { signal: AbortSignal.timeout(2000) });
    return await res.json();
  } catch {
    return null;
  }
}
