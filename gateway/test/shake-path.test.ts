import t from 'tap';
import { startGatewayProcess } from '../../test/helpers/gateway-process.ts';
import { TestPhone } from '../../test/helpers/phone.ts';
import { makeUserToken } from '../auth/user-token.ts';

const secret = 'e2e-secret-0123456789';

t.test('a real WebSocket client shakes and gets the reply for its seq', async (t) => {
  const gw = await startGatewayProcess({ SHAKE_AUTH_SECRET: secret });
  t.teardown(() => gw.stop());
  const phone = await TestPhone.connect(gw.url, { secret, userId: 'alice' });
  t.teardown(() => phone.close());
  for (const seq of [7, 8, 4_000_000_000]) phone.send({ seq, shake: {} });
  phone.send({ seq: 9, ping: {} });
  await phone.until((p) => p.replies.length === 4);
  t.same(phone.replies.map((r) => r.seq), [7, 8, 4_000_000_000, 9], 'each reply echoes its request seq, in order');
  t.ok(phone.replies[0].shake, 'shake answered with a ShakeReply');
  t.ok(Number(phone.replies[3].pong?.serverTimeMs) > 0, 'ping answered with the server time');
  const status = await gw.status();
  t.equal(status.connections, 1, '/status counts the open connection');
  t.equal(status.logicGeneration, 1);
  t.equal(status.configVersion, 0);
  const metrics = await (await fetch(`http://127.0.0.1:${gw.adminPort}/metrics`)).text();
  t.match(metrics, /shake_connections 1/);
  t.match(metrics, /shake_logic_handled_total 4/);
});

t.test('the token is accepted from an Authorization: Bearer header too', async (t) => {
  const gw = await startGatewayProcess({ SHAKE_AUTH_SECRET: secret });
  t.teardown(() => gw.stop());
  const token = makeUserToken(secret, 'bob', Date.now() + 60_000);
  const phone = await TestPhone.connect(gw.url, { headers: { authorization: `Bearer ${token}` } });
  t.teardown(() => phone.close());
  phone.send({ seq: 1, shake: {} });
  await phone.until((p) => p.replies.length === 1);
  t.equal(phone.replies[0].seq, 1);
});

t.test('bad, expired, forged and missing tokens are refused at the upgrade with a clear status', async (t) => {
  const gw = await startGatewayProcess({ SHAKE_AUTH_SECRET: secret });
  t.teardown(() => gw.stop());
  const refused = async (token: string | undefined) => {
    try {
      const p = await TestPhone.connect(token === undefined ? gw.url.replace(/\/$/, '/?x=1') : gw.url, { token: token ?? '' });
      p.close();
      return 'accepted';
    } catch (e) {
      return `${(e as { statusCode?: number }).statusCode} ${(e as { code?: string }).code}`;
    }
  };
  t.equal(await refused(makeUserToken(secret, 'u', Date.now() - 1)), '401 AUTH_TOKEN_EXPIRED');
  t.equal(await refused(makeUserToken('some-other-secret-123', 'u', Date.now() + 60_000)), '401 AUTH_TOKEN_BAD_SIGNATURE');
  t.equal(await refused('garbage'), '401 AUTH_TOKEN_MALFORMED');
  t.equal(await refused(''), '401 AUTH_TOKEN_MISSING');
  const status = await gw.status();
  t.equal(status.connections, 0, 'no connection was opened');
  t.equal(status.counters.framesIn, 0, 'nothing reached the logic layer');
});
