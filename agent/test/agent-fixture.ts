/** Test helper: an agent config pointing at a harness gateway and a seed split, in a temp dir. */
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { defaultAgentConfig, type AgentConfig } from '../settings.ts';
import type { SeedSplit } from './seed-fixture.ts';

export function agentConfig(dir: string, split: SeedSplit, o: { gatewayId?: string; machineId?: string; socketPath: string; issuedDbPath: string }): AgentConfig {
  const c = defaultAgentConfig();
  c.gatewayId = o.gatewayId ?? 'gw-1';
  c.machineId = o.machineId ?? c.gatewayId;
  c.agentId = `agent-${c.gatewayId}`;
  c.socketPath = o.socketPath;
  c.seedPartPath = split.partPath(c.machineId);
  c.manifestPath = split.manifestPath;
  c.stateDir = path.join(dir, `agent-state-${c.gatewayId}`);
  c.issuedDbPath = o.issuedDbPath;
  c.admin.port = 0;
  c.link.reconnectMs = 50;
  return c;
}

/** Counts per aligned second and the max count in any 100 ms sliding window. */
export function rateFigures(times: number[], fromMs: number, toMs: number): { perSecond: number[]; max100ms: number } {
  const perSecond: number[] = [];
  for (let s = fromMs; s < toMs; s += 1000) perSecond.push(times.filter((t) => t >= s && t < s + 1000).length);
  const sorted = [...times].sort((a, b) => a - b);
  let max = 0;
  let j = 0;
  for (let i = 0; i < sorted.length; i++) {
    while (sorted[i] - sorted[j] >= 100) j++;
    max = Math.max(max, i - j + 1);
  }
  return { perSecond, max100ms: max };
}

/** A Unix socket path short enough for the kernel (test dirs are long), removed at teardown. */
export function shortSocketPath(t: { teardown(fn: () => void): void }): string {
  const d = mkdtempSync('/tmp/agl-');
  t.teardown(() => rmSync(d, { recursive: true, force: true }));
  return path.join(d, 'gw.sock');
}
