/**
 * The ratio of the drill: the gateway's full shake path (IO, rings, show
 * logic) against the raw uWebSockets.js echo (bench/echo-server.ts), measured
 * with the same raw load client (bench/lib, closed loop, pre-built frames),
 * same connection mix, rounds interleaved, max = median of the rounds, right
 * after the drill on the same machine (the deployment still up, idle).
 * The raw client does not obey rate-limit tiers, so the measured gateway is a
 * fresh gateway process with SHAKE_OVERLOAD=off (as bench/shake-throughput.ts);
 * the deployed gateways would (rightly) pace and close such connections.
 */
import { ThreadedLoadClient } from '../lib/threaded-load-client.ts';
import { HOOKS_MODULE, type ShakeHooksArg } from '../lib/shake-hooks.ts';
import { startTarget } from '../lib/targets.ts';
import type { DeploymentInfo } from '../../ops/deploy/types.ts';

export interface BaselineResult {
  echoRps: number;
  gatewayRps: number;
  ratio: number;
  gatewayId: string;
  gatewayCondition: string;
  perRound: { echo: number; gateway: number }[];
  method: string;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function measureBaseline(dep: DeploymentInfo, o: { durationSec: number; connections: number; rounds: number }, say: (s: string) => void): Promise<BaselineResult> {
  const echo = await startTarget('echo', { host: '127.0.0.1', secret: dep.secrets.auth });
  const gwProc = await startTarget('gateway', { host: '127.0.0.1', secret: dep.secrets.auth, gatewayEnv: { SHAKE_OVERLOAD: 'off', SHAKE_GATEWAY_ID: 'gw-baseline', SHAKE_DATA_DIR: `${dep.dir}/baseline`, SHAKE_LOG_LEVEL: 'warn' } });
  const g = { id: 'gw-baseline', wsPort: gwProc.port };
  const addrs = Array.from({ length: 4 }, (_, i) => `127.0.89.${i + 1}`);
  const mk = (port: number, arg: ShakeHooksArg) => new ThreadedLoadClient({
    host: '127.0.0.1', port, connections: o.connections, threads: 1, localAddresses: addrs, payloadCycle: 1024, hooks: { module: HOOKS_MODULE, arg },
  });
  const ce = mk(echo.port, { target: 'echo' });
  const cg = mk(g.wsPort, { target: 'gateway', secret: dep.secrets.auth, userIdBase: 7_000_000 });
  try {
    await ce.connect();
    await cg.connect();
    const perRound: { echo: number; gateway: number }[] = [];
    for (let r = 0; r < o.rounds; r++) {
      const run = { mode: { kind: 'closed' as const, inFlight: 8 }, warmupMs: 1000, durationMs: o.durationSec * 1000 };
      const e = await ce.run(run);
      const gw = await cg.run(run);
      perRound.push({ echo: e.okRps, gateway: gw.okRps });
      say(`baseline round ${r + 1}: echo ${Math.round(e.okRps)}/s, gateway ${g.id} ${Math.round(gw.okRps)}/s (not-ok ${gw.invalid})`);
    }
    const echoRps = median(perRound.map((p) => p.echo));
    const gatewayRps = median(perRound.map((p) => p.gateway));
    return {
      echoRps, gatewayRps, ratio: gatewayRps / echoRps, gatewayId: g.id, perRound,
      gatewayCondition: 'a fresh gateway process (show logic, embedded default show, no round running), SHAKE_OVERLOAD=off because the raw client ignores rate limits',
      method: `bench/lib raw load client, ${o.connections} connections x 8 in flight, closed loop, ${o.rounds} interleaved round(s) of ${o.durationSec} s (+1 s warm-up), max = median; same machine, same run, deployment still up`,
    };
  } finally {
    await ce.close().catch(() => undefined);
    await cg.close().catch(() => undefined);
    await echo.stop();
    await gwProc.stop();
  }
}
