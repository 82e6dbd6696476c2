/** Builds the configured queue's publisher / consumer (config.ts). */
import type { QueueClientOptions, QueueConsumer, QueuePublisher } from './types.ts';
import { validateQueueConfig, type QueueConfig } from './config.ts';
import { SqlitePublisher, SqliteConsumer } from './sqlite-queue.ts';
import { JetStreamPublisher, JetStreamConsumer } from './jetstream-queue.ts';

export type { QueueConfig, SqliteQueueConfig, JetStreamQueueConfig } from './config.ts';
export type { QueueClientOptions } from './types.ts';

/** `options.serviceToken` authenticates to NATS (a JetStream queue); the embedded SQLite queue needs none. */
export async function createPublisher(config: QueueConfig, options: QueueClientOptions): Promise<QueuePublisher> {
  const c = validateQueueConfig(config);
  if (c.kind === 'sqlite') return new SqlitePublisher({ path: c.path });
  return JetStreamPublisher.create(c, options);
}

export async function createConsumer(config: QueueConfig, options: QueueClientOptions): Promise<QueueConsumer> {
  const c = validateQueueConfig(config);
  if (c.kind === 'sqlite') {
    return new SqliteConsumer({
      path: c.path, consumerName: c.consumerName, maxInFlight: c.maxInFlight,
      ackWaitMs: c.ackWaitMs, pollIntervalMs: c.pollIntervalMs, logger: options.logger,
    });
  }
  return JetStreamConsumer.create(c, options);
}
