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

t.test('a full request ring makes the IO layer answer GATEWAY_BUSY itself; every request still gets one answer', async (t) => {
  const gw = await startGatewayProcess({
    SHAKE_AUTH_SECRET: secret,
    SHAKE_GATEWAY_CONFIG: gatewayConfigFile({ limits: { maxFrameBytes: 128, maxInFlightPerConnection: 1000, maxConsecutiveRejects: 100000 }, rings: { requestRingBytes: 2048, replyRingBytes: 1 << 20 } }),
  });
  t.teardown(() => gw.stop());
  const phones = await Promise.all(Array.from({ length: 20 }, (_, i) => TestPhone.connect(gw.url, { secret, userId: `burst${i}` })));
  t.teardown(() => phones.forEach((p) => p.close()));
  for (const p of phones) for (let seq = 1; seq <= 200; seq++) p.send({ seq, shake: {} });
  await Promise.all(phones.map((p) => p.until((x) => x.replies.length === 200, 20_000)));
  const all = phones.flatMap((p) => p.replies);
  const busy = all.filter((r) => r.busy?.reason === 'GATEWAY_BUSY');
  t.ok(busy.length > 0, `${busy.length} of ${all.length} answered GATEWAY_BUSY by the IO layer`);
  t.ok(busy.every((r) => Number(r.busy!.retryAfterMs) > 0 && r.seq > 0), 'with a retry hint and the request seq');
  t.equal(all.filter((r) => r.shake).length + busy.length, all.length, 'everything else was served');
  t.ok(phones.every((p) => new Set(p.replies.map((r) => r.seq)).size === 200), 'one answer per request, none lost');
});

t.test('the gateway refuses to run on the slow JS fallback of uWebSockets.js', async (t) => {
  const err = await startGatewayProcess({ UWS_USE_FALLBACK: '1' }).then((g) => { void g.stop(); return 'started'; }, (e: Error) => e.message);
  t.match(err, /refusing to run the gateway on the slow JS fallback/);
});
