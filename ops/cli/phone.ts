/**
 * `npm run phone -- --user u1`: one phone you drive by hand, on the SDK in
 * client/, against the running local deployment. Shakes on the phone's cadence
 * (one shake a second, slower when the gateway sends a rate-limit tier), prints
 * every outcome, opens / shares a won packet on a key press (o / s) or by
 * itself with --open-share, prints the balance (b, and at the end). q or Ctrl-C
 * quits. The friend flows (--grab, --detail, --balance) are one request each:
 * ops/cli/phone-friend.ts.
 */
import { emitKeypressEvents } from 'node:readline';
import { parseCli, runCli, usageError } from '../../common/cli.ts';
import { ShakeClient, Outcome, NoPacketReason, nodeWebSocketFactory, type ShakeResult, type WonPacket } from '../../client/node.ts';
import { DEFAULT_DESCRIPTOR, readDeployment, userToken } from './descriptor.ts';
import { balance, DEFAULT_RETRY_SECONDS, friendAction, grabCommand, runFriendAction, yuan } from './phone-friend.ts';

const USAGE = `usage: npm run phone -- --user ID [--deployment FILE] [--interval-ms N] [--open-share] [--shakes N] [--seconds N]
       npm run phone -- --user ID [--deployment FILE] (--grab GROUP_PACKET_ID | --detail GROUP_PACKET_ID | --balance) [--retry-seconds N]

Connects one phone to the running local deployment (npm start) and shakes.
  --user ID          the phone's user id (required)
  --deployment FILE  the deployment's descriptor (default ${DEFAULT_DESCRIPTOR})
  --interval-ms N    time between shakes when no rate-limit tier applies (default 1000)
  --open-share       open and share every packet won, by itself
  --shakes N         stop after N shakes;  --seconds N  stop after N seconds
keys (on a terminal): o open the last packet won, s share it, b balance, q quit
A share prints the command a friend runs to grab from it. Instead of shaking, one request:
  --grab ID          grab one share of a friend's group packet (the id a share prints):
                     the amount in yuan, or empty / expired / not found / already grabbed
  --detail ID        a group packet's detail list: who grabbed how much
  --balance          this user's balance
  --retry-seconds N  how long to keep asking when the money side answers TRY_AGAIN_LATER
                     (after its retry_after_ms; default ${DEFAULT_RETRY_SECONDS})
exit: 0 done (for --grab / --detail / --balance: a final answer), 64 bad usage,
      1 could not connect, no running deployment, or still TRY_AGAIN_LATER after --retry-seconds`;

/** Balance at the end of a session and on the key b: asked again on TRY_AGAIN_LATER for this long. */
const SESSION_BALANCE_MS = 5000;

const positive = (v: string | undefined, flag: string): number | null => {
  if (v === undefined) return null;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw usageError(`--${flag} must be a positive integer`);
  return n;
};

function describe(r: ShakeResult): string {
  switch (r.outcome) {
    case Outcome.RED_PACKET: {
      const p = r.packet!;
      return `RED PACKET from ${p.sponsorId}: ${yuan(p.amountCents)} (packet ${p.packetId}${p.shares ? `, shareable: ${p.shares} shares of ${yuan(p.shareAmountCents)}` : ''}) in round ${r.roundId}`;
    }
    case Outcome.GREETING_CARD: return `greeting card ${r.contentId}`;
    case Outcome.STAR_VIDEO: return `star video ${r.contentId}`;
    case Outcome.TAKE_A_REST: return 'take a rest';
    default: {
      const reason = r.noPacketReason === NoPacketReason.CAP_REACHED ? ' (caps reached: this phone holds the most packets a user may win)'
        : r.noPacketReason === NoPacketReason.SPONSOR_CAP ? " (caps reached for this round's sponsors)"
        : r.noPacketReason ? ` (${NoPacketReason[r.noPacketReason]})` : '';
      const next = r.nextRoundAtMs > Date.now() ? `; next round in ${Math.round((r.nextRoundAtMs - Date.now()) / 1000)} s` : '';
      return `nothing${reason}${next}`;
    }
  }
}

async function openAndShare(client: ShakeClient, p: WonPacket, what: 'open' | 'share' | 'both'): Promise<void> {
  if (what !== 'share') {
    const r = await client.open(p.token);
    console.log(`  opened ${p.packetId}: ${yuan(r.amountCents || p.amountCents)} into your balance (${r.status === 2 ? 'already opened' : 'ok'}, operation ${r.operationId})`);
  }
  if (what !== 'open' && p.shares > 0) {
    const r = await client.share(p.token);
    const groupId = r.groupPacketId || p.packetId;
    console.log(`  shared ${p.packetId}: ${r.shares || p.shares} shares for friends to grab with group packet id ${groupId} (${r.status === 2 ? 'already shared' : 'ok'}, operation ${r.operationId})`);
    console.log(`  a friend grabs a share with: ${grabCommand(groupId)}`);
  } else if (what === 'share') console.log(`  ${p.packetId} has no shares to give`);
}

