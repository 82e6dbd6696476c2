/**
 * Fleet resource coverage (seed: 资源覆盖率): phones per resource manifest
 * version they hold, summed over the gateways' latest reports, with the share
 * holding the version the latest show document publishes. Read-only.
 */
import type { ShowConfig } from '../contracts/show/types.ts';
import type { GatewayReport } from './store/types.ts';
import { manifestVersion } from '../contracts/show/resource-manifest.ts';

export interface FleetCoverage {
  /** Manifest version of the latest document's resources (0: none published). */
  currentVersion: number;
  /** Phones per version held (version "0" = asked but holds nothing complete yet). */
  byVersion: Record<string, number>;
  phones: number;
  /** Share of reporting phones holding currentVersion (0..1; 0 when none reported). */
  currentShare: number;
  gateways: { gatewayId: string; seenAtMs: number; coverage: Record<string, number> }[];
}

export function fleetCoverage(reports: readonly GatewayReport[], latest: ShowConfig | null): FleetCoverage {
  const byVersion: Record<string, number> = {};
  const gateways: FleetCoverage['gateways'] = [];
  for (const r of reports) {
    if (!r.resourceCoverage) continue;
    gateways.push({ gatewayId: r.gatewayId, seenAtMs: r.seenAtMs, coverage: r.resourceCoverage });
    for (const [v, n] of Object.entries(r.resourceCoverage)) byVersion[v] = (byVersion[v] ?? 0) + n;
  }
  const currentVersion = latest ? manifestVersion(latest.resources) : 0;
  const phones = Object.values(byVersion).reduce((a, b) => a + b, 0);
  return { currentVersion, byVersion, phones, currentShare: phones ? (byVersion[currentVersion] ?? 0) / phones : 0, gateways };
}

const MAX_VERSIONS = 32;

/** The `resources=<version>:<phones>,...` report parameter (malformed entries are dropped). */
export function coverageParam(url: URL): { resourceCoverage?: Record<string, number> } {
  const raw = url.searchParams.get('resources');
  if (!raw) return {};
  const out: Record<string, number> = {};
  for (const part of raw.split(',').slice(0, MAX_VERSIONS)) {
    const m = /^(\d{1,16}):(\d{1,9})$/.exec(part);
    if (m) out[m[1]!] = Number(m[2]);
  }
  return { resourceCoverage: out };
}
