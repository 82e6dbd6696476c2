/**
 * Starts a server under test as a child Node process (`node --import tsx <script>`), waits for
 * its ready line, and offers pid (for /proc readings), an optional in-child GC, and stop().
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { GC_PRELOAD_URL } from './gc-preload.ts';

export interface ServerSpec {
  name: string;
  /** Script and its arguments, run as `node [--expose-gc] --import tsx [gc preload] ...script`. */
  script: string[];
  env?: Record<string, string>;
  cwd?: string;
  /** Matched against each output line (stdout and stderr); group 1, if any, is the port. */
  ready: RegExp;
  /** Port when the ready line does not carry it. */
  port?: number;
  /** Add --expose-gc, the gc preload and an IPC channel so gc() works. */
  gcHook?: boolean;
  timeoutMs?: number;
}

export interface ServerProcess {
  name: string;
  pid: number;
  port: number;
  /** Runs full GCs in the child's main thread; resolves with its memoryUsage() (null if no hook). */
  gc(): Promise<NodeJS.MemoryUsage | null>;
  /** Last lines the child printed (for error reports). */
  tail(): string;
  stop(): Promise<void>;
}

// Children must not outlive the bench: kill them on any exit (also after an uncaught
// exception) and on Ctrl-C / SIGTERM, which would otherwise end this process without 'exit'.
const children = new Set<ChildProcess>();
let hooked = false;
function track(child: ChildProcess): void {
  children.add(child);
  child.once('exit', () => children.delete(child));
  if (hooked) return;
  hooked = true;
  process.on('exit', () => { for (const c of children) c.kill('SIGKILL'); });
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.once(sig, () => process.exit(130));
}

export function startServer(spec: ServerSpec): Promise<ServerProcess> {
  // BENCH_SERVER_NODE_ARGS adds node flags NODE_OPTIONS refuses, e.g. '--cpu-prof --cpu-prof-dir=/tmp/prof'.
  const extra = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const execArgv = [...extra, ...(spec.gcHook ? ['--expose-gc', '--import', 'tsx', '--import', GC_PRELOAD_URL] : ['--import', 'tsx'])];
  const child: ChildProcess = spawn(process.execPath, [...execArgv, ...spec.script], {
    cwd: spec.cwd, env: { ...process.env, ...spec.env },
    stdio: spec.gcHook ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  track(child);
  const lines: string[] = [];
  const tail = (): string => lines.slice(-30).join('\n');
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return new Promise((resolve, reject) => {
    let ready = false;
    const timer = setTimeout(() => fail(`not ready after ${spec.timeoutMs ?? 30_000} ms`), spec.timeoutMs ?? 30_000);
    const fail = (why: string): void => {
      if (ready) return;
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`${spec.name}: ${why}\n${tail()}`));
    };
    const onLine = (line: string): void => {
      lines.push(line);
      if (lines.length > 200) lines.splice(0, 100);
      const m = ready ? null : spec.ready.exec(line);
      if (!m) return;
      const port = m[1] ? Number(m[1]) : spec.port;
      if (!port) return fail(`ready line without port and no port given: ${line}`);
      ready = true;
      clearTimeout(timer);
      resolve({
        name: spec.name, pid: child.pid as number, port, tail,
        gc: () => gcChild(child),
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) {
            child.kill('SIGTERM');
            const t = setTimeout(() => child.kill('SIGKILL'), 5000);
            await exited;
            clearTimeout(t);
          }
        },
      });
    };
    for (const stream of [child.stdout, child.stderr]) {
      let buf = '';
      stream?.setEncoding('utf8');
      stream?.on('data', (d: string) => {
        buf += d;
        let i;
        while ((i = buf.indexOf('\n')) >= 0) { onLine(buf.slice(0, i)); buf = buf.slice(i + 1); }
      });
    }
    child.once('exit', (code, sig) => fail(`exited before ready (code ${code}, signal ${sig})`));
    child.once('error', (e) => fail(e.message));
  });
}

function gcChild(child: ChildProcess): Promise<NodeJS.MemoryUsage | null> {
  if (!child.send || !child.connected) return Promise.resolve(null);
  return new Promise((resolve) => {
    const t = setTimeout(() => { child.off('message', on); resolve(null); }, 5000);
    const on = (m: unknown): void => {
      const msg = m as { type?: string; gcRan?: boolean; memory?: NodeJS.MemoryUsage };
      if (msg.type !== 'bench:gc') return;
      clearTimeout(t);
      child.off('message', on);
      resolve(msg.gcRan && msg.memory ? msg.memory : null);
    };
    child.on('message', on);
    child.send('bench:gc');
  });
}