function connectClient(file: string, user: string): ShakeClient {
  const dep = readDeployment(file);
  return new ShakeClient({
    gateways: dep.gateways.map((g) => g.wsUrl), token: () => userToken(dep, user, 3600), webSocket: nodeWebSocketFactory(), maxConnectAttempts: 5,
    listener: {
      connected: (url) => console.log(`connected to ${url} as ${user}`),
      disconnected: (url, code, reason) => console.log(`disconnected from ${url} (${code} ${reason})`),
      rateLimit: (tier, ms) => console.log(tier > 0 ? `rate limit: tier ${tier}, one shake every ${ms} ms` : 'rate limit lifted'),
      busy: (ms) => console.log(`gateway busy: retrying in ${ms} ms`),
    },
  });
}

interface Session { interval: number; maxShakes: number; seconds: number | null; openShare: boolean }

async function shakeSession(client: ShakeClient, user: string, o: Session): Promise<void> {
  let last: WonPacket | null = null;
  let quit = false;
  const act = (what: 'open' | 'share') => {
    if (!last) { console.log('  no packet won yet'); return; }
    openAndShare(client, last, what).catch((e) => console.log(`  ${what} failed: ${(e as Error).message}`));
  };
  const showBalance = () => balance(client, user, SESSION_BALANCE_MS).catch((e) => console.log(`  balance failed: ${(e as Error).message}`));
  if (process.stdin.isTTY) {
    emitKeypressEvents(process.stdin);
    process.stdin.setRawMode(true);
    process.stdin.on('keypress', (_s, key: { name?: string; ctrl?: boolean }) => {
      if (key.name === 'q' || (key.ctrl && key.name === 'c')) quit = true;
      else if (key.name === 'o') act('open');
      else if (key.name === 's') act('share');
      else if (key.name === 'b') void showBalance();
    });
    console.log('keys: o open the last packet won, s share it, b balance, q quit');
  }
  process.once('SIGINT', () => { quit = true; });
  const endAt = o.seconds ? Date.now() + o.seconds * 1000 : Infinity;
  for (let n = 1; n <= o.maxShakes && !quit && Date.now() < endAt; n++) {
    const r = await client.shake();
    console.log(`shake ${n}: ${describe(r)}`);
    if (r.packet) {
      last = r.packet;
      if (o.openShare) await openAndShare(client, r.packet, 'both');
    }
    await new Promise((res) => setTimeout(res, o.interval));
  }
  if (process.stdin.isTTY) process.stdin.setRawMode(false);
  await showBalance();
}

runCli('phone', async () => {
  const { values } = parseCli('phone', USAGE, { options: {
    user: { type: 'string' }, deployment: { type: 'string', default: DEFAULT_DESCRIPTOR }, 'interval-ms': { type: 'string' },
    'open-share': { type: 'boolean', default: false }, shakes: { type: 'string' }, seconds: { type: 'string' },
    grab: { type: 'string' }, detail: { type: 'string' }, balance: { type: 'boolean', default: false }, 'retry-seconds': { type: 'string' },
  } });
  if (!values.user) throw usageError('--user is required');
  const session: Session = {
    interval: positive(values['interval-ms'], 'interval-ms') ?? 1000, maxShakes: positive(values.shakes, 'shakes') ?? Infinity,
    seconds: positive(values.seconds, 'seconds'), openShare: !!values['open-share'],
  };
  const sessionFlags = (['interval-ms', 'open-share', 'shakes', 'seconds'] as const).filter((f) => values[f] !== undefined && values[f] !== false).map((f) => `--${f}`);
  const retrySeconds = positive(values['retry-seconds'], 'retry-seconds');
  const action = friendAction({ grab: values.grab, detail: values.detail, balance: values.balance, sessionFlags, retrySeconds: retrySeconds !== null });
  const user = values.user;
  const client = connectClient(values.deployment!, user);
  try {
    await client.connect();
    if (action) return await runFriendAction(client, user, action, (retrySeconds ?? DEFAULT_RETRY_SECONDS) * 1000);
    await shakeSession(client, user, session);
    return 0;
  } finally {
    client.close();
  }
}, 1);
