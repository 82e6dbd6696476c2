import t from 'tap';
import { startGatewayProcess } from '../../test/helpers/gateway-process.ts';
import { gatewayConfigFile } from '../../test/helpers/gateway-config-file.ts';
import { TestPhone } from '../../test/helpers/phone.ts';

const secret = 'e2e-secret-0123456789';

t.test('bad frames get clear answers and the gateway keeps serving everyone', async (t) => {
  const gw = await startGatewayProcess({
    SHAKE_AUTH_SECRET: secret,
    SHAKE_GATEWAY_CONFIG: gatewayConfigFile({ limits: { maxFrameBytes: 1024, maxInFlightPerConnection: 4, maxConsecutiveRejects: 50 } }),
  });
  t.teardown(() => gw.stop());
  const bystander = await TestPhone.connect(gw.url, { secret, userId: 'bystander' });
  t.teardown(() => bystander.close());

  t.test('malformed protobuf: BAD_REQUEST error, connection stays usable', async (t) => {
    const p = await TestPhone.connect(gw.url, { secret, userId: 'mal' });
    p.sendRaw(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f, 0x01]));
    p.sendRaw(new Uint8Array([0x08, 0x05])); // seq 5, no operation
    p.send({ seq: 6, shake: {} });
    await p.until((x) => x.replies.length === 3);
    t.equal(p.replies[0].error?.code, 'BAD_REQUEST');
    t.equal(p.replies[1].error?.code, 'UNKNOWN_OPERATION');
    t.equal(p.replies[1].seq, 5);
    t.ok(p.replies[2].shake, 'a valid shake afterwards is served');
    t.equal(p.closed, null);
    p.close();
  });

  t.test('text frames are refused with TEXT_FRAME_NOT_SUPPORTED', async (t) => {
    const p = await TestPhone.connect(gw.url, { secret, userId: 'texter' });
    p.sendRaw('{"shake":true}', false);
    await p.until((x) => x.replies.length === 1);
    t.equal(p.replies[0].error?.code, 'TEXT_FRAME_NOT_SUPPORTED');
    t.equal(p.closed, null);
    p.close();
  });

  t.test('an oversized frame closes that connection only', async (t) => {
    const p = await TestPhone.connect(gw.url, { secret, userId: 'big' });
    p.sendRaw(new Uint8Array(4096));
    const closed = await p.waitClosed();
    t.equal(closed.code, 1009, 'closed with 1009 (message too big)');
    t.match(closed.reason, /larger than 1024/);
  });

  t.test('a flood beyond the in-flight limit gets Busy replies, one answer per request; endless flooding closes', async (t) => {
    const p = await TestPhone.connect(gw.url, { secret, userId: 'flood' });
    for (let seq = 1; seq <= 40; seq++) p.send({ seq, shake: {} });
    await p.until((x) => x.replies.length === 40);
    const busy = p.replies.filter((r) => r.busy);
    const served = p.replies.filter((r) => r.shake);
    t.equal(busy.length + served.length, 40, 'every request answered once');
    t.same([...new Set(p.replies.map((r) => r.seq))].length, 40, 'no seq answered twice');
    t.ok(busy.length > 0, `${busy.length} answered busy`);
    t.ok(busy.every((r) => r.busy!.reason === 'TOO_MANY_IN_FLIGHT' && Number(r.busy!.retryAfterMs) > 0), 'busy carries reason and retry hint');
    for (let seq = 100; seq < 2100; seq++) p.send({ seq, shake: {} });
    const closed = await p.waitClosed(10_000);
    t.equal(closed.code, 1008, 'closed with policy violation after too many rejects in a row');
  });

  t.test('the bystander was served throughout', async (t) => {
    bystander.send({ seq: 1, shake: {} });
    await bystander.until((x) => x.replies.length === 1);
    t.equal(bystander.replies[0].seq, 1);
    t.equal(bystander.closed, null);
  });
});

t.test('a bad gateway config file stops the process with a clear message', async (t) => {
  const err = await startGatewayProcess({ SHAKE_GATEWAY_CONFIG: gatewayConfigFile({ limits: { maxFrameBytes: 'big' } }) }).then(
    () => null,
    (e: Error) => e.message,
  );
  t.match(err, /GATEWAY_CONFIG_INVALID|maxFrameBytes/);
  const err2 = await startGatewayProcess({ SHAKE_GATEWAY_CONFIG: gatewayConfigFile({ nope: 1 }) }).then(() => null, (e: Error) => e.message);
  t.match(err2, /nope: unknown setting/);
});
