/**
 * Release-rate benchmark of the agent (issue 5):
 *
 *   node --import tsx bench/agent-release-rate.ts [--seconds 60] [--multipliers 1,10] [--fleet 638] [--global 50000]
 *
 * For each multiplier m: a real agent process (agent/main.ts) feeds a real
 * AgentLinkServer + PoolProducer (this process, with a taker that issues every
 * packet at once, like a gateway under a flood of shakes) during one round of
 * --seconds at global rate m × --global over a fleet of --fleet equal machines
 * (share = m × 50,000 / 638 ≈ m × 78.4/s). Every packet is timestamped when the
 * pool takes it. Prints per 1-second bucket (epoch-aligned) the error against
 * the share, and the fullest 100 ms sliding window against 1.2 × the share.
 * Pass: every bucket within 1 %, no 100 ms window above 1.2 × share.
 */
import { spawn } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import path from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { makeSplit } from '../agent/test/seed-fixture.ts';
import { GatewayHarness, showWithRound } from '../agent/test/gateway-harness.ts';
import { rateFigures } from '../agent/test/agent-fixture.ts';
import { freePort } from '../common/ports.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name: string, dflt: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const seconds = Number(arg('seconds', '60'));
const multipliers = arg('multipliers', '1,10').split(',').map(Number);
const fleetSize = Number(arg('fleet', '638'));
const globalRate = Number(arg('global', '50000'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function run(m: number): Promise<boolean> {
  const dir = mkdtempSync(path.join(tmpdir(), 'agent-rate-'));
  try {
    const share = (m * globalRate) / fleetSize;
    const need = Math.ceil(share * (seconds + 5));
    const split = makeSplit(dir, { count: need * 2, machines: ['gw-1', 'gw-2'] });
    const fleet = Array.from({ length: fleetSize }, (_, i) => ({ gatewayId: `gw-${i + 1}`, weight: 1 }));
    const startMs = Math.ceil(Date.now() / 1000) * 1000 + 4000;
    const endMs = startMs + seconds * 1000;
    const times: number[] = [];
    const h = new GatewayHarness({
      socketPath: path.join(dir, 'gw.sock'), dataDir: dir, gatewayId: 'gw-1', capacity: 10_000,
      show: showWithRound({ startMs, endMs, ratePerSec: m * globalRate, fleet }),
      onOffered: (n, at) => { for (let i = 0; i < n; i++) times.push(at); },
    });
    await h.start();
    h.recordIssued = false; // keep this process light: it timestamps the releases
    h.startTaking(5);
    const adminPort = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'agent/main.ts')], {
      cwd: root, stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env, SHAKE_LOG_LEVEL: 'warn', SHAKE_GATEWAY_ID: 'gw-1', SHAKE_AGENT_SOCKET: path.join(dir, 'gw.sock'),
        SHAKE_SEED_PART: split.partPath('gw-1'), SHAKE_SEED_MANIFEST: split.manifestPath, SHAKE_AGENT_STATE_DIR: path.join(dir, 'state'),
        SHAKE_ISSUED_DB: h.issuedPath, SHAKE_AGENT_ADMIN_PORT: String(adminPort),
      },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    while (!/agent ready/.test(out)) {
      if (child.exitCode !== null) throw new Error(`agent exited:\n${out}`);
      await sleep(20);
    }
    const eld = monitorEventLoopDelay({ resolution: 1 });
    await sleep(startMs - Date.now());
    eld.enable();
    await sleep(endMs - Date.now() + 500);
    eld.disable();
    const status = await (await fetch(`http://127.0.0.1:${adminPort}/status`)).json() as { feed: { slotsMissed: number; fedTotal: number }; eventLoopDelayMs: unknown };
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    await h.close();

    const sdb = new Database(path.join(dir, 'state', 'agent.db'), { readonly: true });
    const sent = (sdb.prepare('SELECT fed_at_ms FROM feed_log WHERE status = 1 ORDER BY id').all() as { fed_at_ms: number }[]).map((r) => r.fed_at_ms);
    sdb.close();
    const fs = rateFigures(sent, startMs, endMs);
    const f = rateFigures(times, startMs, endMs);
    const errs = f.perSecond.map((n) => Math.abs(n - share) / share);
    const bad = errs.filter((e) => e >= 0.01).length;
    const sorted = [...f.perSecond].sort((a, b) => a - b);
    const windowLimit = 1.2 * share * 0.1;
    const outside = times.filter((x) => x < startMs || x >= endMs).length;
    console.log(`\n== ${m}x: share ${share.toFixed(2)}/s per machine (${m * globalRate}/s over ${fleetSize}), ${seconds} s round`);
    console.log(`fed ${times.length} (expected ${Math.floor(share * seconds)}), agent slotsMissed ${status.feed.slotsMissed}, fed outside the round ${outside}`);
    console.log(`per-second counts: min ${sorted[0]} median ${sorted[sorted.length >> 1]} max ${sorted[sorted.length - 1]}; max error ${(Math.max(...errs) * 100).toFixed(2)} %; buckets >= 1 %: ${bad}/${errs.length}`);
    console.log(`fullest 100 ms window: ${f.max100ms} packets = ${(f.max100ms / (share * 0.1)).toFixed(3)} x share (limit 1.2 x = ${windowLimit.toFixed(1)})`);
    const serr = fs.perSecond.map((n) => Math.abs(n - share) / share);
    console.log(`as sent by the agent (feed_log): per-second max error ${(Math.max(...serr) * 100).toFixed(2)} %, buckets >= 1 %: ${serr.filter((e) => e >= 0.01).length}; fullest 100 ms window ${fs.max100ms} = ${(fs.max100ms / (share * 0.1)).toFixed(3)} x share`);
    console.log(`agent event-loop delay: ${JSON.stringify(status.eventLoopDelayMs)}`);
    console.log(`bench process event-loop delay: p99 ${(eld.percentile(99) / 1e6).toFixed(1)} ms, max ${(eld.max / 1e6).toFixed(1)} ms`);
    if (f.max100ms > windowLimit) {
      let j = 0;
      for (let i = 0; i < times.length; i++) {
        while (times[i] - times[j] >= 100) j++;
        if (i - j + 1 === f.max100ms) {
          console.log(`fullest window at pool: +${times.slice(j, i + 1).map((x) => x - times[j]).join(' +')} ms; the same packets as sent: +${sent.slice(j, i + 1).map((x) => x - sent[j]).join(' +')} ms`);
          break;
        }
      }
    }
    if (bad) console.log(`buckets: ${f.perSecond.join(' ')}`);
    const pass = bad === 0 && f.max100ms <= windowLimit && outside === 0;
    console.log(pass ? 'PASS' : 'FAIL');
    return pass;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

let allPass = true;
for (const m of multipliers) allPass = (await run(m)) && allPass;
process.exit(allPass ? 0 : 1);
