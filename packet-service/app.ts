/** Wires one packet service: shard writers + sweeper + HTTP API + queue consumer. */
import type http from 'node:http';
import type { QueueConsumer } from '../queue/types.ts';
import { SqliteConsumer } from '../queue/sqlite-queue.ts';
import { createLogger } from '../common/logger.ts';
import type { PacketServiceConfig } from './config.ts';
import { PacketService, type ServiceOptions } from './service.ts';
import { createHttpServer, listen } from './http.ts';
import { startConsumer } from './consumer.ts';

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
  const service = new PacketService(config, { ...options, logger: log });
  service.startSweeper();
  let consumer: QueueConsumer | null = null;
  if (config.queue.kind === 'sqlite') {
    consumer = new SqliteConsumer({ path: config.queue.path, consumerName: config.queue.consumerName, maxInFlight: config.queue.maxInFlight, logger: log });
  }
  const c = consumer;
  const server = createHttpServer(service, c ? { serviceToken: options.serviceToken, lag: () => c.lag() } : { serviceToken: options.serviceToken });
  const port = await listen(server, config.http.host, config.http.port);
  const stopExpiry = c ? await startConsumer(c, service, log, config.expiry) : () => undefined;
  log.info({ port, shards: config.shardCount, dataDir: config.dataDir, queue: config.queue.kind }, 'packet service up');
  return {
    service, server, port, consumer,
    async stop() {
      stopExpiry();
      await consumer?.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await service.close();
    },
  };
}
