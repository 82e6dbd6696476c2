/**
 * The money service on the deployed queue (NATS JetStream, R3), for the
 * rehearsal profile. packet-service/main.ts only wires the embedded SQLite
 * queue today; this entry composes the same parts (PacketService, HTTP API,
 * queue consumer binding) with a JetStream consumer. Prints {"ready":true,...}.
 *
 *   node --import tsx ops/deploy/money-jetstream.ts <config.json>
 *   config.json: { "service": PacketServiceConfigInput, "queue": JetStreamQueueConfig }
 */
import { readFileSync } from 'node:fs';
import { createLogger } from '../../common/logger.ts';
import { makeConfig, type PacketServiceConfigInput } from '../../packet-service/index.ts';
import { PacketService } from '../../packet-service/index.ts';
import { createHttpServer, listen } from '../../packet-service/index.ts';
import { startConsumer } from '../../packet-service/index.ts';
import { createConsumer, type JetStreamQueueConfig } from '../../queue/factory.ts';
import { resolveSecrets } from '../../common/secrets.ts';

const file = process.argv[2];
const input = JSON.parse(readFileSync(file, 'utf8')) as { service: PacketServiceConfigInput; queue: JetStreamQueueConfig };
const config = makeConfig({ ...input.service, queue: { kind: 'none' } });
const log = createLogger('packet-service');
const secrets = resolveSecrets(['service'], process.env, (msg, fields) => log.warn(fields, msg));
const service = new PacketService(config, { logger: log });
service.startSweeper();
const consumer = await createConsumer(input.queue, log);
const server = createHttpServer(service, { serviceToken: secrets.service, lag: () => consumer.lag() });
const port = await listen(server, config.http.host, config.http.port);
await startConsumer(consumer, service, log, config.expiry);
log.info({ port, shards: config.shardCount, dataDir: config.dataDir, queue: 'jetstream', stream: input.queue.stream }, 'packet service up');
process.stdout.write(`${JSON.stringify({ ready: true, port, pid: process.pid })}\n`);
let stopping = false;
for (const sig of ['SIGTERM', 'SIGINT'] as const) {
  process.on(sig, () => {
    if (stopping) return;
    stopping = true;
    void (async () => {
      await consumer.close();
      await new Promise<void>((r) => server.close(() => r()));
      await service.close();
      process.exit(0);
    })().catch(() => process.exit(1));
  });
}
