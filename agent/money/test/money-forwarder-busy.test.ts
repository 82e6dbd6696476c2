/** A grab the money service refuses as GRAB_BUSY reaches the phone as TRY_AGAIN_LATER (retry later), counted, not as a failure. */
import t from 'tap';
import { startPacketService } from '../../../packet-service/app.ts';
import { makeConfig } from '../../../packet-service/config.ts';
import { book, op, pid, quietLog, tempDir, type Seed } from '../../../packet-service/test/helpers.ts';
import { MoneyForwarder } from '../money-forwarder.ts';

const TOKEN = 'test-service-token-0123456789';

t.test('GRAB_BUSY from the money service -> TRY_AGAIN_LATER to the phone', async (t) => {
  const app = await startPacketService(makeConfig({ dataDir: tempDir(), shardCount: 1, grabGate: { queuedPerPacket: 1 } }), { serviceToken: TOKEN, logger: quietLog() });
  t.teardown(() => app.stop());
  const seed: Seed = { packetId: pid(888_001), userId: 'sender', sponsorId: 's1', amountCents: 1, shares: 5, shareAmountCents: 500 };
  await book(app.service, seed);
  await app.service.apply(op('open', seed));
  await app.service.apply(op('share', seed));
  const fwd = new MoneyForwarder({ endpoints: [`http://127.0.0.1:${app.port}`], serviceToken: TOKEN, logger: quietLog() });
  t.teardown(() => fwd.close());
  const replies = await Promise.all(['u1', 'u2', 'u3'].map((userId, i) => fwd.handle({ requestId: i + 1, op: 1, userId, groupPacketId: seed.packetId, timeoutMs: 3000 })));
  const codes = replies.map((r) => r.code ?? 'ok');
  t.ok(codes.includes('ok'), `one grab got through (${codes.join(', ')})`);
  t.ok(codes.every((c) => c === 'ok' || c === 'TRY_AGAIN_LATER'), 'the others are told to try again later');
  t.equal(fwd.stats.ok + fwd.stats.tryAgain, 3);
  t.equal(fwd.stats.refused, 0);
});
