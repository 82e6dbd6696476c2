/**
 * Gateway process entry. Applies env overrides to the embedded defaults,
 * starts the gateway, and wires signals: SIGHUP reloads the logic layer from
 * disk, SIGINT/SIGTERM stop cleanly.
 *
 *   SHAKE_PROFILE=development|production (default production: the development secrets are refused),
 *   SHAKE_WS_PORT (default 8080; admin on +1), SHAKE_AUTH_SECRET, SHAKE_GATEWAY_ID,
 *   SHAKE_HOST, SHAKE_ADMIN_PORT, SHAKE_FAULT_INJECTION=1 (drills only),
 *   SHAKE_GATEWAY_CONFIG=<file.json> (a partial GatewayConfig merged over the defaults first),
 *   SHAKE_DATA_DIR, SHAKE_COOKIE_SECRET, SHAKE_PACKET_SECRET, SHAKE_SHOW_CONFIG=<show.json>,
 *   SHAKE_CAPS_FEED_NATS=<nats urls, comma separated>, SHAKE_LOGIC=basic (benchmark reference),
 *   SHAKE_CONFIG_DIR, SHAKE_CONFIG_URLS=<config instance urls>, SHAKE_NTP_SERVERS=<host:port,...>
 *   SHAKE_SERVICE_TOKEN (the service credential: admin POSTs, agent hello, config reports; see common/service-auth.ts),
 *   SHAKE_MAX_CONNECTIONS_PER_USER (default 3),
 *   SHAKE_OVERLOAD=off (no load tiers, no pacing), SHAKE_CONNECT_RATE=<upgrades/s admitted>,
 *   SHAKE_IO_THREADS / SHAKE_LOGIC_WORKERS=<n> (0 = from the core count; more than one IO
 *   thread needs the port-sharing preload, gateway/io/reuseport.ts)
 */
import { readFileSync } from 'node:fs';
import { createLogger } from '../common/logger.ts';
import { deepMerge } from '../common/deep-merge.ts';
import { ShakeError, isShakeError } from '../common/errors.ts';
import { resolveSecrets, type Warn } from '../common/secrets.ts';
import { defaultGatewayConfig, DEV_AUTH_SECRET, DEV_COOKIE_SECRET, DEV_PACKET_SECRET, type GatewayConfig } from './settings.ts';
import { startGateway } from './gateway.ts';

/**
 * The gateway's secrets through `resolveSecrets`: a variable wins, then a value
 * set in the SHAKE_GATEWAY_CONFIG file; the development defaults only in the
 * development profile (SHAKE_PROFILE); dev or equal secrets elsewhere are refused.
 * The service token (SHAKE_SERVICE_TOKEN) authenticates this gateway to the
 * config service, its agent and the admin callers.
 */
function applySecrets(c: GatewayConfig, env: NodeJS.ProcessEnv, warn: Warn): void {
  const fromFile = (value: string, dev: string) => (value === dev ? undefined : value);
  const s = resolveSecrets(['auth', 'cookie', 'packet', 'service'], {
    ...env,
    SHAKE_AUTH_SECRET: env.SHAKE_AUTH_SECRET ?? fromFile(c.authSecret, DEV_AUTH_SECRET),
    SHAKE_COOKIE_SECRET: env.SHAKE_COOKIE_SECRET ?? fromFile(c.secrets.capCookie, DEV_COOKIE_SECRET),
    SHAKE_PACKET_SECRET: env.SHAKE_PACKET_SECRET ?? fromFile(c.secrets.packetToken, DEV_PACKET_SECRET),
  }, warn);
  c.authSecret = s.auth;
  c.secrets.capCookie = s.cookie;
  c.secrets.packetToken = s.packet;
  c.serviceToken = s.service;
}

