/**
 * Agent process entry (one per machine, beside the gateway). Applies env
 * overrides to the embedded defaults, starts the agent, prints `agent ready`.
 *
 *   SHAKE_AGENT_CONFIG=<file.json>  a partial AgentConfig merged over the defaults first
 *   SHAKE_DATA_DIR (the gateway's: socket, issued.db and journal.db under <dir>/<gatewayId>/; journal
 *   forwarding is on when SHAKE_QUEUE_SQLITE is set too), SHAKE_GATEWAY_ID, SHAKE_AGENT_ID, SHAKE_MACHINE_ID, SHAKE_AGENT_SOCKET, SHAKE_SEED_PART,
 *   SHAKE_SEED_MANIFEST, SHAKE_AGENT_STATE_DIR, SHAKE_ISSUED_DB, SHAKE_AGENT_ADMIN_PORT,
 *   SHAKE_RECYCLE_URL, SHAKE_MONEY_URLS (comma list: where phones' grab/balance/detail go), SHAKE_JOURNAL (with SHAKE_QUEUE_SQLITE=<path> for the embedded queue)
 *
 * With a recycle URL or money URLs set, SHAKE_SERVICE_TOKEN is required (common/secrets.ts; development profile: a default).
 *
 * SIGINT/SIGTERM stop cleanly. A refused seed part keeps the process up
 * (forwarding continues) and is reported on stderr, in logs and in /status.
 */
import { resolveSecrets } from '../common/secrets.ts';
import { readFileSync } from 'node:fs';
import { createLogger } from '../common/logger.ts';
import { deepMerge } from '../common/deep-merge.ts';
import { AgentError, AgentErrorCode } from './errors.ts';
import { defaultAgentConfig, gatewayPaths, type AgentConfig } from './settings.ts';
import { startAgent } from './agent.ts';

export function agentConfigFromEnv(env: NodeJS.ProcessEnv, base: AgentConfig = defaultAgentConfig()): AgentConfig {
  let c = structuredClone(base);
  if (env.SHAKE_AGENT_CONFIG) {
    try {
      c = deepMerge(c, JSON.parse(readFileSync(env.SHAKE_AGENT_CONFIG, 'utf8')));
    } catch (e) {
      throw new AgentError(AgentErrorCode.CONFIG_INVALID, `cannot use ${env.SHAKE_AGENT_CONFIG}: ${(e as Error).message}`);
    }
  }
  if (env.SHAKE_GATEWAY_ID) {
    c.gatewayId = env.SHAKE_GATEWAY_ID;
    if (!env.SHAKE_AGENT_CONFIG) { c.machineId = c.gatewayId; c.agentId = `agent-${c.gatewayId}`; }
  }
  if (env.SHAKE_DATA_DIR) {
    const p = gatewayPaths(env.SHAKE_DATA_DIR, c.gatewayId);
    c.socketPath = p.socketPath;
    c.issuedDbPath = p.issuedDbPath;
    if (c.forwarder.queue || env.SHAKE_QUEUE_SQLITE) c.forwarder.journalPath = p.journalPath;
  }
  if (!env.SHAKE_AGENT_CONFIG && env.SHAKE_GATEWAY_ID) c.stateDir = `var/agents/${c.gatewayId}`;
  if (env.SHAKE_AGENT_ID) c.agentId = env.SHAKE_AGENT_ID;
  if (env.SHAKE_MACHINE_ID) c.machineId = env.SHAKE_MACHINE_ID;
  if (env.SHAKE_AGENT_SOCKET) c.socketPath = env.SHAKE_AGENT_SOCKET;
  if (env.SHAKE_SEED_PART) c.seedPartPath = env.SHAKE_SEED_PART;
  if (env.SHAKE_SEED_MANIFEST) c.manifestPath = env.SHAKE_SEED_MANIFEST;
  if (env.SHAKE_AGENT_STATE_DIR) c.stateDir = env.SHAKE_AGENT_STATE_DIR;
  if (env.SHAKE_ISSUED_DB) c.issuedDbPath = env.SHAKE_ISSUED_DB;
  if (env.SHAKE_AGENT_ADMIN_PORT) c.admin.port = Number(env.SHAKE_AGENT_ADMIN_PORT);
  if (env.SHAKE_RECYCLE_URL) c.recycle.sourceUrl = env.SHAKE_RECYCLE_URL;
  if (env.SHAKE_MONEY_URLS) c.money.endpoints = env.SHAKE_MONEY_URLS.split(',').map((u) => u.trim()).filter(Boolean);
  if (env.SHAKE_JOURNAL) c.forwarder.journalPath = env.SHAKE_JOURNAL;
  if (env.SHAKE_QUEUE_SQLITE) c.forwarder.queue = { kind: 'sqlite', path: env.SHAKE_QUEUE_SQLITE };
  return c;
}

async function main(): Promise<void> {
  const config = agentConfigFromEnv(process.env);
  const logger = createLogger('agent', { base: { component: 'agent', agentId: config.agentId, gatewayId: config.gatewayId, pid: process.pid } });
  config.serviceToken = resolveSecrets(['service'], process.env, (msg, f) => logger.warn(f, msg)).service;
  const agent = await startAgent(config, logger);
  const r = agent.feedRefusal();
  if (r) console.error(`agent: FEEDING REFUSED: ${r.code}: ${r.message}`);
  console.log(`agent ready: ${config.agentId} for gateway ${config.gatewayId} (machine ${config.machineId}); admin http://${config.admin.host}:${agent.adminPort}/status${r ? ' [not feeding]' : ''}`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await agent.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err) => {
    console.error(`agent failed to start: ${err instanceof Error ? `${(err as { code?: string }).code ?? ''} ${err.message}` : String(err)}`);
    process.exit(1);
  });
}
