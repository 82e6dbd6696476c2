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
  SHARD_COUNT_MISMATCH: { audience: ['operator'], message: 'the money data dir was created with another shard count; start with the recorded count (packets route by id mod shard count)' },
  DATA_FORMAT_UNSUPPORTED: { audience: ['operator'], message: 'the money data dir has another format version than this service reads' },
  DATA_LAYOUT_INVALID: { audience: ['operator'], message: 'the money data dir layout record (layout.json) is unreadable or incomplete' },
  ARCHIVE_BLOCKED: { audience: ['operator'], message: 'a day slot still holds an open group packet or a pending split amount; it is not archived (money would be moved out of reach)' },
  OPERATION_REJECTED: { audience: ['operator'], message: 'an open/share operation paid nothing: its packet is not in the money side\'s book as it says (reason unknown_packet, content_differs, other_user or expired); kept in t_rejected and listed by the reconciliation' },
  SEED_IMPORT_CONFLICT: { audience: ['operator', 'cli'], message: 'a seed record is already in the money side\'s packet book with another sponsor, amount or shares; nothing of that chunk was imported' },
  SEED_IMPORT_FAILED: { audience: ['operator', 'cli'], message: 'the seed import could not read or record its input' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERRORS;

export function errorSpec(code: ErrorCode): ErrorSpec {
  return ERRORS[code];
}

/** A ShakeError whose code is in the catalogue (message defaults to the catalogue's). */
export function catalogued(code: ErrorCode, message?: string, details?: Record<string, unknown>): ShakeError {
  return new ShakeError(code, message ?? ERRORS[code].message, details);
}
