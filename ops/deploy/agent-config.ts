/** The agent config file of one gateway in a local deployment (agent/settings.ts shape). */
import path from 'node:path';
import { defaultAgentConfig, gatewayPaths, type AgentConfig } from '../../agent/index.ts';
import type { QueueConfig } from '../../queue/config.ts';

export type QueueSpec = { kind: 'sqlite'; path: string }
  | { kind: 'jetstream'; servers: string[]; stream: string; subjectPrefix: string; replicas: number; sets?: { seedSets: number; count: number; subjectsPerSet: number } };

export function agentConfigFor(o: {
  id: string; dataDir: string; stateDir: string; seeds: { manifest: string; partsDir: string }; adminPort: number;
  /** One base URL per money SET (index = SET). */
  moneyUrls: string[]; queue: QueueSpec;
  /** The file channel relay into this gateway's config dir (rehearsal: config instances on other "machines"). */
  configRelay?: AgentConfig['configRelay'];
}): AgentConfig {
  const c = defaultAgentConfig();
  const p = gatewayPaths(o.dataDir, o.id);
  c.gatewayId = o.id;
  c.machineId = o.id;
  c.agentId = `agent-${o.id}`;
  c.socketPath = p.socketPath;
  c.issuedDbPath = p.issuedDbPath;
  c.seedPartPath = path.join(o.seeds.partsDir, `${o.id}.seed`);
  c.manifestPath = o.seeds.manifest;
  c.stateDir = o.stateDir;
  c.admin.port = o.adminPort;
  c.recycle.sourceUrl = o.moneyUrls[0];
  if (o.moneyUrls.length > 1) c.recycle.sourceUrls = o.moneyUrls;
  c.money.endpoints = o.moneyUrls;
  if (o.queue.kind === 'jetstream' && o.queue.sets) c.money.seedSets = o.queue.sets.seedSets;
  const queue: QueueConfig = o.queue.kind === 'sqlite' ? { kind: 'sqlite', path: o.queue.path } : { ...o.queue };
  c.forwarder = { journalPath: p.journalPath, queue };
  c.configRelay = o.configRelay ?? null;
  return c;
}
