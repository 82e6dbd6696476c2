import t from 'tap';
import { startGatewayProcess } from '../../test/helpers/gateway-process.ts';
import { makeUserToken } from '../../gateway/auth/user-token.ts';
import { NativePhones } from './native-phones.ts';

const secret = 'native-phones-test-secret-0123456';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

t.test('native drill phones against a real gateway: obeying phones get answers and stay connected; a refused token is a connect failure', async (t) => {
  const gw = await startGatewayProcess({ SHAKE_AUTH_SECRET: secret });
  t.teardown(() => gw.stop());
  const path = (i: number) => `/?token=${encodeURIComponent(i === 10 ? 'forged' : makeUserToken(secret, `np${i}`, Date.now() + 600_000))}`;
  const phones = new NativePhones({
    host: '127.0.0.1', port: gw.wsPort, path, localAddresses: ['127.0.77.1'],
    obey: 10, ignore: 1, obeyCadenceMs: 100, ignoreCadenceMs: 50, ignoreReconnectMs: 100, ignoreHonorsRetryAfter: true,
  });
  t.teardown(() => phones.stop());
  await phones.ready();
  phones.start('obey', 100);
  phones.start('ignore', 10);
  await sleep(1500);
  t.equal(await phones.obeyOpen(), 10, 'every obeying phone connected');
  const s = await phones.stats();
  t.ok(s.obey.replies >= 50, `obeying phones shook at their cadence and were answered (${s.obey.replies})`);
  t.equal(s.obey.closed, 0, 'no obeying phone closed');
  t.equal(s.obey.hist.count, s.obey.replies, 'one latency per reply');
  t.ok(s.obey.hist.summary().p99 < 1000, 'latencies are recorded in ms');
  t.equal(s.ignore.replies, 0, 'the phone with a forged token never got in');
  t.ok(s.ignore.connectFailed >= 5, `its connects were refused and retried (${s.ignore.connectFailed})`);
});
