/**
 * Phone user tokens: base64url("userId.expiresAtMs") + "." + base64url(HMAC-SHA256(secret, "userId.expiresAtMs")).
 * Verified at the WebSocket upgrade with no storage and no network call.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { ShakeError } from '../../common/errors.ts';
import type { ErrorCode } from '../../contracts/errors.ts';

export const AuthErrorCodes = {
  missing: 'AUTH_TOKEN_MISSING',
  malformed: 'AUTH_TOKEN_MALFORMED',
  badSignature: 'AUTH_TOKEN_BAD_SIGNATURE',
  expired: 'AUTH_TOKEN_EXPIRED',
} as const satisfies Record<string, ErrorCode>;

const MAX_TOKEN_LENGTH = 512;
const USER_ID = /^[A-Za-z0-9_:-]{1,64}$/;

function sign(secret: string, claim: string): Buffer {
  return createHmac('sha256', secret).update(claim).digest();
}

export function makeUserToken(secret: string, userId: string, expiresAtMs: number): string {
  if (!USER_ID.test(userId)) throw new ShakeError('AUTH_BAD_USER_ID', `user id must match ${USER_ID}`);
  const claim = `${userId}.${Math.floor(expiresAtMs)}`;
  return `${Buffer.from(claim).toString('base64url')}.${sign(secret, claim).toString('base64url')}`;
}

export interface VerifiedUser {
  userId: string;
  expiresAtMs: number;
}

/** Returns the user or throws a ShakeError with one of AuthErrorCodes. */
export function verifyUserToken(secret: string, token: string | undefined | null, nowMs: number): VerifiedUser {
  if (!token) throw new ShakeError(AuthErrorCodes.missing, 'no token: pass ?token=... or Authorization: Bearer ...');
  if (token.length > MAX_TOKEN_LENGTH) throw new ShakeError(AuthErrorCodes.malformed, 'token too long');
  const dot = token.indexOf('.');
  if (dot <= 0 || dot !== token.lastIndexOf('.')) throw new ShakeError(AuthErrorCodes.malformed, 'token must be <claim>.<signature>');
  const claim = Buffer.from(token.slice(0, dot), 'base64url').toString('utf8');
  const given = Buffer.from(token.slice(dot + 1), 'base64url');
  const sep = claim.lastIndexOf('.');
  const userId = claim.slice(0, sep);
  const expiresAtMs = Number(claim.slice(sep + 1));
  if (sep <= 0 || !USER_ID.test(userId) || !Number.isSafeInteger(expiresAtMs)) {
    throw new ShakeError(AuthErrorCodes.malformed, 'token claim must be userId.expiresAtMs');
  }
  const expected = sign(secret, claim);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new ShakeError(AuthErrorCodes.badSignature, 'token signature does not match');
  }
  if (expiresAtMs <= nowMs) throw new ShakeError(AuthErrorCodes.expired, 'token expired');
  return { userId, expiresAtMs };
}
