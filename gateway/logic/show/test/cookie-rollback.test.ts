/**
 * Cap layer (a) may only add information: a phone that won elsewhere and then
 * sends an older cookie of its own (fewer wins) must not get its count lowered.
 */
import t from 'tap';
import { startGatewayProcess } from '../../../../test/helpers/gateway-process.ts';
import { TestPhone } from '../../../../test/helpers/phone.ts';
import { drill, packets, roundShow } from '../../../../test/helpers/show-drill.ts';
import { CapCookies } from '../cap-cookie.ts';

const secret = 'cookie-rollback-secret-0123';
const cookieSecret = 'cookie-rollback-cookie-secret-01';
const CAP_REACHED = 3;
const RED_PACKET = 5;

t.test('finding: an older cap cookie of the same user does not lower the count (no rollback of layer a)', async (t) => {
  const gw = await startGatewayProcess({ SHAKE_PROFILE: 'development', SHAKE_AUTH_SECRET: secret, SHAKE_COOKIE_SECRET: cookieSecret, SHAKE_FAULT_INJECTION: '1' });
  t.teardown(() => gw.stop());
  await drill.applyShow(gw.adminPort, roundShow({ caps: { packetsPerUser: 3, packetsPerSponsor: 1 } }));
  await drill.feed(gw.adminPort, packets(10, ['s4', 's5', 's6']));
  // Cookies another gateway of the deployment signed for this user: after one win, then after three.
  const cookies = new CapCookies(cookieSecret);
  const older = cookies.encode('roller', [{ packetId: 'elsewhere-1', sponsorId: 's1' }]);
  const newer = cookies.encode('roller', [1, 2, 3].map((i) => ({ packetId: `elsewhere-${i}`, sponsorId: `s${i}` })));
  const p = await TestPhone.connect(gw.url, { secret, userId: 'roller' });
  t.teardown(() => p.close());
  const shakeWith = async (cookie: Uint8Array) => {
    const seq = p.replies.length + 1;
    p.send({ seq, shake: { cookie } });
    await p.until((x) => x.replies.length === seq);
    return p.replies[seq - 1]!.shake!;
  };
  t.equal((await shakeWith(newer)).noPacketReason, CAP_REACHED, 'the newer cookie shows the cap reached');
  const rolledBack = await shakeWith(older);
  t.not(rolledBack.outcome, RED_PACKET, 'the older cookie wins nothing');
  t.equal(rolledBack.noPacketReason, CAP_REACHED, 'still CAP_REACHED');
  t.equal((await shakeWith(new Uint8Array())).noPacketReason, CAP_REACHED, 'nor does sending no cookie');
  t.equal((await gw.status()).counters.packetsIssued, 0, 'nothing issued');
});
