/**
 * Admission that strangers cannot spend, against a real gateway process:
 * bad-token upgrades are charged to their own bucket (never to the phones'),
 * a flood of them from several 127.x addresses does not stop valid phones,
 * and one user cannot hold more than limits.maxConnectionsPerUser connections.
 */
import t from 'tap';
import { startGatewayProcess } from '../../../test/helpers/gateway-process.ts';
import { gatewayConfigFile } from '../../../test/helpers/gateway-config-file.ts';
import { TestPhone } from '../../../test/helpers/phone.ts';
import { floodBadUpgrades } from '../../../test/helpers/upgrade-flood.ts';

const secret = 'admission-hardening-secret-0123';

async function connectOrStatus(url: string, userId: string, token?: string): Promise<TestPhone | number> {
  try {
    return await TestPhone.connect(url, { secret, userId, token });
  } catch (e) {
    return (e as { statusCode?: number }).statusCode ?? -1;
  }
}

t.test('finding: bad-token upgrades no longer spend the connect budget of valid phones', async (t) => {
  const gw = await startGatewayProcess({
    SHAKE_PROFILE: 'development', SHAKE_AUTH_SECRET: secret,
    SHAKE_GATEWAY_CONFIG: gatewayConfigFile({ overload: { admission: { upgradesPerSec: 0.01, burst: 5, retryAfterMs: 1000 } } }),
  });
  t.teardown(() => gw.stop());
  const junk: (TestPhone | number)[] = [];
  for (let i = 0; i < 5; i++) junk.push(await connectOrStatus(gw.url, 'x', `junk-${i}`));
  t.same(junk, [401, 429, 429, 429, 429], 'bad tokens: 401, then 429 once their own (smaller) budget is spent');
  const phone = await connectOrStatus(gw.url, 'valid-after-junk');
  t.type(phone, TestPhone, `the valid phone connects after five bad upgrades (got ${typeof phone === 'number' ? phone : 'open'})`);
  if (phone instanceof TestPhone) phone.close();
});

t.test('a flood of 2,000 bad-token upgrades/s for 5 s from several 127.x addresses: every valid phone connects', async (t) => {
  const gw = await startGatewayProcess({
    SHAKE_PROFILE: 'development', SHAKE_AUTH_SECRET: secret,
    SHAKE_GATEWAY_CONFIG: gatewayConfigFile({ overload: { admission: { upgradesPerSec: 200, burst: 200, retryAfterMs: 1000 } } }),
  });
  t.teardown(() => gw.stop());
  const flood = floodBadUpgrades({ port: gw.wsPort, ratePerSec: 2000, durationMs: 5000, addresses: ['127.0.0.2', '127.0.0.3', '127.0.0.4', '127.0.0.5'] });
  const outcomes: (TestPhone | number)[] = [];
  const started = Date.now();
  for (let i = 0; Date.now() - started < 4500; i++) {
    outcomes.push(await connectOrStatus(gw.url, `flood-victim-${i}`));
    await new Promise((r) => setTimeout(r, 100)); // phones arrive over the whole flood
  }
  const sent = await flood;
  const refused = outcomes.filter((o) => typeof o === 'number');
  t.ok(outcomes.length >= 10, `${outcomes.length} valid phones tried during the flood`);
  t.same(refused, [], 'every valid phone connected');
  const junk = Object.values(sent.statuses).reduce((a, b) => a + b, 0);
  t.ok(sent.sent >= 9500, `the flood was offered: ${sent.sent} bad upgrades in 5 s`);
  t.ok(junk > 500, `and answered: ${JSON.stringify(sent.statuses)} (each refusal closes its connection; the flooder reconnects)`);
  t.ok((sent.statuses['429'] ?? 0) > 0, 'beyond their own budget, bad upgrades get 429');
  for (const o of outcomes) if (o instanceof TestPhone) o.close();
  const status = await gw.status();
  t.ok((status.counters.upgradesRefused.UNAUTHENTICATED_RATE_LIMITED ?? 0) > 0, 'counted as UNAUTHENTICATED_RATE_LIMITED');
});

t.test('finding: one user cannot take every slot; the newest connection is admitted, the oldest closed with 4001', async (t) => {
  const gw = await startGatewayProcess({ SHAKE_PROFILE: 'development', SHAKE_AUTH_SECRET: secret, SHAKE_MAX_CONNECTIONS: '4' });
  t.teardown(() => gw.stop());
  const mine: TestPhone[] = [];
  for (let i = 0; i < 5; i++) mine.push(await TestPhone.connect(gw.url, { secret, userId: 'greedy' }));
  await mine[0]!.until((p) => p.closed !== null).catch(() => {});
  await mine[1]!.until((p) => p.closed !== null).catch(() => {});
  t.same(mine[0]!.closed, { code: 4001, reason: 'USER_CONNECTION_REPLACED' }, 'the oldest is closed with the catalogue code');
  t.same(mine[1]!.closed?.code, 4001);
  t.same(mine.slice(2).map((p) => p.closed), [null, null, null], 'the three newest stay open');
  const other = await connectOrStatus(gw.url, 'someone-else');
  t.type(other, TestPhone, 'another user still gets a slot');
  mine[4]!.send({ seq: 1, shake: {} });
  await mine[4]!.until((p) => p.replies.length === 1);
  t.ok(mine[4]!.replies[0]!.shake, 'the newest connection is served');
  for (const p of [...mine, other]) if (p instanceof TestPhone) p.close();
  t.equal((await gw.status()).counters.userConnectionsReplaced, 2);
});
