/**
 * Load hooks for the open/share durability benchmark: connection i is user
 * (base + i) and each request opens a distinct packet won by that user, with a
 * packet token signed by the drill's packet secret (so every request is a new
 * journal entry needing its own durable commit).
 */
import { shake } from '../../contracts/proto/gen/shake.js';
import { makeUserToken } from '../../gateway/auth/user-token.ts';
import { PacketTokens } from '../../gateway/logic/show/packet-token.ts';
import type { LoadHooks } from './load-hooks.ts';
import { isPush, hasField } from './shake-hooks.ts';

export const OPEN_HOOKS_MODULE = new URL(import.meta.url).pathname;

export interface OpenHooksArg {
  authSecret: string;
  packetSecret: string;
  userIdBase?: number;
  /** 'share' sends shares instead of opens. */
  op?: 'open' | 'share';
  runId: string;
}

export function createHooks(arg: OpenHooksArg): LoadHooks {
  const base = arg.userIdBase ?? 2_000_000;
  const tokens = new PacketTokens(arg.packetSecret);
  const expiresAt = Date.now() + 3_600_000;
  const op = arg.op ?? 'open';
  return {
    path: (conn) => `/?token=${encodeURIComponent(makeUserToken(arg.authSecret, String(base + conn), expiresAt))}`,
    payload: (seq, conn) => {
      const packetToken = tokens.sign({
        packetId: `${arg.runId}-${conn}-${seq}`, userId: String(base + conn), sponsorId: 'bench-sponsor', roundId: 'bench',
        amountCents: 188, shares: 3, shareAmountCents: 600, expiresAtMs: expiresAt,
      });
      return shake.v1.ClientMessage.encode(op === 'open' ? { seq, open: { packetToken } } : { seq, share: { packetToken } }).finish();
    },
    isPush,
    // ServerMessage.open is field 4, share field 5; errors and busy are not acks.
    validateReply: (b) => hasField(b, op === 'open' ? 4 : 5),
  };
}
