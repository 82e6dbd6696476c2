/** Admission against a real gateway: upgrades beyond the configured rate are refused with 503 and a retry hint. */
import t from 'tap';
import http from 'node:http';
import { startGatewayProcess } from '../../../test/helpers/gateway-process.ts';
import { gatewayConfigFile } from '../../../test/helpers/gateway-config-file.ts';
import { TestPhone } from '../../../test/helpers/phone.ts';
import { makeUserToken } from '../../auth/user-token.ts';
import { retryAfterFromHeaders } from '../../../contracts/client-rules.ts';

const secret = 'admission-secret-0123456789';

function upgrade(port: number, userId: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({
      host: '127.0.0.1', port, path: `/?token=${encodeURIComponent(makeUserToken(secret, userId, Date.now() + 60_000))}`,
      headers: { Connection: 'Upgrade', Upgrade: 'websocket', 'Sec-WebSocket-Version': '13', 'Sec-WebSocket-Key': 'dGhlIHNhbXBsZSBub25jZQ==' },
    });
    req.on('upgrade', (res, socket) => { socket.destroy(); resolve({ status: res.statusCode ?? 0, headers: res.headers, body: '' }); });
    req.on('response', (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

t.test('upgrades beyond the rate get 503 CONNECT_RATE_LIMITED with a retry hint; admitted phones are served', async (t) => {
  const gw = await startGatewayProcess({
    SHAKE_AUTH_SECRET: secret,
    SHAKE_GATEWAY_CONFIG: gatewayConfigFile({ overload: { admission: { upgradesPerSec: 2, burst: 5, retryAfterMs: 1500 } } }),
  });
  t.teardown(() => gw.stop());
  const results = [];
  for (let i = 0; i < 8; i++) results.push(await upgrade(gw.wsPort, `u${i}`));
  t.same(results.slice(0, 5).map((r) => r.status), [101, 101, 101, 101, 101], 'the burst is admitted');
  const refused = results.slice(5);
  t.ok(refused.every((r) => r.status === 503), `then refused: ${refused.map((r) => r.status)}`);
  const r = refused[0];
  t.equal(r.headers['x-shake-error'], 'CONNECT_RATE_LIMITED');
  t.equal(r.headers['retry-after'], '2');
  t.equal(retryAfterFromHeaders((n) => r.headers[n] as string | undefined), 1500);
  t.same(JSON.parse(r.body), { code: 'CONNECT_RATE_LIMITED', message: 'too many new connections; retry later' });

  await new Promise((res) => setTimeout(res, 1100)); // refills 2
  const phone = await TestPhone.connect(gw.url, { secret, userId: 'later' });
  phone.send({ seq: 1, shake: {} });
  await phone.until((p) => p.replies.length === 1);
  t.ok(phone.replies[0].shake, 'admitted after the wait, served');
  phone.close();

  const metrics = await (await fetch(`http://127.0.0.1:${gw.adminPort}/metrics`)).text();
  t.match(metrics, /shake_upgrades_refused_total\{code="CONNECT_RATE_LIMITED"\} 3/);
  t.equal((await gw.status()).overload.connectsRateLimited, 3);
});
