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
import { TestPhone, type ServerMessage } from '../helpers/phone.ts';
import { shake } from '../../contracts/proto/gen/shake.js';
import { answerLabel, closeCrowd, connectCrowd, sendGrabs, untilAnswered, type CrowdPhone } from '../helpers/grab-path.ts';
import { openTenSharePacket, readBook } from '../helpers/grab-storm-setup.ts';
import { histogramProblems, parsePrometheusText } from '../helpers/prometheus-text.ts';

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
  t.ok((counts.OK ?? 0) <= SHARES && okUsers.every((p) => paid.has(p.userId)), `every OK went to a paid user (${counts.OK ?? 0} OK answers)`);
  const wrongAmount = crowd.flatMap((p) => p.replies.filter((r) => r.grab && Number(r.grab.amountCents) !== paid.get(p.userId)).map(() => p.userId));
  t.same(wrongAmount, [], 'every OK or repeat carries the user\'s booked amount');
  const emptyToWinner = crowd.filter((p) => paid.has(p.userId) && p.replies.some((r) => r.error?.code === 'GROUP_PACKET_EMPTY')).map((p) => p.userId);
  t.same(emptyToWinner, [], 'no paid user was told the packet is empty');

  const maxInFlight = defaultGatewayConfig().money.maxInFlight;
  t.ok(gwStatus.money.waitingPeak <= maxInFlight, `gateway: money requests waiting bounded (peak ${gwStatus.money.waitingPeak} <= ${maxInFlight})`);
  t.ok(agentStatus.money.inFlightPeak <= DEFAULT_GRAB_PATH.inFlightPerPacket, `agent: grabs in flight to the money service bounded (peak ${agentStatus.money.inFlightPeak} <= ${DEFAULT_GRAB_PATH.inFlightPerPacket})`);

  // The agent's /metrics counts the storm: requests by outcome, memo answers, in flight, latency.
  const metrics = parsePrometheusText(await (await fetch(`${gw.agentAdminUrl}/metrics`)).text());
  const sample = (name: string, labels: Record<string, string> = {}) => metrics.get(name)?.samples.find((x) => Object.entries(labels).every(([k, v]) => x.labels[k] === v))?.value ?? -1;
  const byOutcome = ['ok', 'refused', 'try_again'].map((outcome) => sample('agent_money_requests_total', { outcome }));
  t.equal(byOutcome.reduce((a, n) => a + n, 0), agentStatus.money.requests, `agent_money_requests_total{outcome} adds up to the agent's requests (${byOutcome.join(' / ')})`);
  t.ok(sample('agent_money_memo_answers_total') >= agentStatus.money.memoAnswers, 'agent_money_memo_answers_total');
  t.equal(sample('agent_money_in_flight'), 0, 'agent_money_in_flight back to 0');
  const latency = metrics.get('agent_money_request_duration_seconds')!;
  t.same(histogramProblems(latency), [], 'the latency histogram is well formed');
  const count = latency.samples.find((x) => x.name === 'agent_money_request_duration_seconds_count')?.value ?? -1;
  t.ok(count >= agentStatus.money.requests, `and counts every request (${count})`);

  // Afterwards every user asks once more, as a phone does after retry_after_ms: the paid users hear their amount
  // as a repeat, everyone else "empty", and the agent answers nearly all of it from memory (the memo learns from
  // late answers too, so this holds even when the storm itself got only TRY_AGAIN_LATER on a loaded machine).
  const memoBefore = agentStatus.money.memoAnswers as number;
  const finals = await Promise.all(crowd.map((p) => askUntilFinal(p, groupId)));
  const wrong = crowd.filter((p, i) => (paid.has(p.userId)
    ? !(finals[i].grab?.status === 2 && Number(finals[i].grab!.amountCents) === paid.get(p.userId))
    : finals[i].error?.code !== 'GROUP_PACKET_EMPTY')).map((p, i) => `${p.userId}: ${answerLabel(finals[i])}`);
  t.same(wrong, [], 'paid users: DUPLICATE with their amount; everyone else: GROUP_PACKET_EMPTY');
  const after = await (await fetch(`${gw.agentAdminUrl}/status`)).json() as Record<string, any>;
  const fromMemo = after.money.memoAnswers - memoBefore;
  t.ok(fromMemo >= USERS * 0.9, `the agent answered them from memory (${fromMemo} of ${USERS}, money calls ${after.money.requests - agentStatus.money.requests - fromMemo})`);
});

/** One more grab, sent again after retry_after_ms while the answer is TRY_AGAIN_LATER; the last answer. */
async function askUntilFinal(p: CrowdPhone, groupPacketId: string): Promise<ServerMessage> {
  for (let attempt = 0; ; attempt++) {
    const before = p.replies.length;
    p.ws.send(shake.v1.ClientMessage.encode({ seq: 100 + attempt, grab: { groupPacketId } }).finish(), { binary: true });
    await untilAnswered([p], before + 1, 10_000);
    const r = p.replies[before];
    if (r.error?.code !== 'TRY_AGAIN_LATER' || attempt >= 10) return r;
    await new Promise((res) => setTimeout(res, r.error?.retryAfterMs ?? 1000));
  }
}
