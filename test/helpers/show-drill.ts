/**
 * Drill helpers for show-logic tests: a show whose round runs now, seed
 * packets, and the gateway's drill hooks (enabled by SHAKE_FAULT_INJECTION=1).
 */
import { defaultShowConfig } from '../../contracts/show/default-show.ts';
import { serviceAuthHeaders } from '../../common/service-auth.ts';
import { DEV_SECRETS } from '../../common/secrets.ts';
import type { ShowConfig } from '../../contracts/show/types.ts';

let versionCounter = 100;

export interface RoundShowOptions {
  /** Round window relative to now (ms). Default: started 1 s ago, ends in 10 min. */
  roundFromMs?: number;
  roundToMs?: number;
  drawProbability?: number;
  caps?: { packetsPerUser: number; packetsPerSponsor: number };
  gatewayIds?: string[];
  version?: number;
}

export function roundShow(opts: RoundShowOptions = {}): ShowConfig {
  const now = Date.now();
  const show = defaultShowConfig(now, { gatewayIds: opts.gatewayIds ?? ['gw-1'] });
  const first = show.rounds[0];
  const rounds = [{ ...first, startMs: now + (opts.roundFromMs ?? -1000), endMs: now + (opts.roundToMs ?? 600_000), packetDrawProbability: opts.drawProbability ?? 1 }];
  // Keep later demo rounds only if they do not overlap the drill round.
  for (const r of show.rounds.slice(1)) if (r.startMs >= rounds[0].endMs) rounds.push(r);
  return { ...show, version: opts.version ?? ++versionCounter, rounds, caps: opts.caps ?? show.caps };
}

export interface DrillPacket {
  packetId: string;
  sponsorId: string;
  amountCents: number;
  shares: number;
  shareAmountCents: number;
}

export function packets(n: number, sponsors: string[], prefix = 'p'): DrillPacket[] {
  return Array.from({ length: n }, (_, i) => ({
    packetId: `${prefix}${i}`,
    sponsorId: sponsors[i % sponsors.length],
    amountCents: 100 + ((i * 37) % 900),
    shares: 3,
    shareAmountCents: 300,
  }));
}

async function post(adminPort: number, route: string, body: unknown): Promise<any> {
  const res = await adminPost(adminPort, route, JSON.stringify(body));
  const json = await res.json();
  if (!res.ok) throw new Error(`${route}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

export const drill = {
  /** Applies a show config; the logic worker takes it by message, so give it a moment before the next shake. */
  applyShow: async (adminPort: number, show: ShowConfig) => {
    const r = (await post(adminPort, '/admin/drill/show-config', show)) as { applied: boolean };
    await new Promise((res) => setTimeout(res, 100));
    return r;
  },
  feed: (adminPort: number, p: DrillPacket[]) => post(adminPort, '/admin/drill/feed', p) as Promise<{ accepted: number }>,
};

/** The service token the test processes share (what a development-profile gateway resolves; also its NATS credential's root). */
export function testServiceToken(): string {
  return process.env.SHAKE_SERVICE_TOKEN ?? DEV_SECRETS.service;
}

/** Headers of a state-changing admin request (gateway POST /admin/*): the service token the test processes share. */
export function adminHeaders(): Record<string, string> {
  return serviceAuthHeaders(testServiceToken());
}

/** POST to a gateway's admin endpoint with the service token. */
export function adminPost(adminPort: number, route: string, body?: string): Promise<Response> {
  return fetch(`http://127.0.0.1:${adminPort}${route}`, { method: 'POST', headers: adminHeaders(), body });
}
