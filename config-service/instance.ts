/**
 * One config instance: store + service + push hub + file writer + HTTP API.
 * Every new version the store reports (whichever instance accepted it) goes
 * out on channel (a) push and channel (b) files; channel (c) is gateways
 * polling GET /config.
 */
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../common/logger.ts';
import { defaultShowConfig } from './document/default-show.ts';
import { DraftDesk } from './drafts.ts';
import { ConfigFileWriter } from './file-writer.ts';
import { PushHub } from './http/push-hub.ts';
import { createApiServer } from './http/server.ts';
import type { InstanceConfig } from './instance-config.ts';
import { OperatorAuth } from './operators.ts';
import { ConfigService } from './service.ts';
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
    : new NatsKvConfigStore({ ...cfg.store, clientName: `config-${name}`, logger });
  await store.start();
  const service = new ConfigService(store, {
    instanceName: `${cfg.site}/${cfg.instanceId}`, clockOffsetThresholdMs: cfg.clockOffsetThresholdMs,
    staleAfterMs: cfg.staleAfterMs, reportWriteIntervalMs: cfg.reportWriteIntervalMs, commitTimeoutMs: cfg.commitTimeoutMs,
    imminentWindowMs: cfg.imminentWindowMs, twoPersonRule: cfg.twoPersonRule, heldSponsorIds: () => (cfg.heldSponsorIds ? new Set(cfg.heldSponsorIds) : null), now: Date.now, logger,
  });
  const push = new PushHub(cfg.pushHeartbeatMs);
  const files = new ConfigFileWriter(cfg.fileTargets, `show.${name}.json`, logger);
  store.onVersion((doc) => {
    push.broadcast(doc);
    void files.write(doc);
    logger.info({ version: doc.version, updatedBy: doc.updatedBy }, 'new config version distributed');
  });
  if (cfg.seedDefault) await service.seedIfEmpty(defaultShowConfig(Date.now(), { gatewayIds: cfg.seedFleet }));
  const latest = store.latest();
  if (latest) await files.write(latest);

  const server: http.Server = createApiServer({
    service, drafts: new DraftDesk(service, store, Date.now), auth: new OperatorAuth(cfg.operators), push,
    identity: { site: cfg.site, instanceId: cfg.instanceId }, peers: cfg.peers, logger,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(cfg.port, cfg.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  logger.info({ port, site: cfg.site, instanceId: cfg.instanceId, store: cfg.store.kind, latestVersion: latest?.version ?? 0 }, 'config instance listening');
  return {
    port, url: `http://${cfg.host}:${port}`, service,
    async close() {
      push.close();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
      await store.close();
    },
  };
}
