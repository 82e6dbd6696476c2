/**
 * The native load generator (bench/native/loadgen.cc) behind the same connect/run/close shape as
 * LoadClient: a plan of connections (path, source address, payloads to cycle through) is written
 * to a file, the tool connects them all and then runs open- or closed-loop rounds on command.
 * It costs a fraction of the JavaScript client's CPU, which on this 2-core machine is CPU the
 * gateway under test gets back.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Histogram, BUCKETS, type SerializedHistogram } from './histogram.ts';
import { nativeTool, writePlan, type PlanConnection } from './native-tools.ts';
import { NativeProcess } from './native-process.ts';
import type { ConnectResult, LoadStats, RunOptions } from './ws-load-client.ts';

export interface NativeLoadOptions {
  host: string;
  port: number;
  connections: PlanConnection[];
  /** A reply is ok when this top-level ServerMessage field is present (3 shake, 4 open, 5 share). */
  validField: number;
  connectConcurrency?: number;
  connectTimeoutMs?: number;
  /** Open loop: send what is due at most this often (ms; 0 = each request at its own time). */
  tickMs?: number;
  /** Lists replies slower than slowMs here ("<ms since run start> <latency ms> <connection>"). */
  slowLog?: { file: string; slowMs: number };
}

interface SparseHistogram { sparse: [number, number][]; count: number; sumUs: number; maxUs: number }

export function fromSparse(h: SparseHistogram): SerializedHistogram {
  const counts = new Array<number>(BUCKETS).fill(0);
  for (const [i, n] of h.sparse) counts[i] = n;
  return { counts, count: h.count, sumUs: h.sumUs, maxUs: h.maxUs };
}

export class NativeLoadClient {
  private proc: NativeProcess | null = null;
  private dir = mkdtempSync(path.join(tmpdir(), 'native-load-'));

  constructor(private readonly opts: NativeLoadOptions) {}

  /** The tool's pid (for CPU accounting), once connected. */
  get pid(): number { return this.proc?.pid ?? 0; }

  async connect(): Promise<ConnectResult> {
    const o = this.opts;
    const planFile = path.join(this.dir, 'plan.bin');
    writePlan(planFile, o.connections);
    const t0 = performance.now();
    this.proc = new NativeProcess(nativeTool('loadgen'), [
      '--host', o.host, '--port', String(o.port), '--plan', planFile, '--valid-field', String(o.validField),
      '--connect-concurrency', String(o.connectConcurrency ?? 256), '--connect-timeout', String(o.connectTimeoutMs ?? 10_000),
      '--tick-ms', String(o.tickMs ?? 0),
      ...(o.slowLog ? ['--slow-log', o.slowLog.file, '--slow-ms', String(o.slowLog.slowMs)] : []),
    ]);
    const m = await this.proc.next('connected');
    return { connected: Number(m.connected), failed: Number(m.failed), firstError: (m.firstError as string) || undefined, elapsedMs: performance.now() - t0 };
  }

  async run(r: RunOptions): Promise<LoadStats> {
    if (!this.proc) throw new Error('NativeLoadClient: connect() first');
    const param = r.mode.kind === 'open' ? r.mode.rate : r.mode.inFlight;
    this.proc.send(`run ${r.mode.kind} ${param} ${r.warmupMs} ${r.durationMs} ${r.drainMs ?? 3000}`);
    const m = await this.proc.next('run');
    const latencyHist = fromSparse(m.latencyHist as SparseHistogram);
    const serviceHist = fromSparse(m.serviceHist as SparseHistogram);
    const windowMs = Number(m.windowMs), replies = Number(m.replies), invalid = Number(m.invalid);
    return {
      mode: r.mode, connections: Number(m.connections), windowMs,
      sent: Number(m.sent), replies, rps: (replies * 1000) / windowMs, invalid, okRps: ((replies - invalid) * 1000) / windowMs,
      pushes: Number(m.pushes), closed: Number(m.closed), closeReason: (m.closeReason as string) || undefined, lostAtEnd: Number(m.lostAtEnd),
      latency: Histogram.from(latencyHist).summary(), serviceLatency: Histogram.from(serviceHist).summary(), latencyHist, serviceHist,
    };
  }

  async close(): Promise<void> {
    await this.proc?.stop();
    this.proc = null;
    rmSync(this.dir, { recursive: true, force: true });
  }
}
