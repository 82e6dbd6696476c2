/**
 * A grab storm at one 10-share group packet through the money HTTP API (the
 * path phones' grabs take from the agent): 20,000 users x 5 requests by default,
 * pipelined on keep-alive connections (bench/lib/grab-storm-client.ts). Same run,
 * same client: a bare node:http server answering one fixed JSON body, the
 * reference for what node:http alone costs here.
 * Prints per server: answers/s, elapsed, lost, answers by code, and the server
 * process's CPU per answer (from /proc).
 *
 * Then the agent's client on the same server: MoneyForwarder.handle (pipelined HTTP, grab memo,
 * per-packet cap), its CPU per answer; and the HTTP client alone, pipelined vs fetch.
 *
 *   node --import tsx bench/grab-storm.ts [--users 20000] [--repeats 5] [--connections 32] [--window 32] [--rounds 1]
 *                                        [--agent-requests 20000] [--agent-concurrency 256]
 * Profile the money service: BENCH_SERVER_NODE_ARGS='--cpu-prof --cpu-prof-dir=/tmp/prof' node --import tsx bench/grab-storm.ts
 */
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startServer } from './lib/child-server.ts';
import { cpuMs } from './lib/proc-stats.ts';
import { runStorm, type StormResult } from './lib/grab-storm-client.ts';
import { fmtInt, fmtUs } from './lib/summary.ts';
import { MoneyForwarder } from '../agent/money/money-forwarder.ts';
import { createLogger } from '../common/logger.ts';
import { DEFAULT_PIPELINED_HTTP, PipelinedHttpClient } from '../common/pipelined-http.ts';
import { serviceAuthHeaders } from '../common/service-auth.ts';

const { values } = parseArgs({ options: {
  users: { type: 'string', default: '20000' }, repeats: { type: 'string', default: '5' },
  connections: { type: 'string', default: '32' }, window: { type: 'string', default: '32' }, rounds: { type: 'string', default: '1' },
  'agent-requests': { type: 'string', default: '20000' }, 'agent-concurrency': { type: 'string', default: '256' },
} });
const here = path.dirname(fileURLToPath(import.meta.url));
const TOKEN = 'bench-service-token-0123456789';

async function storm(mode: 'money' | 'reference'): Promise<{ r: StormResult; cpuUsPerAnswer: number }> {
  const server = await startServer({ name: mode, script: [path.join(here, 'lib/grab-storm-server.ts'), mode, TOKEN], ready: /^ready (\d+) (\S+)/ });
  const groupPacketId = /ready \d+ (\S+)/.exec(server.tail())![1];
  try {
    const c0 = cpuMs(server.pid);
    const r = await runStorm({ targets: [{ port: server.port, groupPacketIds: [groupPacketId] }], users: Number(values.users), repeats: Number(values.repeats),
      token: TOKEN, connections: Number(values.connections), window: Number(values.window) });
    return { r, cpuUsPerAnswer: ((cpuMs(server.pid) - c0) * 1000) / Math.max(1, r.answered) };
  } finally {
    await server.stop();
  }
}

/**
 * The agent's side of the same path: MoneyForwarder (one call per grab, as the
 * agent forwards a phone's grab) against the money service; the agent's CPU per answer
 * is read from this process (it runs here), the server's from /proc.
 */
async function agentStorm(): Promise<string> {
  const server = await startServer({ name: 'money', script: [path.join(here, 'lib/grab-storm-server.ts'), 'money', TOKEN], ready: /^ready (\d+) (\S+)/ });
  const groupPacketId = /ready \d+ (\S+)/.exec(server.tail())![1];
  try {
    const fwd = new MoneyForwarder({ endpoints: [`http://127.0.0.1:${server.port}`], serviceToken: TOKEN, logger: createLogger('bench', { level: 'silent' }) });
    const total = Number(values['agent-requests']);
    let next = 0;
    const codes: Record<string, number> = {};
    const c0 = cpuMs(server.pid), a0 = process.cpuUsage(), t0 = performance.now();
    await Promise.all(Array.from({ length: Number(values['agent-concurrency']) }, async () => {
      while (next < total) {
        const i = next++;
        const r = await fwd.handle({ requestId: i, op: 1, userId: `storm-${i % 20_000}`, groupPacketId, timeoutMs: 5000 });
        const code = r.code ?? 'ok';
        codes[code] = (codes[code] ?? 0) + 1;
      }
    }));
    const ms = performance.now() - t0, a = process.cpuUsage(a0);
    const line = `agent     ${fmtInt(total)} grabs through MoneyForwarder (pipelined HTTP, grab memo, per-packet cap; ${values['agent-concurrency']} at once) in ${fmtInt(ms)} ms = ${fmtInt(total / (ms / 1000))} answers/s, `
      + `agent CPU ${fmtUs(((a.user + a.system)) / total)}/answer, server CPU ${fmtUs(((cpuMs(server.pid) - c0) * 1000) / total)}/answer, answers ${JSON.stringify(codes)}, `
      + `from memory ${fmtInt(fwd.memoAnswers)}, capped ${fmtInt(fwd.stats.capped)}`;
    fwd.close();
    return line;
  } finally {
    await server.stop();
  }
}

