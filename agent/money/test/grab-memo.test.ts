/**
 * The agent's grab memo and per-packet cap: final answers are remembered and
 * answered without a call; "empty" is answered from memory only once the
 * packet's every grab is known, so a user who grabbed through ANOTHER agent
 * (another gateway) still hears their repeat, exactly as the money service
 * would say; grabs past the per-packet cap are told to try again at once.
 */
import t from 'tap';
import { startPacketService } from '../../../packet-service/app.ts';
import { makeConfig } from '../../../packet-service/config.ts';
import { book, op, pid, quietLog, tempDir, type Seed } from '../../../packet-service/test/helpers.ts';
import { GrabMemo } from '../grab-memo.ts';
import { DEFAULT_GRAB_PATH, MoneyForwarder } from '../money-forwarder.ts';

const TOKEN = 'test-service-token-0123456789';
const OP_GRAB = 1;

async function until(what: string, ok: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

t.test('memo: repeats at once; empty only once every grab is known; bounded', async (t) => {
  const m = new GrabMemo({ packetsKept: 2, grabsPerPacket: 10 });
  t.equal(m.answer('g1', 'a'), null, 'nothing known');
  m.recordGrab('g1', { userId: 'a', amountCents: 7, seq: 1, atMs: 5 });
  t.same(JSON.parse((m.answer('g1', 'a') as { json: string }).json), { status: 'ok', amountCents: 7, seq: 1, atMs: 5, repeat: true }, 'a repeat, as the money service words it');
  t.equal(m.recordFinal('g1', 'GROUP_PACKET_EMPTY', 'empty'), true, 'the first empty asks for the grab list');
  t.equal(m.recordFinal('g1', 'GROUP_PACKET_EMPTY', 'empty'), false, 'only once');
  t.equal(m.answer('g1', 'z'), null, 'empty not answered before the grab list is known');
  m.setGrabs('g1', [{ userId: 'a', amountCents: 7, seq: 1, atMs: 5 }, { userId: 'b', amountCents: 3, seq: 2, atMs: 6 }], false);
  t.equal(m.answer('g1', 'z'), null, 'an incomplete list keeps empty at the money service');
  m.setGrabs('g1', [{ userId: 'a', amountCents: 7, seq: 1, atMs: 5 }, { userId: 'b', amountCents: 3, seq: 2, atMs: 6 }], true);
  t.same(m.answer('g1', 'z'), { code: 'GROUP_PACKET_EMPTY', message: 'empty' }, 'a user who did not grab: empty');
  t.equal((JSON.parse((m.answer('g1', 'b') as { json: string }).json) as { amountCents: number }).amountCents, 3, 'a user who grabbed elsewhere: their repeat');
  m.recordGrab('g2', { userId: 'a', amountCents: 1, seq: 1, atMs: 1 });
  m.recordGrab('g3', { userId: 'a', amountCents: 1, seq: 1, atMs: 1 });
  t.equal(m.packetsKept, 2, 'at most packetsKept packets');
  t.equal(m.answer('g1', 'z'), null, 'the least recently used packet was forgotten');
});

t.test('forwarder: a grab through another agent is answered as a repeat after the packet is empty here', async (t) => {
  const app = await startPacketService(makeConfig({ dataDir: tempDir(), shardCount: 1 }), { serviceToken: TOKEN, logger: quietLog() });
  t.teardown(() => app.stop());
  const seed: Seed = { packetId: pid(889_001), userId: 'sender', sponsorId: 's1', amountCents: 1, shares: 2, shareAmountCents: 500 };
  await book(app.service, seed);
  await app.service.apply(op('open', seed));
  await app.service.apply(op('share', seed));
  const endpoints = [`http://127.0.0.1:${app.port}`];
  const here = new MoneyForwarder({ endpoints, serviceToken: TOKEN, logger: quietLog() });
  const elsewhere = new MoneyForwarder({ endpoints, serviceToken: TOKEN, logger: quietLog() });
  t.teardown(() => { here.close(); elsewhere.close(); });
  const grab = (f: MoneyForwarder, userId: string) => Promise.resolve(f.handle({ requestId: 1, op: OP_GRAB, userId, groupPacketId: seed.packetId, timeoutMs: 3000 }));

  const x = await grab(elsewhere, 'x');
  t.notOk(x.code, 'x grabs through the other agent');
  t.notOk((await grab(here, 'a')).code, 'a grabs here');
  t.equal((await grab(here, 'c')).code, 'GROUP_PACKET_EMPTY', 'c: empty, from the money service');
  await until('the grab list read', () => { const before = here.memoAnswers; void grab(here, 'probe'); return here.memoAnswers > before; });
  const calls = here.stats.requests;
  const memoBefore = here.memoAnswers;
  t.equal((await grab(here, 'd')).code, 'GROUP_PACKET_EMPTY', 'd: empty, from memory');
  const xHere = await grab(here, 'x');
  t.notOk(xHere.code, 'x asking here is not told empty');
  const xr = JSON.parse(xHere.json!) as { amountCents: number; repeat: boolean };
  t.same([xr.amountCents, xr.repeat], [(JSON.parse(x.json!) as { amountCents: number }).amountCents, true], 'x hears their own amount as a repeat, as the money service would say');
  t.equal(here.memoAnswers - memoBefore, 2, 'both answered from memory');
  t.equal(here.stats.requests - calls, 2);
  const direct = await app.service.grab(seed.packetId, 'x');
  t.same(direct.status === 'ok' && [direct.amountCents, direct.repeat], [xr.amountCents, true], 'the money service says the same');
});

t.test('forwarder: grabs past the per-packet cap are told to try again at once', async (t) => {
  const app = await startPacketService(makeConfig({ dataDir: tempDir(), shardCount: 1 }), { serviceToken: TOKEN, logger: quietLog() });
  t.teardown(() => app.stop());
  const seed: Seed = { packetId: pid(889_002), userId: 'sender', sponsorId: 's1', amountCents: 1, shares: 50, shareAmountCents: 5000 };
  await book(app.service, seed);
  await app.service.apply(op('open', seed));
  await app.service.apply(op('share', seed));
  const fwd = new MoneyForwarder({ endpoints: [`http://127.0.0.1:${app.port}`], serviceToken: TOKEN, logger: quietLog(), grabs: { ...DEFAULT_GRAB_PATH, inFlightPerPacket: 2 } });
  t.teardown(() => fwd.close());
  const replies = Array.from({ length: 10 }, (_, i) => fwd.handle({ requestId: i, op: OP_GRAB, userId: `u${i}`, groupPacketId: seed.packetId, timeoutMs: 3000 }));
  const immediate = replies.filter((r) => !(r instanceof Promise));
  t.equal(immediate.length, 8, 'eight answered synchronously');
  t.ok(immediate.every((r) => (r as { code?: string }).code === 'TRY_AGAIN_LATER'), 'with TRY_AGAIN_LATER');
  t.equal(fwd.stats.inFlightPeak, 2, 'two went to the money service');
  const done = await Promise.all(replies);
  t.equal(done.filter((r) => !r.code).length, 2, 'and were paid');
  t.equal(fwd.stats.capped, 8);
  t.equal(fwd.stats.inFlight, 0);
});
