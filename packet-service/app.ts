/** Wires one packet service: shard writers + sweeper + HTTP API + queue consumer. */
import type http from 'node:http';
import type { QueueConsumer } from '../queue/types.ts';
import { SqliteConsumer } from '../queue/sqlite-queue.ts';
import { createLogger } from '../common/logger.ts';
import { mintsElsewhere, needsCapLink, type PacketServiceConfig } from './config.ts';
import { ShakeError } from '../common/errors.ts';
import { PacketService, type ServiceOptions } from './service.ts';
import { createHttpServer, listen } from './http.ts';
import { startConsumer } from './consumer.ts';
import { createConsumer } from '../queue/factory.ts';
import type { JetStreamQueueConfig } from '../queue/config.ts';
import { CapLink } from './sets/cap-link.ts';
import { MintOutbox } from './sets/mint-outbox.ts';
import { JetStreamPublisher } from '../queue/jetstream-publisher.ts';

export interface RunningPacketService {
  readonly service: PacketService;
  readonly server: http.Server;
  readonly port: number;
  readonly consumer: QueueConsumer | null;
  stop(): Promise<void>;
}

export interface StartOptions extends ServiceOptions {
  /** The service credential the HTTP API requires (SHAKE_SERVICE_TOKEN). */
  serviceToken: string;
}

export async function startPacketService(config: PacketServiceConfig, options: StartOptions): Promise<RunningPacketService> {
  const log = options.logger ?? createLogger('packet-service');
  // Without the link, packets of users another SET decides would never move: refuse to start instead.
  if (needsCapLink(config.set) && !config.set.capLink) {
    throw new ShakeError('CONFIG_INVALID', 'packet-service config: set.capLink is needed (several cap SETs, or a SET that decides no caps)', { field: 'set.capLink' });
  }
  const service = new PacketService(config, { ...options, logger: log });
  service.startSweeper();
  // With several SETs, users of other cap SETs are decided over the link before any operation is applied.
  const capLink = config.set.capLink ? await CapLink.start(config.set, service.localCaps, { serviceToken: options.serviceToken }, log) : null;
  if (capLink) service.useCaps(capLink);
  // Recycled money minted for another SET reaches it as MINT entries (validated: JetStream with sets).
  const outbox = mintsElsewhere(config.set)
    ? new MintOutbox(service, await JetStreamPublisher.create(config.queue as JetStreamQueueConfig, { serviceToken: options.serviceToken, logger: log }), log, Math.min(config.sweepIntervalMs, 500))
    : null;
  outbox?.start();
  let consumer: QueueConsumer | null = null;
  if (config.queue.kind === 'sqlite') {
    consumer = new SqliteConsumer({ path: config.queue.path, consumerName: config.queue.consumerName, maxInFlight: config.queue.maxInFlight, logger: log });
  } else if (config.queue.kind === 'jetstream') {
    consumer = await createConsumer(setConsumerConfig(config), { serviceToken: options.serviceToken, logger: log });
  }
  const c = consumer;
  const healthExtras = () => ({ set: config.set.index, seedSets: config.set.seedSets, capSets: config.set.capSets, applied: service.appliedTotal,
    ...(capLink ? { capLink: capLink.stats } : {}), ...(outbox ? { mintInto: config.set.mintInto, mintOutbox: outbox.stats } : {}) });
  const server = createHttpServer(service, c ? { serviceToken: options.serviceToken, lag: () => c.lag(), healthExtras } : { serviceToken: options.serviceToken, healthExtras });
  const port = await listen(server, config.http.host, config.http.port);
  const stopExpiry = c ? await startConsumer(c, service, log, config.expiry) : () => undefined;
  log.info({ port, shards: config.shardCount, set: config.set.index, seedSets: config.set.seedSets, dataDir: config.dataDir, queue: config.queue.kind }, 'packet service up');
  return {
    service, server, port, consumer,
    async stop() {
      stopExpiry();
      await consumer?.close();
      await outbox?.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await service.close();
    },
  };
}

/**
 * A SET reads only its own subjects through its own durable consumer (one name per SET:
 * a durable's filter is its identity). Without `sets` the single money service reads all.
 */
export function setConsumerConfig(config: PacketServiceConfig): JetStreamQueueConfig {
  const q = config.queue as JetStreamQueueConfig;
  if (!q.sets) return q;
  return { ...q, consumeSet: config.set.index, consumerName: `${q.consumerName ?? 'packet-service'}-set-${config.set.index}` };
}
