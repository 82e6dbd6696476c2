/**
 * The one error catalogue: every code a phone, an operator, a CLI user or
 * another service can see, with who sees it, its HTTP status or WebSocket close
 * code where it has one, and its message. One code per meaning; codes never
 * change once shipped, messages may.
 *
 * New codes go here. (Codes from before the catalogue are being moved in.)
 */
import { ShakeError } from '../common/errors.ts';

export type Audience = 'phone' | 'operator' | 'service' | 'cli';

export interface ErrorSpec {
  readonly audience: readonly Audience[];
  /** HTTP status where the code is sent over HTTP. */
  readonly http?: number;
  /** WebSocket close code where the code closes a phone's connection. */
  readonly close?: number;
  readonly message: string;
}

export const ERRORS = {
  PROFILE_INVALID: { audience: ['operator'], message: 'SHAKE_PROFILE must be "development" or "production"' },
  SECRETS_REFUSED: { audience: ['operator'], message: 'a secret is missing, too short, a public development secret outside development, or equal to another' },
  // Admission of phones (WebSocket upgrades and connections).
  UNAUTHENTICATED_RATE_LIMITED: { audience: ['phone'], http: 429, message: 'too many upgrades without a valid token' },
  USER_CONNECTION_REPLACED: { audience: ['phone'], close: 4001, message: 'a newer connection of the same user replaced this one' },
  // Internal HTTP surfaces (gateway admin, agent admin, config service, money service): one error shape {code, message}.
  SERVICE_UNAUTHORIZED: { audience: ['service', 'operator'], http: 401, message: 'missing or wrong service credential (Authorization: Bearer)' },
  CROSS_ORIGIN_REFUSED: { audience: ['operator'], http: 403, message: 'state-changing requests from another origin are refused' },
  UNKNOWN_GATEWAY: { audience: ['service'], http: 403, message: 'the gateway id is not in the show\'s fleet list' },
  BODY_TOO_LARGE: { audience: ['service', 'operator'], http: 413, message: 'request body over the limit' },
  BAD_REQUEST: { audience: ['service', 'operator'], http: 400, message: 'malformed request' },
  BAD_JSON: { audience: ['service', 'operator'], http: 400, message: 'request body is not valid JSON' },
  REQUEST_TIMEOUT: { audience: ['service', 'operator'], http: 408, message: 'request headers or body not received in time' },
  TOO_MANY_CONNECTIONS: { audience: ['service', 'operator'], http: 503, message: 'connection limit of this server reached' },
  PUSH_CLIENTS_FULL: { audience: ['service'], http: 503, message: 'push client limit reached; poll instead' },
  NOT_FOUND: { audience: ['service', 'operator'], http: 404, message: 'no such endpoint' },
  AGENT_LINK_UNAUTHORIZED: { audience: ['service'], message: 'agent hello without the right service token' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERRORS;

export function errorSpec(code: ErrorCode): ErrorSpec {
  return ERRORS[code];
}

/** A ShakeError whose code is in the catalogue (message defaults to the catalogue's). */
export function catalogued(code: ErrorCode, message?: string, details?: Record<string, unknown>): ShakeError {
  return new ShakeError(code, message ?? ERRORS[code].message, details);
}
