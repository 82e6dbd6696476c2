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
  // Config changes (console, drills, scripts): every change names the version it was based on.
  BASE_VERSION_REQUIRED: { audience: ['operator'], http: 400, message: 'a change must carry baseVersion, the version it was prepared from' },
  VERSION_CONFLICT: { audience: ['operator'], http: 409, message: 'the show changed since the version this change was based on; nothing was applied (details list what changed)' },
  CONFIRMATION_REQUIRED: { audience: ['operator'], http: 409, message: 'the change moves a running or imminent round, or adds a round no seed can feed; resend with confirmed: true after showing details.confirmations' },
  TWO_PERSON_RULE: { audience: ['operator'], http: 403, message: 'rounds are changed by two people: one prepares a draft, another operator publishes it' },
  DRAFT_NOT_FOUND: { audience: ['operator'], http: 404, message: 'no such draft (published or discarded meanwhile?)' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERRORS;

export function errorSpec(code: ErrorCode): ErrorSpec {
  return ERRORS[code];
}

/** A ShakeError whose code is in the catalogue (message defaults to the catalogue's). */
export function catalogued(code: ErrorCode, message?: string, details?: Record<string, unknown>): ShakeError {
  return new ShakeError(code, message ?? ERRORS[code].message, details);
}
