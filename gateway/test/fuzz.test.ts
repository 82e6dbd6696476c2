import t from 'tap';
import fc from 'fast-check';
import { shake } from '../../contracts/proto/gen/shake.js';
import { RequestHandler } from '../logic/request-handler.ts';
import { encodeRequestPrefix } from '../frame-format.ts';
import { BasicLogicApp } from '../logic/basic-app.ts';
import { peekSeq } from '../io/peek-seq.ts';
import { startGatewayProcess } from '../../test/helpers/gateway-process.ts';
import { TestPhone } from '../../test/helpers/phone.ts';

const { ClientMessage, ServerMessage } = shake.v1;
const handler = new RequestHandler(new BasicLogicApp());
const withUser = (body: Uint8Array) => {
  const prefix = encodeRequestPrefix('fuzz-user');
  const out = new Uint8Array(prefix.length + body.length);
  out.set(prefix);
  out.set(body, prefix.length);
  return out;
};

const clientMessage = fc.record({
  seq: fc.nat({ max: 0xffffffff }),
  op: fc.constantFrom('shake', 'ping', 'open', 'share'),
  cookie: fc.uint8Array({ maxLength: 64 }),
  token: fc.string({ maxLength: 80 }),
}).map(({ seq, op, cookie, token }) =>
  ClientMessage.encode(op === 'shake' ? { seq, shake: { cookie } } : op === 'ping' ? { seq, ping: {} } : op === 'open' ? { seq, open: { packetToken: token } } : { seq, share: { packetToken: token } }).finish(),
);

t.test('any byte string yields exactly one decodable reply, never an exception (time-bounded)', async (t) => {
  fc.assert(
    fc.property(fc.oneof(fc.uint8Array({ maxLength: 512 }), clientMessage, clientMessage.chain((m) => fc.nat({ max: Math.max(0, m.length - 1) }).map((cut) => m.subarray(0, cut)))), (bytes) => {
      const reply = handler.handleFrame(withUser(bytes));
      // Money and resource requests are answered by the host, not by these bytes: exactly one of the two.
      const handedToHost = reply.money !== undefined || reply.resources !== undefined;
      if (handedToHost) return reply.bytes.length === 0;
      return ServerMessage.decode(reply.bytes).body !== undefined;
    }),
    { numRuns: 20_000, interruptAfterTimeLimit: 5_000, examples: [[Uint8Array.from([0x38, 0x00])]] },
  );
  t.pass('fuzzed the decode/dispatch/encode path');
});

t.test('peekSeq agrees with the protobuf decoder on every valid message', async (t) => {
  fc.assert(
    fc.property(clientMessage, (bytes) => peekSeq(bytes) === ClientMessage.decode(bytes).seq),
    { numRuns: 5_000 },
  );
  fc.assert(fc.property(fc.uint8Array({ maxLength: 16 }), (b) => Number.isInteger(peekSeq(b)) && peekSeq(b) >= 0), { numRuns: 5_000 });
  t.pass('seq peeked without decoding');
});

t.test('random frames over a real socket: every frame answered or the connection closed cleanly; the gateway serves on', async (t) => {
  const secret = 'fuzz-secret-0123456789';
  const gw = await startGatewayProcess({ SHAKE_AUTH_SECRET: secret });
  t.teardown(() => gw.stop());
  const frames = fc.sample(fc.oneof(fc.uint8Array({ minLength: 1, maxLength: 300 }), clientMessage), { numRuns: 3000, seed: 42 });
  let answered = 0;
  for (let i = 0; i < frames.length; i += 300) {
    const p = await TestPhone.connect(gw.url, { secret, userId: `fuzz${i}` });
    const batch = frames.slice(i, i + 300);
    // Stay within the in-flight limit: this is a fuzz of content, not a flood.
    for (let j = 0; j < batch.length; j += 16) {
      for (const f of batch.slice(j, j + 16)) p.sendRaw(f);
      await p.until((x) => x.replies.length === Math.min(j + 16, batch.length), 10_000);
    }
    answered += p.replies.length;
    t.equal(p.closed, null);
    p.close();
  }
  t.equal(answered, frames.length, 'one reply per random frame');
  const probe = await TestPhone.connect(gw.url, { secret, userId: 'probe' });
  probe.send({ seq: 1, shake: {} });
  await probe.until((x) => x.replies.length === 1);
  t.ok(probe.replies[0].shake, 'still serving shakes');
  probe.close();
});
