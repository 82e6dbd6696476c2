/**
 * The friend flows of `npm run phone` (ops/cli/phone.ts): grab a share of a
 * friend's group packet (--grab), a group packet's detail list (--detail), the
 * user's balance (--balance, the key b, the end of a shake session). These are
 * answered by the money service (contracts/proto/README.md "Grab, balance,
 * detail"): TRY_AGAIN_LATER is asked again after its retry_after_ms until a
 * bound; GROUP_PACKET_NOT_FOUND is asked again for a few seconds, since a share
 * reaches the money service a moment after its OK.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { usageError } from '../../common/cli.ts';
import { GatewayError, OpStatus, type PacketDetail, type ShakeClient } from '../../client/node.ts';

export const yuan = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/** What a friend runs to grab a share of `groupPacketId` (printed after a share). */
export const grabCommand = (groupPacketId: string) => `npm run phone -- --user FRIEND --grab ${groupPacketId}`;

/** Exit codes of --grab / --detail / --balance: a final answer, or still TRY_AGAIN_LATER when the bound ran out. */
export const ANSWERED = 0;
export const STILL_REFUSED = 1;

export const DEFAULT_RETRY_SECONDS = 30;
/** How long GROUP_PACKET_NOT_FOUND is asked again (a share just made is not at the money service yet). */
const NOT_FOUND_RETRY_MS = 5000;
const NOT_FOUND_POLL_MS = 250;
/** A floor under retry_after_ms, so that a 0 never spins. */
const MIN_RETRY_MS = 100;
const MAX_ATTEMPTS = 100;
const MAX_ID_LENGTH = 64;

export type FriendAction = { kind: 'grab'; id: string } | { kind: 'detail'; id: string } | { kind: 'balance' };

/** The friend flow the flags ask for (null: a shake session); bad combinations are usage errors. */
export function friendAction(v: { grab?: string; detail?: string; balance?: boolean; sessionFlags: string[]; retrySeconds: boolean }): FriendAction | null {
  const given = [v.grab !== undefined && '--grab', v.detail !== undefined && '--detail', v.balance && '--balance'].filter((f): f is string => !!f);
  if (given.length > 1) throw usageError(`${given.join(' and ')} cannot go together: give one of --grab, --detail, --balance`);
  if (given.length === 0) {
    if (v.retrySeconds) throw usageError('--retry-seconds goes with --grab, --detail or --balance');
    return null;
  }
  if (v.sessionFlags.length) throw usageError(`${given[0]} runs no shake session: leave out ${v.sessionFlags.join(', ')}`);
  if (v.balance) return { kind: 'balance' };
  const id = (v.grab ?? v.detail)!.trim();
  if (!id) throw usageError(`${given[0]} needs a group packet id (the id a share prints)`);
  if (id.length > MAX_ID_LENGTH) throw usageError(`${given[0]}: a group packet id is at most ${MAX_ID_LENGTH} characters`);
  return v.grab !== undefined ? { kind: 'grab', id } : { kind: 'detail', id };
}

/** Runs one friend flow and returns the exit code. */
export function runFriendAction(client: ShakeClient, user: string, a: FriendAction, budgetMs: number): Promise<number> {
  if (a.kind === 'grab') return grab(client, user, a.id, budgetMs);
  if (a.kind === 'detail') return detail(client, a.id, budgetMs);
  return balance(client, user, budgetMs);
}

/**
 * `ask()` until the money side answers: its value, or null when it still says
 * TRY_AGAIN_LATER at the bound (budgetMs, MAX_ATTEMPTS). Any other refusal is thrown.
 */
async function untilAnswered<T>(what: string, ask: () => Promise<T>, budgetMs: number): Promise<T | null> {
  const started = Date.now();
  for (let attempt = 1; ; attempt++) {
    try {
      return await ask();
    } catch (e) {
      if (!(e instanceof GatewayError)) throw e;
      const later = e.code === 'TRY_AGAIN_LATER';
      if (!later && !(e.code === 'GROUP_PACKET_NOT_FOUND' && Date.now() - started < NOT_FOUND_RETRY_MS)) throw e;
      const wait = later ? Math.max(e.retryAfterMs, MIN_RETRY_MS) : NOT_FOUND_POLL_MS;
      if (attempt >= MAX_ATTEMPTS || Date.now() + wait - started > budgetMs) {
        if (!later) throw e;
        return null;
      }
      if (later) console.log(`  ${what}: the money side asks to try again; asking again in ${wait} ms`);
      await sleep(wait);
    }
  }
}

