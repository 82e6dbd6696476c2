/**
 * The deployed async queue: a NATS JetStream stream (file storage, replicas 3)
 * with a durable pull consumer. Same interface as the SQLite queue.
 */
export { JetStreamPublisher, KEY_HEADER } from './jetstream-publisher.ts';
export { JetStreamConsumer, type JetStreamConsumerOptions } from './jetstream-consumer.ts';
export { streamConfig, ensureStream } from './jetstream-stream.ts';
export { subjectFor, shardOf } from './shard.ts';
