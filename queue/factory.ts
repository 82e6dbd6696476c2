/** Builds the configured queue's publisher / consumer (config.ts). */
import type { QueueConsumer, QueuePublisher } from './types.ts';
import { validateQueueConfig, type QueueConfig } from './config.ts';
import { SqlitePublisher, SqliteConsumer } from './sqlite-queue.ts';
import { JetStreamPublisher, JetStreamConsumer } from './jetstream-queue.ts';
import type { Logger } from '../common/logger.ts';

export type { QueueConfig, SqliteQueueConfig, JetStreamQueueConfig } from './config.ts';

export async function createPublisher(config: QueueConfig, logger?: Logger): Promise<QueuePublisher> {
  const c = validateQueueConfig(config);
  if (c.kind === 'sqlite') return new SqlitePublisher({ path: c.path });
  return JetStreamPublisher.create(c, logger);
}

export async function createConsumer(config: QueueConfig, logger?: Logger): Promise<QueueConsumer> {
  const c = validateQueueConfig(config);
  if (c.kind === 'sqlite') {
    return new SqliteConsumer({
      path: c.path, consumerName: c.consumerName, maxInFlight: c.maxInFlight,
      ackWaitMs: c.ackWaitMs, pollIntervalMs: c.pollIntervalMs, logger,
    });
  }
  return JetStreamConsumer.create(c, { logger });
}
