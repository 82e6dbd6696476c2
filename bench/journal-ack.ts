/**
 * Open/share durable acknowledgement latency (issue 3): a real gateway
 * process; phones send opens of distinct packets at a fixed rate (open loop,
 * latency from each request's scheduled time); every "ok" means the entry was
 * committed with fsync (group commit) before the reply left.
 *
 *   node --import tsx bench/journal-ack.ts [--rate 20000] [--seconds 10] [--connections 200]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { startTarget } from './lib/targets.ts';
import { ThreadedLoadClient } from './lib/threaded-load-client.ts';
import { OPEN_HOOKS_MODULE, type OpenHooksArg } from './lib/open-hooks.ts';
import { fmtInt, fmtMs, sourceAddresses } from './lib/summary.ts';
import { CpuMeter } from './lib/proc-stats.ts';

const arg = (name: string, d: string) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : d; };
const rate = Number(arg('rate', '20000'));
const seconds = Number(arg('seconds', '10'));
const connections = Number(arg('connections', '200'));
const authSecret = 'bench-auth-secret-0123456';
const packetSecret = 'bench-packet-secret-0123';
const dataDir = mkdtempSync(path.join(process.env.BENCH_DATA_DIR ?? tmpdir(), 'journal-ack-'));

const server = await startTarget('gateway', { host: '127.0.0.1', secret: authSecret, gatewayEnv: { SHAKE_PACKET_SECRET: packetSecret, SHAKE_DATA_DIR: dataDir } });
try {
  const hooksArg: OpenHooksArg = { authSecret, packetSecret, runId: `r${Date.now().toString(36)}` };
  // Every request's frame (a distinct signed token) is built at connect time, so the client's
  // signing does not compete with the gateway for the 2 cores during the timed run.
  const perConnection = Math.ceil((rate * (seconds + 1)) / connections * 1.1) + 16;
  const client = new ThreadedLoadClient({ host: '127.0.0.1', port: server.port, connections, threads: 1, payloadCycle: perConnection, localAddresses: sourceAddresses(2), hooks: { module: OPEN_HOOKS_MODULE, arg: hooksArg } });
  const c = await client.connect();
  if (c.connected !== connections) throw new Error(`only ${c.connected}/${connections} connected: ${c.firstError}`);
  const cpu = new CpuMeter(server.pid);
  cpu.start();
  const s = await client.run({ mode: { kind: 'open', rate }, warmupMs: 1000, durationMs: seconds * 1000 });
  const cores = cpu.stop();
  await client.close();
  const db = new Database(path.join(dataDir, 'gw-1', 'journal.db'), { readonly: true });
  const entries = db.prepare('SELECT COUNT(*) FROM journal').pluck().get() as number;
  db.close();
  const l = s.latency;
  console.log(`durable open acks, ${fmtInt(rate)}/s offered for ${seconds} s over ${connections} connections (journal: SQLite WAL, synchronous=FULL, group commit)`);
  console.log(`  acked ${fmtInt(s.okRps)}/s (${fmtInt(s.replies - s.invalid)} ok, ${fmtInt(s.invalid)} not ok, ${s.lostAtEnd} unanswered), journal entries ${fmtInt(entries)}`);
  console.log(`  latency from schedule: p50 ${fmtMs(l.p50)}  p90 ${fmtMs(l.p90)}  p99 ${fmtMs(l.p99)}  p999 ${fmtMs(l.p999)}  max ${fmtMs(l.max)}   [service p50 ${fmtMs(s.serviceLatency.p50)} p99 ${fmtMs(s.serviceLatency.p99)}]`);
  console.log(`  gateway cpu ${cores.toFixed(2)} cores; target p99 < 5 ms: ${l.p99 < 5 ? 'met' : 'NOT met'}`);
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
