/**
 * Starts the components of a local deployment as child processes, writes each
 * one's output to its own log file, waits until each says it is ready, and
 * stops them all (children first, then itself) on Ctrl-C / SIGTERM or when one
 * of them dies unexpectedly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import path from 'node:path';

export interface ComponentSpec {
  name: string;
  command: string;
  args: string[];
  env?: Record<string, string>;
  /** Output line that means "ready". */
  ready: RegExp;
  readyTimeoutMs?: number;
  /** URLs printed once ready. */
  urls?: string[];
}

interface Running {
  spec: ComponentSpec;
  child: ChildProcess;
  log: WriteStream;
}

export class Supervisor {
  private readonly running: Running[] = [];
  private stopping = false;
  /** Components stopped on purpose (kill()): their exit does not stop everything. */
  private readonly expectedExit = new Set<ChildProcess>();

  /**
   * onUnexpectedExit: what to do when a component dies on its own. Default: stop
   * everything and exit(1) (npm start). Drills pass their own (a fault drill kills
   * components on purpose through kill()).
   */
  constructor(private readonly logDir: string, private readonly say: (line: string) => void = console.log,
    private readonly onUnexpectedExit?: (name: string, code: number | null, signal: string | null) => void) {
    mkdirSync(logDir, { recursive: true });
  }

  async start(spec: ComponentSpec): Promise<void> {
    const log = createWriteStream(path.join(this.logDir, `${spec.name}.log`), { flags: 'a' });
    const child = spawn(spec.command, spec.args, { env: { ...process.env, ...spec.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const r: Running = { spec, child, log };
    this.running.push(r);
    let seen = '';
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${spec.name} not ready after ${spec.readyTimeoutMs ?? 30_000} ms; see ${this.logFile(spec.name)}`)), spec.readyTimeoutMs ?? 30_000);
      const onData = (d: Buffer) => {
        log.write(d);
        if (seen !== null) {
          seen += d.toString();
          if (spec.ready.test(seen)) {
            seen = null as unknown as string;
            clearTimeout(timer);
            resolve();
          } else if (seen.length > 1 << 16) seen = seen.slice(-4096);
        }
      };
      child.stdout!.on('data', onData);
      child.stderr!.on('data', onData);
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`${spec.name} exited (${code ?? signal}) before it was ready; see ${this.logFile(spec.name)}`));
      });
    });
    child.on('exit', (code, signal) => {
      if (this.stopping || this.expectedExit.has(child)) return;
      if (this.onUnexpectedExit) { this.onUnexpectedExit(spec.name, code, signal); return; }
      this.say(`!! ${spec.name} exited (${code ?? signal}); stopping everything. Log: ${this.logFile(spec.name)}`);
      void this.stopAll().then(() => process.exit(1));
    });
    this.say(`ok ${spec.name.padEnd(18)} ${(spec.urls ?? []).join('  ')}`);
  }

  logFile(name: string): string {
    return path.join(this.logDir, `${name}.log`);
  }

  pidOf(name: string): number | undefined {
    return this.find(name)?.child.pid;
  }

  private find(name: string): Running | undefined {
    return [...this.running].reverse().find((r) => r.spec.name === name);
  }

  alive(name: string): boolean {
    const r = this.find(name);
    return !!r && r.child.exitCode === null && r.child.signalCode === null;
  }

  /** Kills one component on purpose (fault drills); the others keep running. */
  async kill(name: string, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
    const r = this.find(name);
    if (!r || r.child.exitCode !== null || r.child.signalCode !== null) return;
    this.expectedExit.add(r.child);
    const gone = new Promise<void>((res) => r.child.once('exit', () => res()));
    r.child.kill(signal);
    await gone;
    r.log.end();
  }

  /** Starts a killed component again with the same spec (appends to its log). */
  async restart(name: string): Promise<void> {
    const r = this.find(name);
    if (!r) throw new Error(`no component ${name}`);
    if (this.alive(name)) return;
    await this.start(r.spec);
  }

  /** Stops in reverse start order; SIGKILL after timeoutMs. */
  async stopAll(timeoutMs = 5000): Promise<void> {
    this.stopping = true;
    for (const r of [...this.running].reverse()) {
      if (r.child.exitCode !== null || r.child.signalCode !== null) continue;
      const gone = new Promise<void>((res) => r.child.once('exit', () => res()));
      r.child.kill('SIGTERM');
      const t = setTimeout(() => r.child.kill('SIGKILL'), timeoutMs);
      await gone;
      clearTimeout(t);
      r.log.end();
    }
    for (const r of this.running) {
      if (r.child.exitCode === null && r.child.signalCode === null) continue;
      if (!r.log.writableEnded) r.log.end();
    }
  }

  /** Ctrl-C / SIGTERM stop everything, then exit. */
  stopOnSignals(): void {
    const handler = (sig: string) => {
      this.say(`\n${sig}: stopping all components...`);
      void this.stopAll().then(() => { this.say('all stopped'); process.exit(0); });
    };
    process.once('SIGINT', () => handler('SIGINT'));
    process.once('SIGTERM', () => handler('SIGTERM'));
  }
}
