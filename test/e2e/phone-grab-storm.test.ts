/**
 * A grab storm through the path phones use, on a real embedded deployment
 * (config service, money service, gateway, agent: real processes): a winner
 * opens and shares a 10-share packet, then 2,000 users grab it 5 times each
 * over their own WebSockets (phone -> gateway -> agent -> money SET). Exactly
 * 10 are paid (the money side's book), every request is answered (OK, a repeat,
 * empty, or TRY_AGAIN_LATER), none is lost, and what waits stays bounded: the
 * gateway's money requests waiting for the agent (money.maxInFlight) and the
 * agent's grabs in flight to the money service (its per-packet cap).
 * The full 20,000 x 5 runs as a bench: bench/grab-storm-phones.ts.
 */
import t from 'tap';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Deployment } from '../../ops/deploy/deployment.ts';
import { applyShow } from '../../bench/drill/show-setup.ts';
import { defaultShowConfig } from '../../contracts/show/default-show.ts';
import { defaultGatewayConfig } from '../../gateway/settings.ts';
import { DEFAULT_GRAB_PATH } from '../../agent/money/money-forwarder.ts';
import { TestPhone } from '../helpers/phone.ts';
import { shake } from '../../contracts/proto/gen/shake.js';
import { answerLabel, closeCrowd, connectCrowd, sendGrabs, untilAnswered } from '../helpers/grab-path.ts';
import { openTenSharePacket, readBook } from '../helpers/grab-storm-setup.ts';

const USERS = 2000;
const REPEATS = 5;
const SHARES = 10;

t.test(`${USERS} users x ${REPEATS} grabs at one ${SHARES}-share packet through gateway and agent`, async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'phone-grab-storm-'));
  const dep = await Deployment.start({ profile: 'embedded', dir, fresh: true, gateways: 1, basePort: 0, seedCount: 4000, logLevel: 'warn', say: () => {} });
  t.teardown(async () => { await dep.stop(); rmSync(dir, { recursive: true, force: true }); });
  const info = dep.info;
  const gw = info.gateways[0];
  const now = Date.now();
  const base = defaultShowConfig(now, { gatewayIds: [gw.id], showId: 'grab-storm' });
  await applyShow(info, { ...base, rounds: [{
    id: 'storm-round', title: 'storm round', startMs: now - 1000, endMs: now + 600_000, releaseRatePerSec: 400,
    sponsorIds: info.seeds.sponsors, packetDrawProbability: 1,
  }] });
  const phones: TestPhone[] = [];
  t.teardown(() => phones.forEach((p) => p.close()));
  const { groupId, shareAmountCents } = await openTenSharePacket(info, gw.wsUrl, phones, SHARES);

  const crowd = await connectCrowd([gw.wsUrl], Array.from({ length: USERS }, (_, i) => `storm-${i}`), info.secrets.auth);
  t.teardown(() => closeCrowd(crowd));
  const t0 = performance.now();
  sendGrabs(crowd, groupId, REPEATS);
  await untilAnswered(crowd, REPEATS, 60_000);
  const stormMs = performance.now() - t0;

  const counts: Record<string, number> = {};
  for (const p of crowd) for (const r of p.replies) counts[answerLabel(r)] = (counts[answerLabel(r)] ?? 0) + 1;
  const answers = crowd.reduce((a, p) => a + p.replies.length, 0);
  const [gwStatus, agentStatus] = await Promise.all([`${gw.adminUrl}/status`, `${gw.agentAdminUrl}/status`].map(async (u) => (await fetch(u)).json() as Promise<Record<string, any>>));
  t.comment(`storm: ${USERS * REPEATS} grabs answered in ${stormMs.toFixed(0)} ms; answers ${JSON.stringify(counts)}; gateway waiting peak ${gwStatus.money.waitingPeak}; `
    + `agent in flight peak ${agentStatus.money.inFlightPeak}, memo answers ${agentStatus.money.memoAnswers}, capped ${agentStatus.money.capped}, http ${JSON.stringify(agentStatus.money.http)}`);

  t.equal(answers, USERS * REPEATS, 'every request answered exactly once (none lost)');
  t.ok(crowd.every((p) => p.replies.length === REPEATS && new Set(p.replies.map((r) => r.seq)).size === REPEATS), 'each phone got one answer per request');
  const allowed = new Set(['OK', 'DUPLICATE', 'GROUP_PACKET_EMPTY', 'TRY_AGAIN_LATER']);
  t.same(Object.keys(counts).filter((c) => !allowed.has(c)), [], 'every answer is OK, a repeat, empty or try again later');
  t.ok(crowd.every((p) => p.replies.every((r) => r.error?.code !== 'TRY_AGAIN_LATER' || (r.error.retryAfterMs ?? 0) > 0)), 'every TRY_AGAIN_LATER carries retry_after_ms');

  const book = await readBook(info.money.url, info.secrets.service, groupId);
  t.equal(book.grabs.length, SHARES, `exactly ${SHARES} paid (the money side's book)`);
  t.equal(new Set(book.grabs.map((g) => g.userId)).size, SHARES, 'to different users');
  t.equal(book.grabs.reduce((a, g) => a + g.amountCents, 0), shareAmountCents, 'paying out the share amount exactly');
  t.equal(book.remainingCount, 0, 'the packet is empty');
  const paid = new Map(book.grabs.map((g) => [g.userId, g.amountCents]));
  const okUsers = crowd.filter((p) => p.replies.some((r) => r.grab?.status === 1));
  t.ok(counts.OK <= SHARES && okUsers.every((p) => paid.has(p.userId)), `every OK went to a paid user (${counts.OK ?? 0} OK answers)`);
  const wrongAmount = crowd.flatMap((p) => p.replies.filter((r) => r.grab && Number(r.grab.amountCents) !== paid.get(p.userId)).map(() => p.userId));
  t.same(wrongAmount, [], 'every OK or repeat carries the user\'s booked amount');
  const emptyToWinner = crowd.filter((p) => paid.has(p.userId) && p.replies.some((r) => r.error?.code === 'GROUP_PACKET_EMPTY')).map((p) => p.userId);
  t.same(emptyToWinner, [], 'no paid user was told the packet is empty');

  const maxInFlight = defaultGatewayConfig().money.maxInFlight;
  t.ok(gwStatus.money.waitingPeak <= maxInFlight, `gateway: money requests waiting bounded (peak ${gwStatus.money.waitingPeak} <= ${maxInFlight})`);
  t.ok(agentStatus.money.inFlightPeak <= DEFAULT_GRAB_PATH.inFlightPerPacket, `agent: grabs in flight to the money service bounded (peak ${agentStatus.money.inFlightPeak} <= ${DEFAULT_GRAB_PATH.inFlightPerPacket})`);
  t.ok(agentStatus.money.memoAnswers > 0, 'the agent answered part of the storm from memory');

  // Afterwards each paid user asking again hears their amount as a repeat.
  const again = await Promise.all(crowd.filter((p) => paid.has(p.userId)).map(async (p) => {
    const before = p.replies.length;
    p.ws.send(encodeGrab(100, groupId), { binary: true });
    await untilAnswered([p], before + 1, 5000);
    return p.replies[before];
  }));
  t.ok(again.every((r) => r.grab?.status === 2), `paid users asking again: DUPLICATE (${again.map(answerLabel).join(', ')})`);
});

function encodeGrab(seq: number, groupPacketId: string): Uint8Array {
  return shake.v1.ClientMessage.encode({ seq, grab: { groupPacketId } }).finish();
}
