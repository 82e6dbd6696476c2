/**
 * Friends grab from their phones, end to end on a real embedded deployment
 * (config service, money service, two gateways, their agents; all real
 * processes): A wins, opens and shares; five friends grab over their own
 * WebSockets (on both gateways); the grabs add up to the share amount; a second
 * grab gets the first amount back; nobody can grab as someone else. Then the
 * money service is hung and killed: requests that need it answer TRY_AGAIN_LATER
 * within 250 ms, grabs the agents hold a final answer for keep that answer, and
 * shakes keep being answered.
 */
import t from 'tap';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Deployment } from '../../ops/deploy/deployment.ts';
import { applyShow } from '../../bench/drill/show-setup.ts';
import { defaultShowConfig } from '../../contracts/show/default-show.ts';
import { TestPhone, type ServerMessage } from '../helpers/phone.ts';

const RED_PACKET = 5;
const OK = 1;
const DUPLICATE = 2;

t.test('grab, balance and detail over the phones\' own connections, through gateways, agents and the money service', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'phone-money-'));
  const dep = await Deployment.start({ profile: 'embedded', dir, fresh: true, gateways: 2, basePort: 0, seedCount: 4000, logLevel: 'warn', say: () => {} });
  t.teardown(async () => { await dep.stop(); rmSync(dir, { recursive: true, force: true }); });
  const info = dep.info;
  const now = Date.now();
  const base = defaultShowConfig(now, { gatewayIds: info.gateways.map((g) => g.id), showId: 'phone-money' });
  await applyShow(info, { ...base, rounds: [{
    id: 'grab-round', title: 'grab round', startMs: now - 1000, endMs: now + 600_000, releaseRatePerSec: 400,
    sponsorIds: info.seeds.sponsors, packetDrawProbability: 1,
  }] });
  const [gw1, gw2] = info.gateways;
  const phone = (gw: typeof gw1, userId: string) => TestPhone.connect(gw.wsUrl, { secret: info.secrets.auth, userId });
  const phones: TestPhone[] = [];
  t.teardown(() => phones.forEach((p) => p.close()));

  // Winners shake until one holds a packet with 1..5 shares (their first packet: within the money service's caps).
  type Won = { p: TestPhone; userId: string; packet: NonNullable<NonNullable<ServerMessage['shake']>['packet']> };
  let winner: Won | null = null;
  for (let batch = 0; !winner && batch < 10; batch++) {
    const ids = Array.from({ length: 8 }, (_, i) => `winner-${batch}-${i}`);
    const users = await Promise.all(ids.map((id) => phone(gw1, id)));
    phones.push(...users);
    await Promise.all(users.map(async (p, u) => {
      for (let i = 0; i < 400 && !winner; i++) {
        const r = (await p.call({ shake: {} })).shake!;
        if (r.outcome !== RED_PACKET) { await new Promise((res) => setTimeout(res, 10)); continue; }
        if (r.packet!.shares! >= 1 && r.packet!.shares! <= 5 && !winner) winner = { p, userId: ids[u], packet: r.packet! };
        return; // only a user's first packet
      }
    }));
  }
  if (!winner) throw new Error('no packet with 1..5 shares was won');
  const { p: a, userId: aUser, packet } = winner as Won;
  const shareAmount = Number(packet.shareAmountCents);
  const opened = await a.call({ open: { packetToken: packet.token } });
  t.equal(opened.open?.status, OK, 'A opens the packet');
  const shared = await a.call({ share: { packetToken: packet.token } });
  t.equal(shared.share?.status, OK, 'A shares it');
  const groupId = shared.share!.groupPacketId!;
  t.equal(groupId, packet.packetId, 'the share reply names the group packet to send to friends');

  const friends = await Promise.all(Array.from({ length: 5 }, (_, i) => phone(i % 2 ? gw1 : gw2, `friend-${i}`)));
  phones.push(...friends);
  // The group packet exists once the share has gone through the journal and the queue: retry "not found" and "try again".
  const grabUntilAnswered = async (p: TestPhone): Promise<ServerMessage> => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const r = await p.call({ grab: { groupPacketId: groupId } });
      const code = r.error?.code;
      if ((code !== 'GROUP_PACKET_NOT_FOUND' && code !== 'TRY_AGAIN_LATER') || Date.now() > deadline) return r;
      await new Promise((res) => setTimeout(res, code === 'TRY_AGAIN_LATER' ? r.error!.retryAfterMs! : 200));
    }
  };
  const first = await grabUntilAnswered(friends[0]);
  // DUPLICATE on a friend's first answered grab: an earlier try was answered TRY_AGAIN_LATER (a slow money side
  // on a loaded machine) yet went through; the first amount comes back, so it counts as that friend's grab.
  t.ok(first.grab?.status === OK || first.grab?.status === DUPLICATE, `the first friend grabs (${JSON.stringify(first.error ?? first.grab)})`);
  const rest = await Promise.all(friends.slice(1).map((f) => grabUntilAnswered(f)));
  const all = [first, ...rest];
  const won = all.filter((r) => r.grab);
  const empty = all.filter((r) => r.error?.code === 'GROUP_PACKET_EMPTY');
  t.equal(won.length, Math.min(5, packet.shares!), `${packet.shares} shares: that many friends win`);
  t.equal(won.length + empty.length, 5, 'every other friend is told the packet is empty');
  const amounts = won.map((r) => Number(r.grab!.amountCents));
  t.ok(amounts.every((x) => Number.isInteger(x) && x >= 1), `each grab is at least 1 cent (${amounts.join(', ')})`);
  t.equal(amounts.reduce((x, y) => x + y, 0), shareAmount, `the grabs add up to the share amount (${shareAmount} cents)`);

  const again = await friends[0].call({ grab: { groupPacketId: groupId } });
  t.same([again.grab?.status, Number(again.grab?.amountCents)], [DUPLICATE, Number(first.grab!.amountCents)], 'grabbing twice gives the first amount back');

  // The grab carries no user: the money service records the connection's user. Only the service credential can name one.
  const detail = await a.call({ packetDetail: { groupPacketId: groupId, page: 0 } });
  const d = detail.packetDetail!;
  const winners = all.map((r, i) => (r.grab ? `friend-${i}` : null)).filter(Boolean).sort();
  t.same(d.grabs!.map((g) => g.userId).sort(), winners, 'each grab is booked to the user of the connection it came on');
  t.equal(d.senderUserId, aUser, 'detail names the sender');
  t.equal(Number(d.totalCents), shareAmount, 'detail shows the group total');
  t.equal((await a.call({ packetDetail: { groupPacketId: groupId, page: 2 } })).error?.code, 'DETAIL_PAGE_LIMIT', 'page 2 is refused');
  t.equal((await a.call({ grab: { groupPacketId: '' } })).error?.code, 'BAD_REQUEST', 'a grab without an id is refused');
  const forged = await fetch(`${info.money.url}/grab`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ groupPacketId: groupId, userId: 'friend-4' }) });
  t.equal(forged.status, 401, 'POST /grab naming another user, without the service token, is refused');

  // A balance answered TRY_AGAIN_LATER (a loaded machine) is asked again, as a phone would after retry_after_ms.
  const balanceOf = async (p: TestPhone): Promise<ServerMessage> => {
    for (let i = 0; ; i++) {
      const r = await p.call({ balance: {} });
      if (r.error?.code !== 'TRY_AGAIN_LATER' || i >= 20) return r;
      await new Promise((res) => setTimeout(res, r.error?.retryAfterMs ?? 500));
    }
  };
  for (const [i, r] of all.entries()) {
    const b = await balanceOf(friends[i]);
    t.equal(Number(b.balance?.balanceCents), r.grab ? Number(r.grab.amountCents) : 0, `friend-${i}'s balance is what they grabbed`);
  }
  const aBalance = await balanceOf(a);
  t.ok(Number(aBalance.balance?.balanceCents) >= Number(packet.amountCents), 'A\'s balance holds the opened amount');

  // Money service hung (stopped), then down (killed): requests that need it (a grab of a packet the agents
  // know nothing final about, a balance) are told to try again within the documented time; grabs the agents
  // hold a final answer for (agent/money/grab-memo.ts) keep getting that same answer, never a different one;
  // shakes keep being answered.
  const UNKNOWN_PACKET = 'p99999999999999';
  const sameFinalOrLater = (i: number, r: ServerMessage): boolean => r.error?.code === 'TRY_AGAIN_LATER'
    || (all[i].grab ? r.grab?.status === DUPLICATE && Number(r.grab.amountCents) === Number(all[i].grab!.amountCents) : r.error?.code === 'GROUP_PACKET_EMPTY');
  const moneyPid = dep.supervisor.pidOf('money')!;
  process.kill(moneyPid, 'SIGSTOP');
  try {
    const t0 = performance.now();
    const rs = await Promise.all(friends.flatMap((f) => [f.call({ grab: { groupPacketId: UNKNOWN_PACKET } }, 2000), f.call({ balance: {} }, 2000)]));
    const waited = performance.now() - t0;
    t.ok(rs.every((r) => r.error?.code === 'TRY_AGAIN_LATER'), 'money hung: TRY_AGAIN_LATER');
    t.ok(waited < 250, `money hung: answered within 250 ms (${waited.toFixed(0)} ms)`);
    const known = await Promise.all(friends.map((f) => f.call({ grab: { groupPacketId: groupId } }, 2000)));
    t.ok(known.every((r, i) => sameFinalOrLater(i, r)), `money hung: the shared packet's grabs get their final answer again or TRY_AGAIN_LATER (${known.map((r) => r.error?.code ?? r.grab?.status).join(', ')})`);
    const sh = await Promise.all(friends.map((f) => f.call({ shake: {} }, 2000)));
    t.ok(sh.every((r) => r.shake?.outcome), 'shakes are answered while the money service hangs');
  } finally {
    process.kill(moneyPid, 'SIGCONT');
  }
  await dep.kill('money');
  const times: number[] = [];
  for (const [i, f] of friends.entries()) {
    const t0 = performance.now();
    const r = await f.call({ grab: { groupPacketId: UNKNOWN_PACKET } }, 2000);
    times.push(performance.now() - t0);
    t.equal(r.error?.code, 'TRY_AGAIN_LATER', 'money down: TRY_AGAIN_LATER');
    t.ok(r.error!.retryAfterMs! > 0, 'with a retry_after_ms');
    const t1 = performance.now();
    const k = await f.call({ grab: { groupPacketId: groupId } }, 2000);
    times.push(performance.now() - t1);
    t.ok(sameFinalOrLater(i, k), `money down: friend-${i}'s grab of the shared packet gets its final answer again or TRY_AGAIN_LATER (${k.error?.code ?? k.grab?.status})`);
  }
  t.ok(Math.max(...times) < 250, `answered within 250 ms (max ${Math.max(...times).toFixed(0)} ms)`);
  const shakes = await Promise.all(friends.map((f) => f.call({ shake: {} }, 2000)));
  t.ok(shakes.every((r) => r.shake?.outcome), 'shakes are answered while the money service is down');
});
