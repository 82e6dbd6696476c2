/**
 * Starts chronyd as the site's NTP server on loopback, unprivileged-friendly:
 * a non-standard UDP port (default 11123), its own temp config, pid and drift
 * files, no command port, and -x so it never touches the system clock (it
 * serves this machine's clock at `local stratum 8`). Used by tests and the
 * rehearsal profile.
 *
 *   node --import tsx ops/chrony/chrony-server.ts [--port 11123] [--dir var/chrony]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { sntpQuery } from '../../gateway/index.ts';

export interface ChronyServerOptions {
  dir: string;
  port?: number;
  host?: string;
  /** Upstream NTP servers chrony itself follows (none on an isolated machine). */
  upstream?: string[];
}

export class ChronyServer {
  private constructor(readonly host: string, readonly port: number, private proc: ChildProcess) {}

  static async start(o: ChronyServerOptions): Promise<ChronyServer> {
    const host = o.host ?? '127.0.0.1';
    const port = o.port ?? 11123;
    mkdirSync(o.dir, { recursive: true });
    const conf = path.join(o.dir, 'chrony.conf');
    writeFileSync(conf, [
      `port ${port}`,
      `bindaddress ${host}`,
      `allow ${host}`,
      'local stratum 8',
      'cmdport 0',
      `pidfile ${path.join(o.dir, 'chronyd.pid')}`,
      `driftfile ${path.join(o.dir, 'chrony.drift')}`,
      ...(o.upstream ?? []).map((s) => `server ${s} iburst`),
      '',
    ].join('\n'));
    const log = openSync(path.join(o.dir, 'chronyd.log'), 'a');
    const args = ['-f', conf, '-x', '-d'];
    if (process.getuid?.() === 0) args.push('-u', 'root');
    const proc = spawn('chronyd', args, { stdio: ['ignore', log, log] });
    const server = new ChronyServer(host, port, proc);
    const deadline = Date.now() + 10_000;
    for (;;) {
      if (proc.exitCode !== null) throw new Error(`chronyd exited with ${proc.exitCode}; see ${o.dir}/chronyd.log`);
      try {
        await sntpQuery({ host, port }, 300);
        return server;
      } catch {
        if (Date.now() > deadline) { await server.stop(); throw new Error('chronyd did not answer NTP within 10 s'); }
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  }

  get address(): { host: string; port: number } { return { host: this.host, port: this.port }; }

  async stop(): Promise<void> {
    const p = this.proc;
    if (p.exitCode !== null || p.signalCode !== null) return;
    const gone = new Promise<void>((r) => p.once('exit', () => r()));
    p.kill('SIGTERM');
    await gone;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const arg = (n: string, d: string) => { const i = args.indexOf(`--${n}`); return i >= 0 ? args[i + 1] : d; };
  const s = await ChronyServer.start({ dir: path.resolve(arg('dir', 'var/chrony')), port: Number(arg('port', '11123')) });
  console.log(`chronyd serving NTP on ${s.host}:${s.port}`);
  const stop = async () => { await s.stop(); process.exit(0); };
  process.on('SIGINT', () => { void stop(); });
  process.on('SIGTERM', () => { void stop(); });
}
