/**
 * Phones' money requests with two money SETs: a grab or a detail goes to the SET that
 * owns the group packet (its id decides), a balance is the sum over every SET.
 */
import t from 'tap';
import { createHttpServer, listen, makeConfig, PacketService } from '../../../packet-service/index.ts';
import { importPackets } from '../../../packet-service/seed-import.ts';
import { op, pid, quietLog, tempDir, type Seed } from '../../../packet-service/test/helpers.ts';
import { setOfPacket } from '../../../contracts/sets.ts';
import { MoneyForwarder } from '../money-forwarder.ts';

const TOKEN = 'test-service-token-0123456789';
const OP_GRAB = 1, OP_BALANCE = 2, OP_DETAIL = 3;

async function startSet(t: Tap.Test, index: number): Promise<{ svc: PacketService; url: string }> {
  // Caps are decided in this SET here (no cap link): this test is about where requests go.
  const svc = new PacketService(makeConfig({ dataDir: tempDir(), shardCount: 2, set: { index, seedSets: 2, capSets: 2, capLink: null } }), { logger: quietLog() });
  const server = createHttpServer(svc, { serviceToken: TOKEN });
  const port = await listen(server, '127.0.0.1', 0);
  t.teardown(async () => { await new Promise((r) => server.close(r)); await svc.close(); });
  return { svc, url: `http://127.0.0.1:${port}` };
}

t.test('grabs and details reach the owning SET; a balance sums every SET', async (t) => {
  const sets = [await startSet(t, 0), await startSet(t, 1)];
  const seeds: Seed[] = Array.from({ length: 12 }, (_, i) => ({ packetId: pid(9_000_001 + i * 7), userId: `sender${i}`, sponsorId: `s${i}`, amountCents: 100 + i, shares: 2, shareAmountCents: 40 }));
  const owners = seeds.map((s) => setOfPacket(s.packetId, 2));
  t.same([...new Set(owners)].sort(), [0, 1], 'the packets live on both SETs');
  for (const [i, s] of seeds.entries()) {
    const { svc } = sets[owners[i]];
    await importPackets(svc, [s]);
    await svc.apply(op('open', s));
    await svc.apply(op('share', s));
  }
  const fwd = new MoneyForwarder({ endpoints: sets.map((s) => s.url), serviceToken: TOKEN, logger: quietLog() });
  t.teardown(() => fwd.close());
  const grabs = await Promise.all(seeds.map((s, i) => fwd.handle({ requestId: i + 1, op: OP_GRAB, userId: 'friend', groupPacketId: s.packetId, timeoutMs: 3000 })));
  t.same(grabs.map((r) => r.code ?? 'ok'), seeds.map(() => 'ok'), 'every grab answered by the SET that holds its group packet');
  const details = await Promise.all(seeds.map((s, i) => fwd.handle({ requestId: 100 + i, op: OP_DETAIL, userId: 'friend', groupPacketId: s.packetId, page: 0, timeoutMs: 3000 })));
  t.same(details.map((r) => r.code ?? 'ok'), seeds.map(() => 'ok'), 'every detail too');

  const grabbed = grabs.reduce((a, r) => a + (JSON.parse(r.json!) as { amountCents: number }).amountCents, 0);
  const perSet = await Promise.all(sets.map((s) => s.svc.balance('friend')));
  t.ok(perSet.every((c) => c > 0), `the friend holds money in both SETs (${perSet.join(' + ')})`);
  const bal = await fwd.handle({ requestId: 200, op: OP_BALANCE, userId: 'friend', timeoutMs: 3000 });
  t.equal((JSON.parse(bal.json!) as { balanceCents: number }).balanceCents, grabbed, 'the balance is the sum over the SETs');

  const wrong = new MoneyForwarder({ endpoints: [...sets.map((s) => s.url)].reverse(), serviceToken: TOKEN, logger: quietLog() });
  t.teardown(() => wrong.close());
  const lost = await wrong.handle({ requestId: 300, op: OP_GRAB, userId: 'other', groupPacketId: seeds[0].packetId, timeoutMs: 3000 });
  t.equal(lost.code, 'GROUP_PACKET_NOT_FOUND', 'the other SET does not hold it (why the route matters)');

  const down = new MoneyForwarder({ endpoints: [sets[0].url, 'http://127.0.0.1:9'], serviceToken: TOKEN, logger: quietLog() });
  t.teardown(() => down.close());
  t.equal((await down.handle({ requestId: 400, op: OP_BALANCE, userId: 'friend', timeoutMs: 1000 })).code, 'TRY_AGAIN_LATER', 'one SET down: no short balance, try again later');
});
