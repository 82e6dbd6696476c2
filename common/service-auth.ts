/**
 * The one service credential between our own processes (gateway ↔ config
 * service reports, agent → money service, tools → money service): a bearer
 * token in the `authorization` header, `SHAKE_SERVICE_TOKEN`, resolved through
 * `resolveSecrets(['service'], ...)`. Per-gateway credentials for config reports
 * are derived from it with `gatewayCredential` so one leaked gateway cannot
 * report as another.
 */
import { createHmac } from 'node:crypto';
import { credentialMatches } from './secrets.ts';

export const SERVICE_AUTH_HEADER = 'authorization';

export function serviceAuthHeaders(token: string): Record<string, string> {
  return { [SERVICE_AUTH_HEADER]: `Bearer ${token}` };
}

/** True when an `authorization` header value carries the expected bearer token. */
export function isServiceAuthorized(headerValue: string | string[] | undefined, token: string): boolean {
  if (typeof headerValue !== 'string' || !headerValue.startsWith('Bearer ')) return false;
  return credentialMatches(headerValue.slice('Bearer '.length), token);
}

/** The credential one gateway presents to the config service: HMAC of its id under the service token. */
export function gatewayCredential(serviceToken: string, gatewayId: string): string {
  return createHmac('sha256', serviceToken).update(`gateway:${gatewayId}`).digest('base64url');
}
