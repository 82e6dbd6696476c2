/**
 * Opens the agent link: the Unix socket the local agent feeds the packet pool
 * through, and over which the gateway hands it the show config it runs.
 */
import path from 'node:path';
import type { Logger } from '../common/logger.ts';
import { AgentLinkServer, type AgentLinkServerOptions } from './agent-link/agent-link-server.ts';
import type { PoolProducer } from './pool/packet-pool.ts';
import type { SharedClock } from './show-clock.ts';
import type { ShowConfig } from '../contracts/show/types.ts';
import { AGENT_SOCKET_FILE } from '../contracts/disk/gateway-files.ts';

export async function openAgentLink(opts: {
  socketPath: string | null;
  dataDir: string;
  gatewayId: string;
  serviceToken: string;
  startedAtMs: number;
  pool: PoolProducer;
  currentShow: () => ShowConfig;
  clock: SharedClock;
  logger: Logger;
  money?: Pick<AgentLinkServerOptions, 'onMoneyReply' | 'onAgentGone'>;
}): Promise<AgentLinkServer> {
  const link = new AgentLinkServer({
    socketPath: opts.socketPath ?? path.join(opts.dataDir, AGENT_SOCKET_FILE),
    gatewayId: opts.gatewayId,
    serviceToken: opts.serviceToken,
    startedAtMs: opts.startedAtMs,
    pool: opts.pool,
    currentConfig: () => {
      const show = opts.currentShow();
      return { version: show.version, json: JSON.stringify(show) };
    },
    logger: opts.logger.child({ part: 'agent-link' }),
    now: () => opts.clock.now(),
    ...opts.money,
  });
  await link.listen();
  return link;
}
