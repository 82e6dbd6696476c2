/**
 * The config file relay as a process of its own (the agent runs the same
 * relay when its config has `configRelay`):
 *   node --import tsx agent/config-relay/main.ts --config relay.json   (a ConfigRelayConfig)
 * Prints {"evt":"relay-ready"} and one {"evt":"relayed","version":N} line per version written.
 */
import { readFileSync } from 'node:fs';
import { createLogger } from '../../common/logger.ts';
import { ConfigFileRelay, type ConfigRelayConfig } from './config-relay.ts';

const cfg = JSON.parse(readFileSync(process.argv[process.argv.indexOf('--config') + 1], 'utf8')) as ConfigRelayConfig;
const relay = new ConfigFileRelay(cfg, createLogger('config-relay'));
let last = 0;
relay.start();
setInterval(() => {
  const v = relay.status().version;
  if (v > last) { last = v; process.stdout.write(JSON.stringify({ evt: 'relayed', version: v }) + '\n'); }
}, 20).unref();
process.stdout.write(JSON.stringify({ evt: 'relay-ready' }) + '\n');
const stop = () => { relay.stop(); process.exit(0); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
