/**
 * `npm run phone -- --user u1`: one phone you drive by hand, on the SDK in
 * client/, against the running local deployment. Shakes on the phone's cadence
 * (one shake a second, slower when the gateway sends a rate-limit tier), prints
 * every outcome, and opens / shares a won packet on a key press (o / s) or by
 * itself with --open-share. q or Ctrl-C quits.
 */
import { emitKeypressEvents } from 'node:readline';
import { parseCli, runCli, usageError } from '../../common/cli.ts';
import { ShakeClient, Outcome, NoPacketReason, nodeWebSocketFactory, type ShakeResult, type WonPacket } from '../../client/node.ts';
import { DEFAULT_DESCRIPTOR, readDeployment, userToken } from './descriptor.ts';

const USAGE = `usage: npm run phone -- --user ID [--deployment FILE] [--interval-ms N] [--open-share] [--shakes N] [--seconds N]

Connects one phone to the running local deployment (npm start) and shakes.
  --user ID          the phone's user id (required)
  --deployment FILE  the deployment's descriptor (default ${DEFAULT_DESCRIPTOR})
  --interval-ms N    time between shakes when no rate-limit tier applies (default 1000)
  --open-share       open and share every packet won, by itself
  --shakes N         stop after N shakes;  --seconds N  stop after N seconds
keys (on a terminal): o open the last packet won, s share it, q quit
exit: 0 done, 64 bad usage, 1 could not connect or no running deployment`;

const yuan = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
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
    console.log(`  shared ${p.packetId}: ${r.shares || p.shares} shares for friends to grab with group packet id ${r.groupPacketId || p.packetId} (${r.status === 2 ? 'already shared' : 'ok'}, operation ${r.operationId})`);
  } else if (what === 'share') console.log(`  ${p.packetId} has no shares to give`);
}

runCli('phone', async () => {
  const { values } = parseCli('phone', USAGE, { options: {
    user: { type: 'string' }, deployment: { type: 'string', default: DEFAULT_DESCRIPTOR }, 'interval-ms': { type: 'string', default: '1000' },
    'open-share': { type: 'boolean', default: false }, shakes: { type: 'string' }, seconds: { type: 'string' },
  } });
  if (!values.user) throw usageError('--user is required');
  const interval = positive(values['interval-ms'], 'interval-ms')!;
  const maxShakes = positive(values.shakes, 'shakes') ?? Infinity;
  const seconds = positive(values.seconds, 'seconds');
  const dep = readDeployment(values.deployment!);
  const user = values.user;
  const client = new ShakeClient({
    gateways: dep.gateways.map((g) => g.wsUrl), token: () => userToken(dep, user, 3600), webSocket: nodeWebSocketFactory(), maxConnectAttempts: 5,
    listener: {
      connected: (url) => console.log(`connected to ${url} as ${user}`),
      disconnected: (url, code, reason) => console.log(`disconnected from ${url} (${code} ${reason})`),
      rateLimit: (tier, ms) => console.log(tier > 0 ? `rate limit: tier ${tier}, one shake every ${ms} ms` : 'rate limit lifted'),
      busy: (ms) => console.log(`gateway busy: retrying in ${ms} ms`),
    },
  });
  await client.connect();
  let last: WonPacket | null = null;
  let quit = false;
  const act = (what: 'open' | 'share') => {
    if (!last) { console.log('  no packet won yet'); return; }
    openAndShare(client, last, what).catch((e) => console.log(`  ${what} failed: ${(e as Error).message}`));
  };
  if (process.stdin.isTTY) {
    emitKeypressEvents(process.stdin);
    process.stdin.setRawMode(true);
    process.stdin.on('keypress', (_s, key: { name?: string; ctrl?: boolean }) => {
      if (key.name === 'q' || (key.ctrl && key.name === 'c')) quit = true;
      else if (key.name === 'o') act('open');
      else if (key.name === 's') act('share');
    });
    console.log('keys: o open the last packet won, s share it, q quit');
  }
  process.once('SIGINT', () => { quit = true; });
  const endAt = seconds ? Date.now() + seconds * 1000 : Infinity;
  for (let n = 1; n <= maxShakes && !quit && Date.now() < endAt; n++) {
    const r = await client.shake();
    console.log(`shake ${n}: ${describe(r)}`);
    if (r.packet) {
      last = r.packet;
      if (values['open-share']) await openAndShare(client, r.packet, 'both');
    }
    await new Promise((res) => setTimeout(res, interval));
  }
  client.close();
  if (process.stdin.isTTY) process.stdin.setRawMode(false);
  return 0;
}, 1);
