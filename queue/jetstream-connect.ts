/**
 * The one place NATS connection options are built and connections opened.
 * Every client authenticates with the credentials derived from the service
 * token (common/nats-auth.ts); a refused credential is a configuration error,
 * not an outage, so it fails at once with SERVICE_UNAUTHORIZED instead of being
 * retried forever like an unreachable cluster.
 */
import { connect, ErrorCode, NatsError, type ConnectionOptions, type NatsConnection } from 'nats';
import { ShakeError } from '../common/errors.ts';
import type { Logger } from '../common/logger.ts';
import { natsClientCredentials } from '../common/nats-auth.ts';

/** What a NATS client needs to be let in: the deployment's service token. */
export interface NatsAuth {
  serviceToken: string;
}

/** Connection options with the client credentials; `extra` carries the caller's reconnect/ping policy. */
export function natsClientOptions(servers: readonly string[], auth: NatsAuth, extra: Partial<ConnectionOptions> = {}): ConnectionOptions {
  return { ...extra, servers: [...servers], ...natsClientCredentials(auth.serviceToken) };
}

const AUTH_CODES: ReadonlySet<string> = new Set([
  ErrorCode.AuthorizationViolation, ErrorCode.AuthenticationExpired, ErrorCode.AuthenticationTimeout,
]);

/** True for the server's answer to a missing or wrong credential. */
export function isNatsAuthError(e: unknown): boolean {
  return e instanceof NatsError && AUTH_CODES.has(e.code);
}

/** The typed error for a refused NATS credential (the catalogue's SERVICE_UNAUTHORIZED). */
export function natsUnauthorized(servers: readonly string[], e: unknown): ShakeError {
  return new ShakeError('SERVICE_UNAUTHORIZED', `NATS refused the client credential (user/password derived from SHAKE_SERVICE_TOKEN): ${(e as Error).message}`,
    { servers: [...servers] });
}

/** Connects with `options` (from natsClientOptions); a refused credential throws SERVICE_UNAUTHORIZED. */
export async function connectNats(options: ConnectionOptions): Promise<NatsConnection> {
  try {
    return await connect(options);
  } catch (e) {
    if (isNatsAuthError(e)) throw natsUnauthorized(([] as string[]).concat(options.servers ?? []), e);
    throw e;
  }
}

/**
 * One NATS connection that never gives up reconnecting (the cluster may be fully
 * down for a while), but gives up at once on a refused credential.
 */
export async function connectForever(servers: readonly string[], name: string, auth: NatsAuth, log: Logger): Promise<NatsConnection> {
  const nc = await connectNats(natsClientOptions(servers, auth, {
    name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
    reconnectJitter: 100,
    waitOnFirstConnect: true,
    pingInterval: 2_000,
    maxPingOut: 2,
  }));
  void logStatus(nc, name, log);
  return nc;
}

/** Logs disconnects; a connection the server closed for a refused credential is logged as SERVICE_UNAUTHORIZED. */
export async function logStatus(nc: NatsConnection, name: string, log: Logger): Promise<void> {
  void nc.closed().then((err) => {
    if (err && isNatsAuthError(err)) log.error({ code: 'SERVICE_UNAUTHORIZED', client: name, err: err.message }, 'nats closed the connection: credential refused');
  });
  for await (const s of nc.status()) {
    if (s.type === 'disconnect' || s.type === 'reconnect' || s.type === 'error') {
      log.info({ status: s.type, data: String(s.data) }, 'nats connection status');
    }
  }
}
