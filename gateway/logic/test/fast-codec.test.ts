import t from 'tap';
import fc from 'fast-check';
import { shake } from '../../../contracts/proto/gen/shake.js';
import { decodeShakeRequest, decodeTokenRequest, encodeShakeReply } from '../fast-codec.ts';

const { ClientMessage, ServerMessage } = shake.v1;
const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });

t.test('fast shake-reply encoding is byte-identical to protobufjs', async (t) => {
  const reply = fc.record({
    outcome: opt(fc.integer({ min: 0, max: 5 })),
    contentId: opt(fc.oneof(fc.stringMatching(/^[a-z0-9-]{0,20}$/), fc.string({ maxLength: 8 }))),
    cookie: opt(fc.uint8Array({ maxLength: 120 })),
    roundId: opt(fc.stringMatching(/^[a-z0-9]{0,10}$/)),
    noPacketReason: opt(fc.integer({ min: 0, max: 6 })),
    nextRoundAtMs: opt(fc.oneof(fc.constant(0), fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }))),
  }, { requiredKeys: [] });
  const rate = opt(fc.record({ tier: opt(fc.integer({ min: 0, max: 9 })), minIntervalMs: opt(fc.nat({ max: 600_000 })) }, { requiredKeys: [] }));
  let fast = 0;
  fc.assert(fc.property(fc.nat({ max: 0xffffffff }), rate, reply, (seq, rateLimit, r) => {
    const clean = (o: object) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined));
    const shakeReply = clean(r) as shake.v1.IShakeReply;
    const rl = rateLimit ? (clean(rateLimit) as shake.v1.IRateLimit) : undefined;
    const ours = encodeShakeReply(seq, rl, shakeReply);
    if (ours === null) return true; // outside the fast path: protobufjs is used
    fast++;
    const ref = ServerMessage.encode({ seq, ...(rl ? { rateLimit: rl } : {}), shake: shakeReply }).finish();
    return Buffer.compare(Buffer.from(ours), Buffer.from(ref)) === 0;
  }), { numRuns: 3000 });
  t.ok(fast > 2000, `${fast} replies took the fast path`);
});

t.test('fast shake-request decoding agrees with protobufjs, or steps aside', async (t) => {
  const msg = fc.record({
    seq: fc.nat({ max: 0xffffffff }),
    cookie: fc.uint8Array({ maxLength: 100 }),
    clientTimeMs: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
  }).map(({ seq, cookie, clientTimeMs }) => ClientMessage.encode({ seq, shake: { cookie, clientTimeMs } }).finish());
  fc.assert(fc.property(fc.oneof(msg, fc.uint8Array({ maxLength: 60 }), msg.map((m) => m.subarray(0, m.length >> 1))), (bytes) => {
    const ours = decodeShakeRequest(bytes);
    if (ours === null) return true;
    const ref = ClientMessage.decode(bytes);
    return ref.op === 'shake' && ref.seq === ours.seq
      && Buffer.compare(Buffer.from(ref.shake!.cookie ?? []), Buffer.from(ours.shake.cookie)) === 0
      && Number(ref.shake!.clientTimeMs ?? 0) === ours.shake.clientTimeMs;
  }), { numRuns: 5000 });
  const open = ClientMessage.encode({ seq: 1, open: { packetToken: 'x' } }).finish();
  t.equal(decodeShakeRequest(open), null, 'other operations go to protobufjs');
  t.pass('agrees on 5000 random inputs');
});

t.test('fast open/share decoding agrees with protobufjs, or steps aside', async (t) => {
  const msg = fc.record({ seq: fc.nat({ max: 0xffffffff }), op: fc.constantFrom('open', 'share'), token: fc.oneof(fc.stringMatching(/^[A-Za-z0-9_.-]{0,300}$/), fc.string({ maxLength: 20 })) })
    .map(({ seq, op, token }) => ClientMessage.encode(op === 'open' ? { seq, open: { packetToken: token } } : { seq, share: { packetToken: token } }).finish());
  let fast = 0;
  fc.assert(fc.property(fc.oneof(msg, fc.uint8Array({ maxLength: 40 }), msg.map((m) => m.subarray(0, m.length - 1))), (bytes) => {
    const ours = decodeTokenRequest(bytes);
    if (ours === null) return true;
    fast++;
    const ref = ClientMessage.decode(bytes);
    const refToken = ref.op === 'open' ? ref.open!.packetToken : ref.op === 'share' ? ref.share!.packetToken : undefined;
    const ourToken = ours.open?.packetToken ?? ours.share?.packetToken;
    return ref.op === ours.op && ref.seq === ours.seq && (refToken ?? '') === ourToken;
  }), { numRuns: 5000 });
  t.ok(fast > 1000, `${fast} took the fast path`);
});
