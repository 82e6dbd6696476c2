/**
 * One config instance: store + service + push hub + file writer + HTTP API.
 * Every new version the store reports (whichever instance accepted it) goes
 * out on channel (a) push and channel (b) files; channel (c) is gateways
 * polling GET /config.
 */
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import type { Logger } from '../common/logger.ts';
import { ShakeError } from '../common/errors.ts';
import { defaultShowConfig } from '../contracts/show/default-show.ts';
import { validateShowConfig } from '../contracts/show/validate.ts';
import type { ShowConfig } from '../contracts/show/types.ts';
import { DraftDesk } from './drafts.ts';
import { ConfigFileWriter } from './file-writer.ts';
import { PushHub } from './http/push-hub.ts';
import { createApiServer } from './http/server.ts';
import type { InstanceConfig } from './instance-config.ts';
import { OperatorAuth } from './operators.ts';
import { ConfigService } from './service.ts';
import { MoneySetsMonitor } from './money-sets-monitor.ts';
import { NatsKvConfigStore } from './store/nats-kv-store.ts';
import { SqliteConfigStore } from './store/sqlite-store.ts';
import type { ConfigStore } from './store/types.ts';

export interface RunningInstance {
  port: number;
  url: string;
  service: ConfigService;
  close(): Promise<void>;
}

export async function startInstance(cfg: InstanceConfig, logger: Logger): Promise<RunningInstance> {
  const name = `${cfg.site}-${cfg.instanceId}`;
  const store: ConfigStore = cfg.store.kind === 'sqlite'
    ? new SqliteConfigStore(cfg.store.path)
    : new NatsKvConfigStore({ ...cfg.store, clientName: `config-${name}`, serviceToken: cfg.serviceToken, logger });
  await store.start();
  const service = new ConfigService(store, {
    instanceName: `${cfg.site}/${cfg.instanceId}`, clockOffsetThresholdMs: cfg.clockOffsetThresholdMs,
    staleAfterMs: cfg.staleAfterMs, reportWriteIntervalMs: cfg.reportWriteIntervalMs, commitTimeoutMs: cfg.commitTimeoutMs,
    imminentWindowMs: cfg.imminentWindowMs, twoPersonRule: cfg.twoPersonRule, heldSponsorIds: () => (cfg.heldSponsorIds ? new Set(cfg.heldSponsorIds) : null), now: Date.now, logger,
  });
  const push = new PushHub(cfg.pushHeartbeatMs, cfg.maxPushClients);
  const files = new ConfigFileWriter(cfg.fileTargets, `show.${name}.json`, logger);
  store.onVersion((doc) => {
    push.broadcast(doc);
    void files.write(doc);
    logger.info({ version: doc.version, updatedBy: doc.updatedBy }, 'new config version distributed');
  });
  if (cfg.seedDefault) await service.seedIfEmpty(cfg.seedShowFile ? readSeedShow(cfg.seedShowFile) : defaultShowConfig(Date.now(), { gatewayIds: cfg.seedFleet }));
  const latest = store.latest();
  if (latest) await files.write(latest);

  const moneySets = new MoneySetsMonitor({ sets: cfg.moneySets, intervalMs: cfg.moneySetPollIntervalMs, timeoutMs: cfg.moneySetPollTimeoutMs,
    stallAfterMs: cfg.moneySetStallAfterMs, logger });
  const server: http.Server = createApiServer({ moneySets,
    service, drafts: new DraftDesk(service, store, Date.now), auth: new OperatorAuth(cfg.operators), push,
    serviceToken: cfg.serviceToken, http: cfg.http, identity: { site: cfg.site, instanceId: cfg.instanceId }, peers: cfg.peers, logger,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(cfg.port, cfg.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  // Watching starts once the instance serves: a refused start leaves no poller behind.
  moneySets.start();
  logger.info({ port, site: cfg.site, instanceId: cfg.instanceId, store: cfg.store.kind, latestVersion: latest?.version ?? 0 }, 'config instance listening');
  return {
    port, url: `http://${cfg.host}:${port}`, service,
    async close() {
      push.close();
      await moneySets.stop();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await store.close();
    },
  };
}

/** The show a deployment asked this instance to store first (validated like any change). */
function readSeedShow(file: string): ShowConfig {
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ShakeError('SHOW_CONFIG_UNREADABLE', `cannot read the seed show ${file}: ${(e as Error).message}`);
  }
  const result = validateShowConfig(input);
  if (!result.ok) throw new ShakeError('SHOW_CONFIG_INVALID', `${file}: ${result.errors.map((e) => `${e.path}: ${e.reason}`).join('; ')}`);
  return result.value;
}
