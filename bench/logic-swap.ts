/**
 * Logic swap under load (issue 2): background phones keep the gateway busy
 * while a probe phone shakes back-to-back and records the gap between its
 * consecutive replies. The gateway's logic is reloaded (SIGHUP) and crashed
 * (fault hook) several times; the longest gap around each event is reported
 * against the longest gap in a quiet stretch of the same run.
 *
 *   node --import tsx bench/logic-swap.ts [--swaps 5] [--crashes 3] [--connections 100]
 */
import WebSocket from 'ws';
import { startTarget } from './lib/targets.ts';
import { ThreadedLoadClient } from './lib/threaded-load-client.ts';
import { HOOKS_MODULE } from './lib/shake-hooks.ts';
import { sourceAddresses, sleep, fmtMs, fmtInt } from './lib/summary.ts';
import { shake } from '../contracts/proto/gen/shake.js';
import { makeUserToken } from '../gateway/auth/user-token.ts';
import { resolveSecrets } from '../common/secrets.ts';
import { serviceAuthHeaders } from '../common/service-auth.ts';

const arg = (name: string, d: string) => { const i = process.argv.indexOf(`--${name}`); return i > 0 ? process.argv[i + 1] : d; };
const swaps = Number(arg('swaps', '5'));
const crashes = Number(arg('crashes', '3'));
const connections = Number(arg('connections', '100'));
const secret = 'bench-swap-secret-012345';

// Overload tiers off: the probe and the load phones shake back-to-back on purpose and would be paced.
const server = await startTarget('gateway', { host: '127.0.0.1', secret, gatewayEnv: { SHAKE_FAULT_INJECTION: '1', SHAKE_OVERLOAD: 'off' } });
const admin = `http://127.0.0.1:${server.port + 1}`;
const load = new ThreadedLoadClient({ host: '127.0.0.1', port: server.port, connections, threads: 1, localAddresses: sourceAddresses(2), payloadCycle: 1024, hooks: { module: HOOKS_MODULE, arg: { target: 'gateway', secret } } });
try {
  await load.connect();
  const loadRun = load.run({ mode: { kind: 'closed', inFlight: 4 }, warmupMs: 500, durationMs: (swaps + crashes) * 3000 + 4000 });

  const replyTimes: number[] = [];
  const ws = new WebSocket(`ws://127.0.0.1:${server.port}/?token=${makeUserToken(secret, 'probe', Date.now() + 600_000)}`);
  await new Promise((r, j) => { ws.once('open', r); ws.once('error', j); });
  let seq = 0;
  let probing = true;
  ws.on('message', () => {
    replyTimes.push(performance.now());
    if (probing) ws.send(shake.v1.ClientMessage.encode({ seq: ++seq, shake: {} }).finish());
  });
  ws.send(shake.v1.ClientMessage.encode({ seq: ++seq, shake: {} }).finish());

  const events: { kind: string; at: number }[] = [];
  await sleep(1500);
  const quietFrom = performance.now();
  await sleep(1000);
  const quietTo = performance.now();
  for (let i = 0; i < swaps; i++) {
    events.push({ kind: 'reload (SIGHUP)', at: performance.now() });
    process.kill(server.pid, 'SIGHUP');
    await sleep(3000); // > the gateway's standby delay (2 s): each event finds a warm standby, as in production
  }
  for (let i = 0; i < crashes; i++) {
    events.push({ kind: 'logic crash', at: performance.now() });
    await fetch(`${admin}/admin/fault/logic-crash?afterFrames=100`, { method: 'POST', headers: serviceAuthHeaders(resolveSecrets(['service'], process.env, () => {}).service) });
    await sleep(3000);
  }
  probing = false;
  const stats = await loadRun;
  ws.close();

  const maxGap = (from: number, to: number) => {
    let m = 0;
    for (let i = 1; i < replyTimes.length; i++) if (replyTimes[i] >= from && replyTimes[i - 1] <= to) m = Math.max(m, replyTimes[i] - replyTimes[i - 1]);
    return m;
  };
  const status = (await (await fetch(`${admin}/status`)).json()) as { logicGeneration: number; counters: { logicReloads: number; logicRestarts: number } };
  console.log(`logic swap under load: ${connections} phones x 4 in flight (${fmtInt(stats.okRps)} shakes/s), probe phone shaking back-to-back (${fmtInt(replyTimes.length)} replies)`);
  console.log(`  quiet stretch: longest gap between probe replies ${fmtMs(maxGap(quietFrom, quietTo))}`);
  let worst = 0;
  for (const e of events) {
    const g = maxGap(e.at, e.at + 1400);
    worst = Math.max(worst, g);
    console.log(`  ${e.kind.padEnd(16)} longest gap ${fmtMs(g)}`);
  }
  console.log(`  generations ${status.logicGeneration} (reloads ${status.counters.logicReloads}, restarts ${status.counters.logicRestarts}); load phones closed ${stats.closed}, unanswered ${stats.lostAtEnd}`);
  console.log(`  worst gap ${fmtMs(worst)}; target < 50 ms: ${worst < 50 ? 'met' : 'NOT met'}`);
} finally {
  await load.close();
  await server.stop();
}
