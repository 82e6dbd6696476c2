/**
 * Config instance process entry.
 *   node --import tsx config-service/main.ts [--config instance.json]
 * The JSON file holds a Partial<InstanceConfig>; env SHAKE_CONFIG_INSTANCE may
 * hold the same JSON inline; SHAKE_OPERATORS ("alice=tokenA,bob=tokenB") and
 * SHAKE_OPERATOR_TOKEN (named SHAKE_OPERATOR_NAME, default the OS user) add operators.
 * Prints one JSON line {"evt":"listening","port":N,...} on stdout when ready.
 */
import { readFileSync } from 'node:fs';
import { createLogger } from '../common/logger.ts';
import { instanceConfig, type InstanceConfig } from './instance-config.ts';
import { startInstance } from './instance.ts';
import { operatorsFromEnv } from './operators.ts';

const args = process.argv.slice(2);
const fileIdx = args.indexOf('--config');
let partial: Partial<InstanceConfig> = {};
if (fileIdx >= 0) partial = JSON.parse(readFileSync(args[fileIdx + 1], 'utf8')) as Partial<InstanceConfig>;
else if (process.env.SHAKE_CONFIG_INSTANCE) partial = JSON.parse(process.env.SHAKE_CONFIG_INSTANCE) as Partial<InstanceConfig>;
// A deployment that already put the environment's token into the instance config (ops/deploy) is not counted twice.
const configured = partial.operators ?? [];
const known = new Set(configured.map((o) => o.token));
const envToken = process.env.SHAKE_OPERATOR_TOKEN;
partial.operators = [...configured, ...operatorsFromEnv(process.env, envToken && !known.has(envToken) ? envToken : undefined).filter((o) => !known.has(o.token))];
const cfg = instanceConfig(partial);
const logger = createLogger('config-service').child({ site: cfg.site, instanceId: cfg.instanceId });
const inst = await startInstance(cfg, logger);
process.stdout.write(JSON.stringify({ evt: 'listening', port: inst.port, url: inst.url, site: cfg.site, instanceId: cfg.instanceId }) + '\n');
const stop = async () => { await inst.close(); process.exit(0); };
process.on('SIGINT', () => { void stop(); });
process.on('SIGTERM', () => { void stop(); });
