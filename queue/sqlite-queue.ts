/**
 * The embedded (one machine) async queue: a SQLite file in WAL mode shared by
 * publisher and consumer processes. Same interface as the JetStream queue.
 */
export { SqlitePublisher, type SqlitePublisherOptions } from './sqlite-publisher.ts';
export { SqliteConsumer, type SqliteConsumerOptions } from './sqlite-consumer.ts';
