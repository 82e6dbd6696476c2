/**
 * Typed errors of the seed splitter. Every failure an operator can see carries a
 * stable UPPER_SNAKE code; the CLI prints `seed-splitter: <CODE>: <message>`.
 */
import { ShakeError } from '../common/errors.ts';
import type { ErrorCode } from '../contracts/errors.ts';

export const SeedErrorCode = {
  USAGE: 'USAGE',
  FILE_NOT_FOUND: 'FILE_NOT_FOUND',
  FILE_IO: 'FILE_IO',
  OUTPUT_EXISTS: 'OUTPUT_EXISTS',
  BAD_MAGIC: 'BAD_MAGIC',
  UNSUPPORTED_VERSION: 'UNSUPPORTED_VERSION',
  TRUNCATED_HEADER: 'TRUNCATED_HEADER',
  HEADER_CHECKSUM: 'HEADER_CHECKSUM',
  BAD_HEADER: 'BAD_HEADER',
  TRUNCATED_RECORDS: 'TRUNCATED_RECORDS',
  RECORDS_CHECKSUM: 'RECORDS_CHECKSUM',
  WRONG_KIND: 'WRONG_KIND',
  INVALID_RECORD: 'INVALID_RECORD',
  UNORDERED_RECORDS: 'UNORDERED_RECORDS',
  TOTALS_MISMATCH: 'TOTALS_MISMATCH',
  TOTAL_OVERFLOW: 'TOTAL_OVERFLOW',
  EMPTY_MACHINE_LIST: 'EMPTY_MACHINE_LIST',
  BAD_MACHINE_LIST: 'BAD_MACHINE_LIST',
  BAD_MANIFEST: 'BAD_MANIFEST',
  BAD_PACKET_ID: 'BAD_PACKET_ID',
  ID_SPACE_EXHAUSTED: 'ID_SPACE_EXHAUSTED',
} as const satisfies Record<string, ErrorCode>;
export type SeedErrorCode = (typeof SeedErrorCode)[keyof typeof SeedErrorCode];

export class SeedError extends ShakeError {
  constructor(code: SeedErrorCode, message: string, details?: Record<string, unknown>) {
    super(code, message, details);
    this.name = 'SeedError';
  }
}

export function isSeedError(e: unknown): e is SeedError {
  return e instanceof SeedError;
}

/** Turns a Node fs error into a SeedError with a readable message. */
export function fsError(e: unknown, path: string, action: string): SeedError {
  const err = e as NodeJS.ErrnoException;
  if (err && err.code === 'ENOENT') return new SeedError('FILE_NOT_FOUND', `${action} ${path}: no such file`);
  if (err && err.code === 'EEXIST') return new SeedError('OUTPUT_EXISTS', `${action} ${path}: already exists`);
  const why = err && err.code ? err.code : String(e);
  return new SeedError('FILE_IO', `${action} ${path}: ${why}`);
}
