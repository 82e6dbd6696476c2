/**
 * Puts the drill's red-packet round on the deployment the way an operator
 * would: a new show document posted to a config instance (operator token),
 * then waits until every gateway runs that version (pushed over the config
 * channels). The round's times are absolute, relative to the drill's start.
 */
import { defaultShowConfig } from '../../contracts/show/default-show.ts';
import { validateShowConfig } from '../../contracts/show/validate.ts';
import type { ShowConfig } from '../../contracts/show/types.ts';
import { ShakeError } from '../../common/errors.ts';
import type { DeploymentInfo } from '../../ops/deploy/types.ts';
import type { Scenario } from './scenario.ts';
import { refuseUnfed } from '../../ops/deploy/show.ts';

export function drillShow(s: Scenario, dep: DeploymentInfo, startAtMs: number, durationMs: number): ShowConfig {
  const base = defaultShowConfig(startAtMs, { gatewayIds: dep.gateways.map((g) => g.id), showId: `drill-${s.name}` });
  const round = {
    id: `drill-${s.name}`.slice(0, 60), title: `Drill ${s.name}`,
    startMs: startAtMs + Math.round(s.round.startAtSec * 1000),
    endMs: startAtMs + Math.round(Math.min(s.round.endAtSec * 1000, durationMs + 3_600_000)),
    releaseRatePerSec: s.round.releaseRatePerSec, sponsorIds: s.round.sponsors.length ? s.round.sponsors : dep.seeds.sponsors, packetDrawProbability: s.round.drawProbability,
  };
  // The default segments cover [now - 1 min, now + 60 min]: enough for any drill.
  return { ...base, comment: `drill ${s.name}`, rounds: [round] };
}

export async function applyShow(dep: DeploymentInfo, show: ShowConfig, timeoutMs = 20_000): Promise<number> {
  const v = validateShowConfig(show);
  if (!v.ok) throw new ShakeError('SHOW_CONFIG_INVALID', `drill show invalid: ${JSON.stringify(v.errors)}`);
  refuseUnfed(show, new Set(dep.seeds.sponsors), 'the drill show');
  let version = 0;
  let lastErr = '';
  for (const url of dep.config.urls) {
    try {
      // A drill replaces the show on purpose: based on whatever is latest, its imminent round confirmed.
      const health = await fetch(`${url}/health`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.json() as Promise<{ latestVersion: number }>);
      const res = await fetch(`${url}/config`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${dep.config.operatorToken}` },
        body: JSON.stringify({ document: show, baseVersion: health.latestVersion, confirmed: true, comment: show.comment }), signal: AbortSignal.timeout(15_000),
      });
      const body = await res.json() as { version?: number; code?: string; message?: string };
      if (res.ok && body.version) { version = body.version; break; }
      lastErr = `${res.status} ${body.code}: ${body.message}`;
    } catch (e) { lastErr = (e as Error).message; }
  }
  if (!version) throw new ShakeError('DRILL_SHOW_REFUSED', `no config instance accepted the drill show: ${lastErr}`);
  const deadline = Date.now() + timeoutMs;
  for (const g of dep.gateways) {
    for (;;) {
      const st = await fetch(`${g.adminUrl}/status`).then((r) => r.json() as Promise<{ configVersion: number }>).catch(() => null);
      if (st && st.configVersion >= version) break;
      if (Date.now() > deadline) throw new ShakeError('DRILL_SHOW_NOT_APPLIED', `gateway ${g.id} did not apply config v${version} within ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return version;
}
