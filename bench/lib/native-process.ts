/** A native tool as a child process speaking JSON lines on stdout and commands on stdin. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';

export class NativeProcess {
  private readonly child: ChildProcess;
  private readonly queue: Record<string, unknown>[] = [];
  private readonly waiters: ((m: Record<string, unknown>) => void)[] = [];
  private exited: string | null = null;

  constructor(binary: string, args: string[]) {
    this.child = spawn(binary, args, { stdio: ['pipe', 'pipe', 'inherit'] });
    createInterface({ input: this.child.stdout! }).on('line', (line) => this.deliver(JSON.parse(line) as Record<string, unknown>));
    this.child.on('exit', (code, signal) => {
      this.exited = `native tool exited (${signal ?? code})`;
      for (const w of this.waiters.splice(0)) w({ event: 'exit', message: this.exited });
    });
  }

  get pid(): number { return this.child.pid as number; }

  send(command: string): void { this.child.stdin!.write(`${command}\n`); }

  /** The next JSON line whose `event` is `event`; throws if the tool exits first. */
  async next(event: string): Promise<Record<string, unknown>> {
    for (;;) {
      const m = this.queue.shift() ?? (this.exited ? { event: 'exit', message: this.exited } : await new Promise<Record<string, unknown>>((r) => this.waiters.push(r)));
      if (m.event === 'exit') throw new Error(String(m.message));
      if (m.event === event) return m;
    }
  }

  async stop(): Promise<void> {
    if (this.exited) return;
    const done = new Promise<void>((r) => this.child.once('exit', () => r()));
    this.child.stdin!.end('quit\n');
    const t = setTimeout(() => this.child.kill('SIGKILL'), 3000);
    await done;
    clearTimeout(t);
  }

  private deliver(m: Record<string, unknown>): void {
    const w = this.waiters.shift();
    if (w) w(m); else this.queue.push(m);
  }
}
