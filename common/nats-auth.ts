/**
 * NATS credentials, derived from the deployment's one service credential
 * (SHAKE_SERVICE_TOKEN, common/service-auth.ts) so the cluster needs no secret
 * of its own to manage or rotate: rotating the service token rotates these.
 *
 * - clients (gateways, agents, money SETs, config instances, tools): user `shake`,
 *   password HMAC-SHA256(serviceToken, "nats-client") in hex;
 * - the cluster's routes between nats-server nodes: user `shake-route`,
 *   password HMAC-SHA256(serviceToken, "nats-route") in hex. A separate user so
 *   a client credential cannot open a route (and the other way round).
 *
 * Hex keeps the password free of characters the nats-server config or a URL
 * would need to quote.
 */
import { createHmac } from 'node:crypto';

export interface NatsCredentials {
  user: string;
  pass: string;
}

export const NATS_CLIENT_USER = 'shake';
export const NATS_ROUTE_USER = 'shake-route';

function derive(serviceToken: string, purpose: string): string {
  if (typeof serviceToken !== 'string' || serviceToken.length === 0) {
    // An empty key would give every deployment the same password.
    throw new TypeError('NATS credentials need the service token');
  }
  return createHmac('sha256', serviceToken).update(purpose).digest('hex');
}

/** What every client presents to the cluster's client port. */
export function natsClientCredentials(serviceToken: string): NatsCredentials {
  return { user: NATS_CLIENT_USER, pass: derive(serviceToken, 'nats-client') };
}

/** What the nodes present to each other on the cluster (route) port. */
export function natsRouteCredentials(serviceToken: string): NatsCredentials {
  return { user: NATS_ROUTE_USER, pass: derive(serviceToken, 'nats-route') };
}
