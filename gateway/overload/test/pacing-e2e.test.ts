/**
 * Pacing against a real gateway process, made deterministic with a tier-0
 * interval (no load needed): a phone that ignores the interval is slowed,
 * then closed; a phone that follows the client rules is never delayed.
 */
import t from 'tap';
import { setTimeout as sleep } from 'node:timers/promises';
import { startGatewayProcess } from '../../../test/helpers/gateway-process.ts';
import { gatewayConfigFile } from '../../../test/helpers/gateway-config-file.ts';
import { TestPhone } from '../../../test/helpers/phone.ts';
import { limitAfterReply, nextShakeDelayMs, NO_LIMIT, type ClientLimit } from '../../../contracts/client-rules.ts';

const secret = 'pacing-secret-0123456789';
const INTERVAL = 300;
const STRIKES = 5;

t.test('ignoring phones are slowed then closed; an obeying phone is never delayed or closed', async (t) => {
  const gw = await startGatewayProcess({
    SHAKE_AUTH_SECRET: secret,
    SHAKE_GATEWAY_CONFIG: gatewayConfigFile({ overload: { pacing: { tier0IntervalMs: INTERVAL, maxStrikes: STRIKES } } }),
  });
  t.teardown(() => gw.stop());

  // Obeying phone: waits what the replies say (client-rules), measures each reply's latency.
  const obeying = async () => {
    const p = await TestPhone.connect(gw.url, { secret, userId: 'obeys' });
    let limit: ClientLimit = NO_LIMIT;
    let last = 0;
    const latencies: number[] = [];
    for (let seq = 1; seq <= 14; seq++) {
      await sleep(nextShakeDelayMs(limit, Date.now() - last, Math.random));
      last = Date.now();
      p.send({ seq, shake: {} });
      await p.until((x) => x.replies.length >= seq, 3000);
      latencies.push(Date.now() - last);
      limit = limitAfterReply(limit, p.replies[seq - 1]);
    }
    const closedBefore = p.closed;
    p.close();
    return { closedBefore, latencies, limit };
  };

  // Closed-loop ignorer: shakes again the moment a reply arrives.
  const closedLoop = await TestPhone.connect(gw.url, { secret, userId: 'ignores-1' });
  const replyTimes: number[] = [];
  let seq = 1;
  closedLoop.ws.on('message', () => {
    replyTimes.push(Date.now());
    if (!closedLoop.closed) closedLoop.send({ seq: ++seq, shake: {} });
  });
  // Pipelining ignorer: 20 shakes at once.
  const burst = await TestPhone.connect(gw.url, { secret, userId: 'ignores-2' });
  const ob = obeying();
  closedLoop.send({ seq: 1, shake: {} });
  for (let s = 1; s <= 20; s++) burst.send({ seq: s, shake: {} });

  const c1 = await closedLoop.waitClosed(10_000);
  const c2 = await burst.waitClosed(10_000);
  t.same(c1, { code: 1008, reason: 'RATE_LIMIT_IGNORED' }, 'closed-loop ignorer closed for ignoring the limit');
  t.same(c2, { code: 1008, reason: 'RATE_LIMIT_IGNORED' });
  t.equal(closedLoop.replies[0].rateLimit?.minIntervalMs, INTERVAL, 'told the interval with its first reply');
  t.ok(closedLoop.replies.every((r) => r.rateLimit?.minIntervalMs === INTERVAL), 'every reply tells it');
  // The last reply (the one past the bound) goes out at once with the close.
  const gaps = replyTimes.slice(1, -1).map((x, i) => x - replyTimes[i]);
  t.equal(replyTimes.length, STRIKES + 2, `first reply, ${STRIKES} held ones, the closing one`);
  t.ok(gaps.every((g) => g >= INTERVAL - 30), `slowed to the interval: reply gaps ${gaps.join(',')} ms`);
  t.ok(burst.replies.length >= STRIKES && burst.replies.length <= STRIKES + 2, `burst got ${burst.replies.length} replies, then closed`);
  t.same(burst.replies.map((r) => r.seq), burst.replies.map((_, i) => i + 1), 'in request order');

  const { closedBefore, latencies, limit } = await ob;
  t.equal(closedBefore, null, 'obeying phone never closed by the gateway');
  t.same(limit, { tier: 0, minIntervalMs: INTERVAL });
  t.ok(Math.max(...latencies) < 150, `obeying phone never held: latencies ${latencies.join(',')} ms`);

  const st = (await gw.status()).overload;
  t.equal(st.pacingClosed, 2, JSON.stringify(st));
  t.ok(st.delayedReplies >= 2 * STRIKES, `${st.delayedReplies} replies delayed`);
  t.equal(st.heldReplies, 0, 'nothing left held');
});
