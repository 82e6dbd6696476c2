/**
 * Process entry of the phone web server (ops/phone-web/server.ts). Prints
 * `phone web listening on http://host:port/` when up.
 *
 *   SHAKE_PHONE_WEB_PORT (default 8060), SHAKE_PHONE_GATEWAYS (comma list of ws:// URLs),
 *   SHAKE_PHONE_RESOURCES_DIR (default var/resources), SHAKE_PHONE_SDK_DIR (default var/sdk),
 *   SHAKE_AUTH_SECRET (demo tokens; served only with SHAKE_PROFILE=development)
 */
import { startPhoneWeb } from './server.ts';
import { profileFromEnv } from '../../common/secrets.ts';
import { defaultShowConfig } from '../../contracts/show/default-show.ts';

const env = process.env;
const development = profileFromEnv(env) === 'development';
const host = env.SHAKE_PHONE_WEB_HOST ?? '127.0.0.1';
const { port } = await startPhoneWeb({
  host, port: Number(env.SHAKE_PHONE_WEB_PORT ?? 8060),
  gateways: (env.SHAKE_PHONE_GATEWAYS ?? 'ws://127.0.0.1:8080/').split(',').filter(Boolean),
  resourcesDir: env.SHAKE_PHONE_RESOURCES_DIR ?? 'var/resources', sdkDir: env.SHAKE_PHONE_SDK_DIR ?? 'var/sdk',
  authSecret: development ? (env.SHAKE_AUTH_SECRET ?? null) : null,
  demoResources: defaultShowConfig(Date.now()).resources,
});
console.log(`phone web listening on http://${host}:${port}/${development ? '' : ' (no demo tokens: not the development profile)'}`);
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => process.exit(0));