export function gatewayConfigFromEnv(env: NodeJS.ProcessEnv, base: GatewayConfig = defaultGatewayConfig(), warn: Warn = () => {}): GatewayConfig {
  let c = structuredClone(base);
  if (env.SHAKE_GATEWAY_CONFIG) {
    try {
      c = deepMerge(c, JSON.parse(readFileSync(env.SHAKE_GATEWAY_CONFIG, 'utf8')));
    } catch (e) {
      throw new ShakeError('GATEWAY_CONFIG_INVALID', `cannot use ${env.SHAKE_GATEWAY_CONFIG}: ${(e as Error).message}`);
    }
  }
  if (env.SHAKE_GATEWAY_ID) c.gatewayId = env.SHAKE_GATEWAY_ID;
  if (env.SHAKE_HOST) c.host = env.SHAKE_HOST;
  if (env.SHAKE_WS_PORT) {
    c.wsPort = Number(env.SHAKE_WS_PORT);
    c.adminPort = c.wsPort === 0 ? 0 : c.wsPort + 1;
  }
  if (env.SHAKE_ADMIN_PORT) c.adminPort = Number(env.SHAKE_ADMIN_PORT);
  if (env.SHAKE_FAULT_INJECTION === '1') c.logic.allowFaultInjection = true;
  if (env.SHAKE_IO_THREADS) c.threads.io = Number(env.SHAKE_IO_THREADS);
  if (env.SHAKE_LOGIC_WORKERS) c.threads.logic = Number(env.SHAKE_LOGIC_WORKERS);
  if (env.SHAKE_MAX_CONNECTIONS) c.limits.maxConnections = Number(env.SHAKE_MAX_CONNECTIONS);
  if (env.SHAKE_MAX_CONNECTIONS_PER_USER) c.limits.maxConnectionsPerUser = Number(env.SHAKE_MAX_CONNECTIONS_PER_USER);
  if (env.SHAKE_OVERLOAD === 'off') c.overload.enabled = false;
  if (env.SHAKE_CONNECT_RATE) {
    c.overload.admission.upgradesPerSec = Number(env.SHAKE_CONNECT_RATE);
    c.overload.admission.burst = Math.max(1, Number(env.SHAKE_CONNECT_RATE));
  }
  if (env.SHAKE_DATA_DIR) c.dataDir = env.SHAKE_DATA_DIR;
  if (env.SHAKE_SHOW_CONFIG) c.showConfigFile = env.SHAKE_SHOW_CONFIG;
  if (env.SHAKE_AGENT_SOCKET) c.agentSocketPath = env.SHAKE_AGENT_SOCKET;
  if (env.SHAKE_CONFIG_DIR) c.configChannels.configDir = env.SHAKE_CONFIG_DIR;
  if (env.SHAKE_CONFIG_URLS) c.configChannels.instanceUrls = env.SHAKE_CONFIG_URLS.split(',').filter(Boolean);
  if (env.SHAKE_NTP_SERVERS) {
    c.ntp.servers = env.SHAKE_NTP_SERVERS.split(',').filter(Boolean).map((hp) => {
      const [host, port] = hp.split(':');
      return { host, port: Number(port ?? 123) };
    });
  }
  applySecrets(c, env, warn);
  if (env.SHAKE_CAPS_FEED_NATS) c.capsFeed = { kind: 'nats', servers: env.SHAKE_CAPS_FEED_NATS.split(','), stream: 'SHAKE_CAPS', subject: 'shake.caps.won', replicas: Number(env.SHAKE_CAPS_FEED_REPLICAS ?? 3) };
  return c;
}

const env = (name: string) => process.env[name];

async function main(): Promise<void> {
  const early = createLogger('gateway', { base: { component: 'gateway', pid: process.pid } });
  const config = gatewayConfigFromEnv(process.env, defaultGatewayConfig(), (msg, fields) => early.warn({ ...fields, gatewayId: process.env.SHAKE_GATEWAY_ID }, msg));
  const logger = early.child({ gatewayId: config.gatewayId });
  const gw = await startGateway(config, logger, { logic: env('SHAKE_LOGIC') === 'basic' ? 'basic' : 'show' });
  console.log(`gateway ${config.gatewayId} listening: ws://${config.host}:${gw.wsPort}/  admin http://${config.adminHost}:${gw.adminPort}/status`);
  process.on('SIGHUP', () => {
    gw.reloadLogic().catch((err) => logger.error({ err }, 'logic reload failed; old generation keeps serving'));
  });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    await gw.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((err) => {
    console.error(`gateway failed to start: ${isShakeError(err) ? `${err.code}: ` : ''}${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  });
}
