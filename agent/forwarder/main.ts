/**
 * Process entry point of the forwarder.
 *
 *   node --import tsx agent/forwarder/main.ts <config.json>
 *
 * config.json: { "forwarder": ForwarderConfig, "queue": QueueConfig, "statsIntervalMs"?: number }
 * Env overrides (entry point only): SHAKE_FORWARDER_JOURNAL, SHAKE_FORWARDER_STATE; SHAKE_SERVICE_TOKEN
 * (the NATS credential of a JetStream queue derives from it).
 * Logs stats every statsIntervalMs (default 5000); stops cleanly on SIGTERM/SIGINT.
 */
import { readFileSync } from 'node:fs';
import { Forwarder } from './forwarder.ts';
import type { ForwarderConfig } from './config.ts';
import { createPublisher, type QueueConfig } from '../../queue/factory.ts';
import { createLogger } from '../../common/logger.ts';
import { resolveSecrets } from '../../common/secrets.ts';

interface MainConfig {
  forwarder: ForwarderConfig;
  queue: QueueConfig;
  statsIntervalMs?: number;
}

const log = createLogger('agent.forwarder');
const file = process.argv[2];
if (!file) {
  log.error('usage: main.ts <config.json>');
  process.exit(2);
}
const cfg = JSON.parse(readFileSync(file, 'utf8')) as MainConfig;
if (process.env.SHAKE_FORWARDER_JOURNAL) cfg.forwarder.journalPath = process.env.SHAKE_FORWARDER_JOURNAL;
if (process.env.SHAKE_FORWARDER_STATE) cfg.forwarder.statePath = process.env.SHAKE_FORWARDER_STATE;

// The NATS credential derives from the service token (common/nats-auth.ts), resolved here at the entry point.
const { service: serviceToken } = resolveSecrets(['service'], process.env, (msg, f) => log.warn(f, msg));
const publisher = await createPublisher(cfg.queue, { serviceToken, logger: log });
const forwarder = new Forwarder(cfg.forwarder, { publisher, logger: log });
await forwarder.start();
const statsTimer = setInterval(async () => log.info({ stats: await forwarder.stats() }, 'forwarder stats'), cfg.statsIntervalMs ?? 5000);
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  clearInterval(statsTimer);
  await forwarder.close();
  await publisher.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
