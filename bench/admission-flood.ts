/**
 * Valid phones' connect latency while strangers flood the gateway with
 * bad-token upgrades, against the same run's quiet reference.
 *
 *   node --import tsx bench/admission-flood.ts [--flood-rate 8000] [--duration 8] [--phones 200]
 *     [--addresses 8] [--connect-rate 2000]
 *
 * One gateway child process (admission `--connect-rate` upgrades/s, burst the same;
 * bad-token upgrades get their own bucket, a tenth of that). Phase 1, the
 * reference: `--phones` valid phones connect, 10 at a time, each its own user,
 * no flood. Phase 2: the same while raw sockets from `--addresses` 127.0.99.x
 * source addresses send pipelined bad-token upgrades at `--flood-rate`/s for
 * `--duration` s. Prints p50/p99/max connect latency (upgrade request to open),
 * refusals, and the flood actually sent and answered; JSON to bench/out/.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import WebSocket from 'ws';
import { startTarget } from './lib/targets.ts';
import { fmtInt, fmtMs, sourceAddresses } from './lib/summary.ts';
import { makeUserToken } from '../gateway/auth/user-token.ts';
import { floodBadUpgrades, type FloodResult } from '../test/helpers/upgrade-flood.ts';

const arg = (name: string, d: string) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1]! : d; };
const floodRate = Number(arg('flood-rate', '8000'));
const durationS = Number(arg('duration', '8'));
const phones = Number(arg('phones', '200'));
const addresses = Number(arg('addresses', '8'));
const connectRate = Number(arg('connect-rate', '2000'));
const secret = 'bench-admission-flood-secret-01';

interface PhaseResult { latenciesMs: number[]; refused: Record<string, number> }

/** Connects `n` phones (users `${tag}-i`), `parallel` at a time, spread over `spreadMs`; each is closed once open. */
async function connectPhones(port: number, tag: string, n: number, spreadMs: number): Promise<PhaseResult> {
  const out: PhaseResult = { latenciesMs: [], refused: {} };
  const parallel = 10;
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: parallel }, async () => {
    while (next < n) {
      const i = next++;
      const due = started + (spreadMs * i) / n;
      if (performance.now() < due) await new Promise((r) => setTimeout(r, due - performance.now()));
      const token = makeUserToken(secret, `${tag}-${i}`, Date.now() + 600_000);
      const t0 = performance.now();
      const code = await new Promise<string>((resolve) => {
        const ws = new WebSocket(`ws://127.0.0.1:${port}/?token=${encodeURIComponent(token)}`);
        ws.once('open', () => { resolve('open'); ws.close(); });
        ws.once('unexpected-response', (_q, res) => { resolve(String(res.headers['x-shake-error'] ?? res.statusCode)); res.resume(); });
        ws.once('error', (e) => resolve(`error ${(e as NodeJS.ErrnoException).code ?? e.message}`));
      });
      if (code === 'open') out.latenciesMs.push(performance.now() - t0);
      else out.refused[code] = (out.refused[code] ?? 0) + 1;
    }
  }));
  return out;
}

function pct(xs: number[], p: number): number {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

function line(name: string, r: PhaseResult): string {
  const l = r.latenciesMs;
  return `${name.padEnd(10)} connected ${fmtInt(l.length)}/${fmtInt(phones)}  p50 ${fmtMs(pct(l, 50))}  p99 ${fmtMs(pct(l, 99))}  max ${fmtMs(Math.max(...l))}` +
    `  refused ${JSON.stringify(r.refused)}`;
}

const server = await startTarget('gateway', {
  host: '127.0.0.1', secret,
  gatewayEnv: { SHAKE_PROFILE: process.env.SHAKE_PROFILE ?? 'development', SHAKE_CONNECT_RATE: String(connectRate), SHAKE_OVERLOAD: 'off' },
});
try {
  const quiet = await connectPhones(server.port, 'quiet', phones, durationS * 1000 * 0.8);
  const flooding = floodBadUpgrades({ port: server.port, ratePerSec: floodRate, durationMs: durationS * 1000, addresses: sourceAddresses(addresses, '127.0.99.'), socketsPerAddress: 4 });
  const during = await connectPhones(server.port, 'flood', phones, durationS * 1000 * 0.8);
  const flood: FloodResult = await flooding;
  const answered = Object.values(flood.statuses).reduce((a, b) => a + b, 0);
  console.log(`gateway admission ${connectRate} upgrades/s (bad tokens: their own bucket, a tenth); machine shared, figures noisy`);
  console.log(line('reference', quiet));
  console.log(line('flood', during));
  console.log(`flood      offered ${fmtInt(flood.sent)} bad-token upgrades in ${durationS} s (${fmtInt(flood.sent / durationS)}/s) from ${addresses} addresses; answered ${fmtInt(answered)} ${JSON.stringify(flood.statuses)} (each refusal closes the connection: what was pipelined behind it is dropped unread)`);
  console.log(`ratio      flood p50 / reference p50 = ${(pct(during.latenciesMs, 50) / pct(quiet.latenciesMs, 50)).toFixed(2)}`);
  mkdirSync('bench/out', { recursive: true });
  writeFileSync('bench/out/admission-flood.json', JSON.stringify({ floodRate, durationS, phones, addresses, connectRate, quiet, during, flood }, null, 2));
} finally {
  await server.stop();
}
