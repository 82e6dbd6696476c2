/** Health of every component of a running deployment, one line each (for npm start / rehearsal and drills): GET /health of each of our processes (NATS keeps its own /healthz). */
import type { DeploymentInfo } from './types.ts';

export interface HealthLine { component: string; ok: boolean; detail: string }

async function getJson(url: string): Promise<{ status: number; body: any }> {
  const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
  const text = await res.text();
  let body: unknown = text;
  try { body = JSON.parse(text); } catch { /* not JSON */ }
  return { status: res.status, body };
}

async function probe(component: string, url: string, judge: (status: number, body: any) => [boolean, string]): Promise<HealthLine> {
  try {
    const { status, body } = await getJson(url);
    const [ok, detail] = judge(status, body);
    return { component, ok, detail };
  } catch (e) {
    return { component, ok: false, detail: `${url}: ${(e as Error).message}` };
  }
}

export async function checkHealth(info: DeploymentInfo): Promise<HealthLine[]> {
  const probes: Promise<HealthLine>[] = [];
  for (const g of info.gateways) {
    probes.push(probe(g.id, `${g.adminUrl}/health`, (s, b) => [s === 200 && b.ok === true,
      `config v${b.configVersion}, ${b.connections} connections, pool ${b.pool?.level}/${b.pool?.capacity}, issued ${b.packetsIssued}${b.journalFailed ? '; journal down' : ''}`]));
    probes.push(probe(g.agentComponent, `${g.agentAdminUrl}/health`, (s, b) => [s === 200 && b.ok === true,
      `link ${b.link?.connected ? 'up' : 'down'}${b.feedRefused ? ` (feeding refused: ${b.feedRefused.code})` : ''}, forwarder backlog ${b.forwarderBacklog ?? '-'}`
        + (b.feedProblem ? `; ${b.feedProblem.code}: ${b.feedProblem.message}` : '')]));
  }
  const sets = info.money.sets ?? [{ index: 0, url: info.money.url, component: 'money' }];
  for (const m of sets) {
    probes.push(probe(m.component, `${m.url}/health`, (s, b) => [s === 200,
      `${sets.length > 1 ? `SET ${b.set ?? m.index}: ` : ''}queue lag ${b.queueLag ?? '?'}, applied ${b.applied ?? '?'}, refused ${Object.values(b.rejectedTotal ?? {}).reduce((a: number, n) => a + Number(n), 0)}`
        + (b.capLink ? `, caps asked of other SETs ${b.capLink.remote} (tries failed ${b.capLink.failedTries})` : '')]));
  }
  if (info.phone) probes.push(probe('phone-web', `${info.phone.url}api/phone-config`, (s, b) => [s === 200, `phone in the browser for ${b.gateways?.length ?? 0} gateway(s): ${info.phone!.url}`]));
  for (const u of info.config.urls) probes.push(probe(`config ${u.replace('http://', '')}`, `${u}/health`, (s, b) => [s === 200 && b.storeHealthy !== false, `latest v${b.latestVersion}`]));
  for (const u of info.nats?.monitorUrls ?? []) probes.push(probe(`nats ${u.replace('http://', '')}`, `${u}/healthz`, (s) => [s === 200, s === 200 ? 'ok' : `HTTP ${s}`]));
  return Promise.all(probes);
}

export function formatHealth(lines: HealthLine[]): string {
  return lines.map((l) => `${l.ok ? 'ok ' : '!! '}${l.component.padEnd(24)} ${l.detail}`).join('\n');
}
