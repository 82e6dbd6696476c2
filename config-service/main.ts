/**
 * Config instance process entry.
 *   node --import tsx config-service/main.ts [--config instance.json]
 * The JSON file holds a Partial<InstanceConfig>; env SHAKE_CONFIG_INSTANCE may
 * hold the same JSON inline; SHAKE_OPERATORS ("alice=tokenA,bob=tokenB") and
 * SHAKE_OPERATOR_TOKEN (named SHAKE_OPERATOR_NAME, default the OS user) add
 * operators (in the development profile, SHAKE_PROFILE=development, the
 * documented development token stands in when no operator is configured).
 * Operator tokens go through common/secrets.ts: development or equal tokens are
 * refused outside the development profile.
 * SHAKE_SERVICE_TOKEN is the service credential gateways' reports are checked against.
 * Prints one JSON line {"evt":"listening","port":N,...} on stdout when ready.
 */
import { readFileSync } from 'node:fs';
import { createLogger } from '../common/logger.ts';
import { checkSecrets, profileFromEnv, resolveSecrets, type Warn } from '../common/secrets.ts';
import { catalogued } from '../contracts/errors.ts';
import { operatorsFromEnv, type Operator } from './operators.ts';
import { instanceConfig, type InstanceConfig } from './instance-config.ts';
import { startInstance } from './instance.ts';

const args = process.argv.slice(2);
const fileIdx = args.indexOf('--config');
let partial: Partial<InstanceConfig> = {};
if (fileIdx >= 0) partial = JSON.parse(readFileSync(args[fileIdx + 1], 'utf8')) as Partial<InstanceConfig>;
else if (process.env.SHAKE_CONFIG_INSTANCE) partial = JSON.parse(process.env.SHAKE_CONFIG_INSTANCE) as Partial<InstanceConfig>;
const base = createLogger('config-service');
try {
  partial.operators = operatorsWithSecrets(partial.operators ?? [], process.env, (msg, fields) => base.warn(fields, msg));
} catch (e) {
  console.error(`config instance refused to start: ${(e as Error).message}`);
  process.exit(1);
}
let cfg: InstanceConfig;
try {
  cfg = instanceConfig(partial);
} catch (e) {
  // One line naming the code and the field, not a stack trace: this is the operator's deployment file.
  const code = (e as { code?: string }).code;
  console.error(`config instance refused to start: ${code ? `${code}: ` : ''}${(e as Error).message}`);
  process.exit(1);
}
const logger = base.child({ site: cfg.site, instanceId: cfg.instanceId });
cfg.serviceToken = resolveSecrets(['service'], process.env, (msg, f) => logger.warn(f, msg)).service;
const inst = await startInstance(cfg, logger);
process.stdout.write(JSON.stringify({ evt: 'listening', port: inst.port, url: inst.url, site: cfg.site, instanceId: cfg.instanceId }) + '\n');
const stop = async () => { await inst.close(); process.exit(0); };
process.on('SIGINT', () => { void stop(); });
process.on('SIGTERM', () => { void stop(); });

function operatorsWithSecrets(configured: Operator[], env: NodeJS.ProcessEnv, warn: Warn): Operator[] {
  // A deployment that already put the environment's token into the instance config (ops/deploy) is not counted twice.
  const known = new Set(configured.map((o) => o.token));
  const wantsOwn = env.SHAKE_OPERATOR_TOKEN !== undefined || (configured.length === 0 && !env.SHAKE_OPERATORS);
  const own = wantsOwn ? resolveSecrets(['operator'], env, warn).operator : undefined;
  const operators = [...configured, ...operatorsFromEnv(env, own).filter((o) => !known.has(o.token))];
  const profile = profileFromEnv(env);
  const problems = operators.flatMap((o) => checkSecrets({ operator: o.token }, profile, warn).map((p) => `operator ${o.name}: ${p}`));
  if (problems.length > 0) throw catalogued('SECRETS_REFUSED', `refusing to start (${profile} profile): ${problems.join('; ')}`);
  return operators;
}