/**
 * The agent's HTTP client alone, every call reaching the server: the pipelined keep-alive client
 * (common/pipelined-http.ts, as MoneyForwarder uses it) and fetch, same server, same requests
 * (distinct users, answered from the server's memory once the packet is empty).
 */
async function clientStorm(kind: 'pipelined' | 'fetch'): Promise<string> {
  const server = await startServer({ name: 'money', script: [path.join(here, 'lib/grab-storm-server.ts'), 'money', TOKEN], ready: /^ready (\d+) (\S+)/ });
  const groupPacketId = /ready \d+ (\S+)/.exec(server.tail())![1];
  const client = new PipelinedHttpClient({ ...DEFAULT_PIPELINED_HTTP, host: '127.0.0.1', port: server.port });
  const headers = { ...serviceAuthHeaders(TOKEN), 'content-type': 'application/json' };
  try {
    const total = Number(values['agent-requests']);
    let next = 0;
    const statuses: Record<string, number> = {};
    const call = async (body: string): Promise<number> => {
      if (kind === 'pipelined') return (await client.request({ method: 'POST', path: '/grab', headers, body, timeoutMs: 5000 })).status;
      const res = await fetch(`http://127.0.0.1:${server.port}/grab`, { method: 'POST', headers, body, signal: AbortSignal.timeout(5000) });
      await res.text();
      return res.status;
    };
    const c0 = cpuMs(server.pid), a0 = process.cpuUsage(), t0 = performance.now();
    await Promise.all(Array.from({ length: Number(values['agent-concurrency']) }, async () => {
      while (next < total) {
        const i = next++;
        const status = await call(JSON.stringify({ groupPacketId, userId: `storm-${i % 20_000}` })).catch(() => 0);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    }));
    const ms = performance.now() - t0, a = process.cpuUsage(a0);
    return `client    ${kind.padEnd(9)} ${fmtInt(total)} POST /grab (${values['agent-concurrency']} at once) in ${fmtInt(ms)} ms = ${fmtInt(total / (ms / 1000))} answers/s, `
      + `client CPU ${fmtUs((a.user + a.system) / total)}/answer, server CPU ${fmtUs(((cpuMs(server.pid) - c0) * 1000) / total)}/answer, HTTP statuses ${JSON.stringify(statuses)}`;
  } finally {
    client.close();
    await server.stop();
  }
}

function line(mode: string, { r, cpuUsPerAnswer }: { r: StormResult; cpuUsPerAnswer: number }): string {
  return `${mode.padEnd(9)} ${fmtInt(r.answered)}/${fmtInt(r.sent)} answered in ${fmtInt(r.elapsedMs)} ms = ${fmtInt(r.answered / (r.elapsedMs / 1000))} answers/s, `
    + `lost ${r.lost}, server CPU ${fmtUs(cpuUsPerAnswer)}/answer, answers ${JSON.stringify(r.byCode)}`;
}

console.log(`grab storm: ${values.users} users x ${values.repeats} at one 10-share packet, ${values.connections} connections x ${values.window} pipelined; `
  + `load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, ${os.cpus().length} cores`);
for (let i = 0; i < Number(values.rounds); i++) {
  for (const mode of ['reference', 'money'] as const) console.log(line(mode, await storm(mode)));
  if (Number(values['agent-requests']) > 0) {
    console.log(await agentStorm());
    for (const kind of ['pipelined', 'fetch'] as const) console.log(await clientStorm(kind));
  }
}
console.log(`load average after ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
