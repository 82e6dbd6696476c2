/**
 * What the console shows per gateway: its running version (and whether it is
 * behind the latest), its clock offset (flagged beyond the threshold) and
 * whether it has been heard from recently. Fleet members that never reported
 * are listed too.
 */
import type { ShowConfig } from '../contracts/show/types.ts';
import type { GatewayReport } from './store/types.ts';

export type ClockFlag = 'ok' | 'drift' | 'unsynced' | 'unknown';

export interface GatewayView {
  gatewayId: string;
  inFleet: boolean;
  configVersion: number | null;
  behind: boolean;
  clockOffsetMs: number | null;
  clockFlag: ClockFlag;
  lastSeenMs: number | null;
  stale: boolean;
  via: string | null;
  channel: string | null;
}

export interface GatewayViewOptions {
  clockOffsetThresholdMs: number;
  staleAfterMs: number;
}

export function gatewayViews(reports: GatewayReport[], latest: ShowConfig | null, nowMs: number, o: GatewayViewOptions): GatewayView[] {
  const latestVersion = latest?.version ?? 0;
  const fleet = new Set(latest?.fleet.map((m) => m.gatewayId) ?? []);
  const views = new Map<string, GatewayView>();
  for (const r of reports) {
    const clockFlag: ClockFlag = r.clockOffsetMs === null ? 'unknown'
      : !r.clockSynced ? 'unsynced'
      : Math.abs(r.clockOffsetMs) > o.clockOffsetThresholdMs ? 'drift' : 'ok';
    views.set(r.gatewayId, {
      gatewayId: r.gatewayId, inFleet: fleet.has(r.gatewayId), configVersion: r.configVersion,
      behind: r.configVersion < latestVersion, clockOffsetMs: r.clockOffsetMs, clockFlag,
      lastSeenMs: r.seenAtMs, stale: nowMs - r.seenAtMs > o.staleAfterMs, via: r.via, channel: r.channel,
    });
  }
  for (const id of fleet) {
    if (!views.has(id)) {
      views.set(id, { gatewayId: id, inFleet: true, configVersion: null, behind: true, clockOffsetMs: null,
        clockFlag: 'unknown', lastSeenMs: null, stale: true, via: null, channel: null });
    }
  }
  return [...views.values()].sort((a, b) => a.gatewayId.localeCompare(b.gatewayId));
}
