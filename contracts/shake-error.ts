/**
 * Typed errors with stable codes. Anything a phone or an operator can see
 * carries one of these codes; messages may change, codes never do. Every code
 * is an entry of the one catalogue, contracts/errors.ts. Lives in contracts/
 * so the phone SDK (client/) can share it without server code.
 */
import type { ErrorCode } from './errors.ts';

export class ShakeError extends Error {
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message);
    this.name = 'ShakeError';
    this.code = code;
    this.details = details;
  }
  toJSON(): Record<string, unknown> {
    return { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) };
  }
}

export function isShakeError(e: unknown): e is ShakeError {
  return e instanceof ShakeError;
}
