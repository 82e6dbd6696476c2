/**
 * The drill-hook feed path, used when the gateways do not take packets from
 * their agents (agent link not wired): the runner plays the agent's feeding
 * role, releasing each gateway's own seed part (the same split the agent
 * would use, so no packet can reach two gateways) at the round's rate share,
 * through POST /admin/drill/feed (SHAKE_FAULT_INJECTION=1).
 */
import { loadPart, partPacket, type LoadedPart } from '../../agent/part/load-part.ts';
import type { DeploymentInfo } from '../../ops/deploy/types.ts';
import { resolveSecrets } from '../../common/secrets.ts';
import { serviceAuthHeaders } from '../../common/service-auth.ts';

interface Lane { id: string; adminUrl: string; part: LoadedPart; pos: number; released: number }

export class HookFeeder {
  private readonly lanes: Lane[];
  private timer: NodeJS.Timeout | null = null;
  private busy = false;
  /** The drill hooks are admin POSTs: they carry the service token the gateways were started with. */
  private readonly headers = serviceAuthHeaders(resolveSecrets(['service'], process.env, () => {}).service);
  /** Packets the gateways accepted, per drill second. */
  readonly perSecond: number[] = [];
  lastError: string | null = null;

  constructor(dep: DeploymentInfo, private readonly o: { ratePerSec: number; fromMs: number; toMs: number; t0: number }) {
    this.lanes = dep.gateways.map((g) => ({
      id: g.id, adminUrl: g.adminUrl, pos: 0, released: 0,
      part: loadPart({ partPath: `${dep.seeds.partsDir}/${g.id}.seed`, manifestPath: dep.seeds.manifest, machineId: g.id }),
    }));
  }

  start(): void {
    this.timer = setInterval(() => { if (!this.busy) { this.busy = true; void this.step().finally(() => { this.busy = false; }); } }, 100);
  }

  private async step(): Promise<void> {
    const now = Date.now();
    if (now < this.o.fromMs) return;
    const elapsed = (Math.min(now, this.o.toMs) - this.o.fromMs) / 1000;
    const share = this.o.ratePerSec / this.lanes.length;
    await Promise.all(this.lanes.map(async (l) => {
      const due = Math.min(Math.floor(share * elapsed), l.part.count) - l.released;
      if (due <= 0) return;
      const batch = Array.from({ length: Math.min(due, 5000) }, (_, i) => partPacket(l.part, l.pos + i));
      try {
        const res = await fetch(`${l.adminUrl}/admin/drill/feed`, { method: 'POST', headers: this.headers, body: JSON.stringify(batch), signal: AbortSignal.timeout(2000) });
        const { accepted } = await res.json() as { accepted: number };
        l.pos += accepted;
        // A full pool drops the rest of this slot (like the agent's dropped release slots).
        l.released += due;
        const sec = Math.floor((Date.now() - this.o.t0) / 1000);
        this.perSecond[sec] = (this.perSecond[sec] ?? 0) + accepted;
      } catch (e) {
        this.lastError = `${l.id}: ${(e as Error).message}`;
      }
    }));
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  fed(): Record<string, number> {
    return Object.fromEntries(this.lanes.map((l) => [l.id, l.pos]));
  }
}
