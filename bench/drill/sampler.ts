/** Polls every gateway's /status (and the agents' and the money service's health) once a second during a drill. */
import type { DeploymentInfo } from '../../ops/deploy/types.ts';

export interface GatewaySample {
  up: boolean;
  connections: number;
  poolLevel: number;
  poolCapacity: number;
  offeredTotal: number;
  packetsIssued: number;
  busy: number;
  configVersion: number;
}

export interface Sample {
  sec: number;
  atMs: number;
  gateways: Record<string, GatewaySample>;
  agents: Record<string, { up: boolean; linked: boolean; backlog: number | null }>;
  moneyQueueLag: number | null;
}

const get = async (url: string): Promise<any> => {
  const r = await fetch(url, { signal: AbortSignal.timeout(900) });
  return r.json();
};

export async function sampleOnce(dep: DeploymentInfo, sec: number): Promise<Sample> {
  const gateways: Sample['gateways'] = {};
  const agents: Sample['agents'] = {};
  await Promise.all(dep.gateways.map(async (g) => {
    try {
      const s = await get(`${g.adminUrl}/status`);
      gateways[g.id] = {
        up: true, connections: s.connections, poolLevel: s.pool.level, poolCapacity: s.pool.capacity, offeredTotal: s.pool.offeredTotal,
        packetsIssued: s.counters.packetsIssued, busy: s.counters.busyRingFull + s.counters.busyInFlight, configVersion: s.configVersion,
      };
    } catch {
      gateways[g.id] = { up: false, connections: 0, poolLevel: 0, poolCapacity: 0, offeredTotal: 0, packetsIssued: 0, busy: 0, configVersion: 0 };
    }
    try {
      const a = await get(`${g.agentAdminUrl}/status`);
      agents[g.agentComponent] = { up: true, linked: !!a.link?.connected, backlog: a.forwarder?.backlog ?? null };
    } catch {
      agents[g.agentComponent] = { up: false, linked: false, backlog: null };
    }
  }));
  let moneyQueueLag: number | null = null;
  // Summed over the money SETs; unknown while any SET is down.
  try {
    const lags = await Promise.all((dep.money.sets ?? [dep.money]).map(async (m) => (await get(`${m.url}/health`)).queueLag as number | null));
    moneyQueueLag = lags.some((l) => l === null || l === undefined) ? null : lags.reduce((a: number, l) => a + l!, 0);
  } catch { /* down */ }
  return { sec, atMs: Date.now(), gateways, agents, moneyQueueLag };
}

export class Sampler {
  readonly samples: Sample[] = [];
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly dep: DeploymentInfo, private readonly t0: number, private readonly onSample: (s: Sample) => void) {}

  start(): void {
    const tick = () => {
      const sec = Math.round((Date.now() - this.t0) / 1000);
      void sampleOnce(this.dep, sec).then((s) => { this.samples.push(s); this.onSample(s); });
    };
    tick();
    this.timer = setInterval(tick, 1000);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
