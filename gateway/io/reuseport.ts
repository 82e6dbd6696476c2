/**
 * Several IO threads listen on one port (SO_REUSEPORT; see native/reuseport.c):
 * builds the preload library on first use (cc from the machine's toolchain,
 * like better-sqlite3 needs), and tells whether this process runs with it.
 *
 * A process gets it only at start (LD_PRELOAD), so whoever starts a gateway
 * with more than one IO thread puts `reuseportEnv()` into its environment
 * (the test helper, the benches and ops/ do). Without it the gateway runs one
 * IO thread and says so.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const SOURCE = fileURLToPath(new URL('./native/reuseport.c', import.meta.url));
const LIBRARY = fileURLToPath(new URL('./native/build/libshake-reuseport.so', import.meta.url));

/**
 * Path of the preload library, compiled if missing or older than its source
 * (SHAKE_REUSEPORT_LIB: a library built beforehand, for a read-only source tree).
 */
export function reuseportLibrary(env: NodeJS.ProcessEnv = process.env): string {
  if (env.SHAKE_REUSEPORT_LIB) return env.SHAKE_REUSEPORT_LIB;
  if (existsSync(LIBRARY) && statSync(LIBRARY).mtimeMs >= statSync(SOURCE).mtimeMs) return LIBRARY;
  mkdirSync(path.dirname(LIBRARY), { recursive: true });
  const tmp = `${LIBRARY}.${process.pid}.tmp`;
  execFileSync('cc', ['-O2', '-shared', '-fPIC', '-Wall', '-o', tmp, SOURCE, '-ldl'], { stdio: ['ignore', 'inherit', 'inherit'] });
  renameSync(tmp, LIBRARY);
  return LIBRARY;
}

/** Environment for a gateway process that may run several IO threads (merged over `env`). */
export function reuseportEnv(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const lib = reuseportLibrary(env);
  const preload = (env.LD_PRELOAD ?? '').split(/[ :]/).filter(Boolean);
  return { LD_PRELOAD: [...preload.filter((p) => p !== lib), lib].join(':') };
}

/** True when this process was started with the preload library. */
export function reuseportLoaded(): boolean {
  try {
    return readFileSync('/proc/self/maps', 'utf8').includes('libshake-reuseport.so');
  } catch {
    return false;
  }
}
