/**
 * Load hooks (see load-hooks.ts) for the shake benchmarks: the same phone-like connection
 * mix for the echo reference and the gateway. Every connection authenticates with
 * `/?token=<user token>` (echo ignores it) and sends `shake.v1.ClientMessage { seq, shake: {} }`;
 * a reply counts as OK only if it is a shake answer (gateway) / the echoed shake (echo).
 */
import { fileURLToPath } from 'node:url';
import { shake } from '../../contracts/proto/gen/shake.js';
import type { LoadHooks } from './load-hooks.ts';

export interface ShakeHooksArg {
  /** 'gateway' makes real tokens with gateway/auth/user-token.ts; 'echo' uses placeholders. */
  target: 'echo' | 'gateway';
  secret?: string;
  /** userId of connection 0; connection i is user userIdBase + i. */
  userIdBase?: number;
  tokenTtlMs?: number;
}

export const HOOKS_MODULE = fileURLToPath(import.meta.url);

type MakeUserToken = (secret: string, userId: string, expiresAtMs: number) => string;

export function shakeRequest(seq: number): Uint8Array {
  return shake.v1.ClientMessage.encode({ seq, shake: {} }).finish();
}

/**
 * Replies to a request carry its seq (>= 1), protobuf field 1, which protobufjs writes first
 * (tag byte 0x08). Messages the server sends on its own have seq 0 (absent), so they do not
 * start with 0x08. The echo reference returns ClientMessage bytes, which also start with 0x08.
 */
export function isPush(bytes: Uint8Array): boolean {
  return bytes.length === 0 || bytes[0] !== 0x08;
}

/** True if a top-level protobuf message has field number `field` (no decoding beyond tags). */
export function hasField(b: Uint8Array, field: number): boolean {
  let p = 0;
  const varint = (): number => {
    let v = 0, shift = 0, byte = 0;
    do { byte = b[p++]; v += (byte & 0x7f) * 2 ** shift; shift += 7; } while (byte & 0x80 && p < b.length);
    return v;
  };
  while (p < b.length) {
    const tag = varint();
    if (tag >>> 3 === field) return true;
    switch (tag & 7) {
      case 0: varint(); break;
      case 1: p += 8; break;
      case 2: { const len = varint(); p += len; break; } // read the length first: `p += varint()` would use p from before the varint
      case 5: p += 4; break;
      default: return false;
    }
  }
  return false;
}

/** ServerMessage.shake is field 3 (Busy, ErrorReply etc. are not shake answers). */
export const isShakeReply = (b: Uint8Array): boolean => hasField(b, 3);
/** The echo returns our ClientMessage, whose shake request is field 2: same check, same cost. */
export const isEchoedShake = (b: Uint8Array): boolean => hasField(b, 2);

export async function createHooks(arg: ShakeHooksArg): Promise<LoadHooks> {
  const base = arg.userIdBase ?? 1_000_000;
  let path: (conn: number) => string = (conn) => `/?token=echo-${base + conn}`;
  if (arg.target === 'gateway') {
    if (!arg.secret) throw new Error('shake hooks: gateway target needs a secret');
    const secret = arg.secret;
    // Resolved at run time so this file type-checks before the gateway exists.
    const modPath = new URL('../../gateway/auth/user-token.ts', import.meta.url).href;
    const mod = (await import(modPath)) as { makeUserToken?: MakeUserToken };
    if (typeof mod.makeUserToken !== 'function') throw new Error(`${modPath} does not export makeUserToken`);
    const make = mod.makeUserToken;
    const expiresAt = Date.now() + (arg.tokenTtlMs ?? 3_600_000);
    path = (conn) => `/?token=${encodeURIComponent(make(secret, String(base + conn), expiresAt))}`;
  }
  const validateReply = arg.target === 'gateway' ? isShakeReply : isEchoedShake;
  return { path, payload: shakeRequest, isPush, validateReply };
}