const stillRefused = (what: string, budgetMs: number, then = 'ask again later') => {
  console.log(`${what}: the money side still asks to try again after ${Math.round(budgetMs / 1000)} s; ${then}`);
  return STILL_REFUSED;
};

/** A refusal the money side gives as a final answer, in plain words (null: not one). */
function refusalWords(e: unknown): string | null {
  const code = e instanceof GatewayError ? e.code : '';
  if (code === 'GROUP_PACKET_EMPTY') return 'empty: every share is taken';
  if (code === 'GROUP_PACKET_EXPIRED') return 'expired: what was left went back to the sender';
  if (code === 'GROUP_PACKET_NOT_FOUND') return 'not found: no group packet has this id (check it against the one the share printed)';
  return null;
}

async function grab(client: ShakeClient, user: string, id: string, budgetMs: number): Promise<number> {
  // A try answered TRY_AGAIN_LATER may still have gone through: its retry then answers DUPLICATE with that amount.
  let askedToWait = false;
  const ask = () => client.grab(id).catch((e: unknown) => {
    if (e instanceof GatewayError && e.code === 'TRY_AGAIN_LATER') askedToWait = true;
    throw e;
  });
  let r;
  try {
    r = await untilAnswered('grab', ask, budgetMs);
  } catch (e) {
    const words = refusalWords(e);
    if (!words) throw e;
    console.log(`${user} grabs from ${id}: ${words}`);
    return ANSWERED;
  }
  if (!r) return stillRefused(`${user} grabs from ${id}`, budgetMs, 'whether it went through is not known yet: run the same command again later');
  if (r.status !== OpStatus.DUPLICATE) console.log(`${user} grabbed ${yuan(r.amountCents)} yuan from ${id} (share ${r.grabSeq})`);
  else if (askedToWait) console.log(`${user} grabbed ${yuan(r.amountCents)} yuan from ${id} (share ${r.grabSeq}; a try that was asked to wait went through)`);
  else console.log(`${user} grabs from ${id}: already grabbed: ${yuan(r.amountCents)} yuan (the first grab's amount; nothing moved again)`);
  return ANSWERED;
}

async function detail(client: ShakeClient, id: string, budgetMs: number): Promise<number> {
  const pages: PacketDetail[] = [];
  try {
    // Only the first two screens are served (DETAIL_PAGE_LIMIT from page 2).
    for (let page = 0; page < 2 && (page === 0 || pages[page - 1]!.hasMore); page++) {
      const d = await untilAnswered('detail', () => client.packetDetail(id, page), budgetMs);
      if (!d) return stillRefused(`detail of ${id}`, budgetMs);
      pages.push(d);
    }
  } catch (e) {
    const words = refusalWords(e);
    if (!words) throw e;
    console.log(`detail of ${id}: ${words}`);
    return ANSWERED;
  }
  printDetail(pages);
  return ANSWERED;
}

function printDetail(pages: PacketDetail[]): void {
  const d = pages[0]!;
  const min = Math.round((d.expiresAtMs - Date.now()) / 60_000);
  const expires = d.expiresAtMs <= Date.now() ? 'past its expiry' : `expires in ${min >= 120 ? `${Math.round(min / 60)} h` : `${min} min`}`;
  console.log(`group packet ${d.groupPacketId} from ${d.senderUserId} (sponsor ${d.sponsorId}): ${yuan(d.totalCents)} yuan in ${d.shares} shares, `
    + `${d.grabbedCount} grabbed, ${yuan(d.remainingCents)} yuan left, ${d.state}, ${expires}`);
  const grabs = pages.flatMap((p) => p.grabs);
  if (!grabs.length) console.log('  nobody has grabbed yet');
  for (const g of grabs) console.log(`  ${g.grabSeq}. ${g.userId} grabbed ${yuan(g.amountCents)} yuan at ${new Date(g.grabbedAtMs).toTimeString().slice(0, 8)}`);
  if (pages[pages.length - 1]!.hasMore) console.log('  ... (only the first two screens of the list are served)');
  if (d.bestLuckUserId) console.log(`  best luck: ${d.bestLuckUserId}`);
}

/** Prints the user's balance; returns the exit code (STILL_REFUSED when the money side kept asking to try again). */
export async function balance(client: ShakeClient, user: string, budgetMs: number): Promise<number> {
  const cents = await untilAnswered('balance', () => client.balance(), budgetMs);
  if (cents === null) return stillRefused(`${user}'s balance`, budgetMs);
  console.log(`${user}'s balance: ${yuan(cents)} yuan`);
  return ANSWERED;
}
