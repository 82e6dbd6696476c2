import t from 'tap';
import { shake } from '../../../contracts/proto/gen/shake.js';
import { appendRateLimit } from '../rate-limit-field.ts';
import { busyReply } from '../../io/canned-replies.ts';
import { OverloadShared } from '../overload-shared.ts';

const { ServerMessage } = shake.v1;

t.test('an appended rate_limit decodes as the field, the rest unchanged', async (t) => {
  for (const [tier, ms] of [[1, 2000], [3, 15_000], [0, 300], [255, 3_600_000]]) {
    const m = ServerMessage.decode(appendRateLimit(busyReply(42, 200, 'GATEWAY_BUSY'), tier, ms));
    t.equal(m.seq, 42);
    t.equal(m.busy?.retryAfterMs, 200);
    t.equal(m.rateLimit?.tier, tier);
    t.equal(m.rateLimit?.minIntervalMs, ms);
  }
});

t.test('shared limit word: tier and interval read together', async (t) => {
  const a = new OverloadShared();
  const b = new OverloadShared(a.buffer);
  t.equal(b.packed(), 0);
  a.set(3, 15_000, true);
  t.same(b.limit(), { tier: 3, minIntervalMs: 15_000 });
  t.equal(b.cheap(), true);
  a.set(0, 0, false);
  t.equal(b.packed(), 0);
});
