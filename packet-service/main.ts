/**
 * Process entry of the packet service. Config: a JSON file (argv[2] or
 * PACKET_SERVICE_CONFIG) merged with env overrides; everything below takes the
 * typed config object. SHAKE_SERVICE_TOKEN (required; a default in the development
 * profile) is the credential callers of the HTTP API present. Prints one JSON line {"ready":true,"port":N} on stdout when up.
 *
 *   node --import tsx packet-service/main.ts config.json
 *   PACKET_DATA_DIR=var/packets PACKET_QUEUE_PATH=var/queue.sqlite PACKET_EXPECTED_JOURNALS=gw-1,gw-2 node --import tsx packet-service/main.ts
 *
 * A money SET of several: the config file gives `set: {index, seedSets, capSets}` and a JetStream
 * `queue` with `sets` (README "Money SETs"); without them it is the single money service.
 */
import { readFileSync } from 'node:fs';
import { makeConfig, type PacketServiceConfigInput } from './config.ts';
import { startPacketService, type RunningPacketService } from './app.ts';
import { configInputFromEnv } from './env-config.ts';
import { isShakeError } from '../common/errors.ts';
import { resolveSecrets } from '../common/secrets.ts';
import { createLogger } from '../common/logger.ts';

function loadInput(): PacketServiceConfigInput {
  const file = process.argv[2] ?? process.env.PACKET_SERVICE_CONFIG;
  return configInputFromEnv((file ? JSON.parse(readFileSync(file, 'utf8')) : {}) as Partial<PacketServiceConfigInput>, process.env);
}

const logger = createLogger('packet-service');
let app: RunningPacketService;
try {
  // The HTTP API is internal: every caller presents SHAKE_SERVICE_TOKEN (common/service-auth.ts).
  const secrets = resolveSecrets(['service'], process.env, (msg, fields) => logger.warn(fields, msg));
  app = await startPacketService(makeConfig(loadInput()), { logger, serviceToken: secrets.service });
} catch (e) {
  // A refused start (secrets, config, data dir layout) is one line for the operator, not a stack trace.
  if (!isShakeError(e)) throw e;
  process.stderr.write(`packet-service: ${e.code}: ${e.message}\n`);
  process.exit(2);
}
process.stdout.write(`${JSON.stringify({ ready: true, port: app.port, pid: process.pid })}\n`);
let stopping = false;
for (const sig of ['SIGTERM', 'SIGINT'] as const) {
  process.on(sig, () => {
    if (stopping) return;
    stopping = true;
    app.stop().then(() => process.exit(0), () => process.exit(1));
  });
}
