/**
 * The one error catalogue: every code a phone, an operator, a CLI user or
 * another service can see, with who sees it, its HTTP status or WebSocket close
 * code where it has one, and its message. One code per meaning; codes never
 * change once shipped, messages may.
 *
 * New codes go here. (Codes from before the catalogue are being moved in.)
 */
import { ShakeError } from '../contracts/shake-error.ts';

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
  // Money requests from phones (grab, balance, packet detail) and the money service's HTTP API.
  TRY_AGAIN_LATER: { audience: ['phone'], message: 'the money side did not answer in time; send the same request again after retry_after_ms' },
  GROUP_PACKET_NOT_FOUND: { audience: ['phone', 'service'], http: 404, message: 'no such group packet (a share reaches the money service a moment after its reply)' },
  GROUP_PACKET_EMPTY: { audience: ['phone', 'service'], http: 409, message: 'every share of the group packet is taken' },
  GROUP_PACKET_EXPIRED: { audience: ['phone', 'service'], http: 410, message: 'the group packet expired; its rest went back to the sender' },
  DETAIL_PAGE_LIMIT: { audience: ['phone', 'service'], http: 403, message: 'only the first two screens (pages 0 and 1) of a detail list are served' },
  REQUEST_INVALID: { audience: ['phone', 'service'], http: 400, message: 'the request is missing a field or has an invalid one' },
  SERVICE_AUTH_REQUIRED: { audience: ['service'], http: 401, message: 'internal API: send Authorization: Bearer <SHAKE_SERVICE_TOKEN>' },
  // Resource pre-download (the SDK reports these; the gateway never sees the files).
  RESOURCE_CORRUPT: { audience: ['phone'], message: 'a downloaded resource does not match the manifest (size or sha256): refused, not cached' },
  RESOURCE_FETCH_FAILED: { audience: ['phone'], message: 'a resource could not be downloaded; it is tried again on the next prefetch' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERRORS;

export function errorSpec(code: ErrorCode): ErrorSpec {
  return ERRORS[code];
}

/** A ShakeError whose code is in the catalogue (message defaults to the catalogue's). */
export function catalogued(code: ErrorCode, message?: string, details?: Record<string, unknown>): ShakeError {
  return new ShakeError(code, message ?? ERRORS[code].message, details);
}
