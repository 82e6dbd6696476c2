import t from 'tap';
import { FrameReader, maskedFrame, OP_BINARY, OP_CLOSE, OP_CONT, OP_PING } from './ws-frames.ts';

/** A server (unmasked) frame. */
function serverFrame(opcode: number, payload: Uint8Array, fin = true): Buffer {
  const len = payload.length;
  const head = len < 126 ? Buffer.from([0, len]) : len < 65536 ? Buffer.from([0, 126, len >> 8, len & 255]) : Buffer.alloc(10);
  if (len >= 65536) { head[1] = 127; head.writeBigUInt64BE(BigInt(len), 2); }
  head[0] = (fin ? 0x80 : 0) | opcode;
  return Buffer.concat([head, payload]);
}

const payload = (n: number, seed: number): Buffer => Buffer.from(Array.from({ length: n }, (_, i) => (i * 31 + seed) & 255));

t.test('reads 7-, 16- and 64-bit lengths, fragments and control frames across any chunking', async (t) => {
  const sizes = [0, 1, 125, 126, 127, 65535, 65536, 70000];
  const msgs = sizes.map((n, i) => payload(n, i));
  const stream = Buffer.concat([
    ...msgs.map((m) => serverFrame(OP_BINARY, m)),
    serverFrame(OP_PING, Buffer.from('hi')),
    serverFrame(OP_BINARY, payload(300, 7).subarray(0, 100), false),
    serverFrame(OP_CONT, payload(300, 7).subarray(100, 200), false),
    serverFrame(OP_CONT, payload(300, 7).subarray(200), true),
    serverFrame(OP_CLOSE, Buffer.from([0x03, 0xe8])),
  ]);
  for (const chunk of [1, 2, 3, 7, 13, 1000, stream.length]) {
    for (const collect of [true, false]) {
      const got: (Uint8Array | null)[] = [];
      const ctrl: [number, string][] = [];
      const r = new FrameReader({
        onMessage: (_op, data) => got.push(data),
        onControl: (op, data) => ctrl.push([op, Buffer.from(data).toString('hex')]),
        onProtocolError: (why) => t.fail(why),
      }, collect);
      for (let i = 0; i < stream.length; i += chunk) r.push(stream.subarray(i, i + chunk));
      t.equal(got.length, sizes.length + 1, `chunk ${chunk}: message count`);
      if (collect) {
        msgs.forEach((m, i) => t.ok(Buffer.from(got[i] as Uint8Array).equals(m), `chunk ${chunk}: message ${i} (${m.length} B)`));
        t.ok(Buffer.from(got[sizes.length] as Uint8Array).equals(payload(300, 7)), `chunk ${chunk}: fragmented message`);
      } else t.ok(got.every((g) => g === null));
      t.same(ctrl, [[OP_PING, Buffer.from('hi').toString('hex')], [OP_CLOSE, '03e8']]);
    }
  }
});

t.test('masked client frames', async (t) => {
  const mask = Buffer.from([1, 2, 3, 4]);
  for (const n of [5, 200, 70000]) {
    const p = payload(n, 3);
    const f = maskedFrame(OP_BINARY, p, mask);
    const hl = n < 126 ? 2 : n < 65536 ? 4 : 10;
    t.equal(f[0], 0x82);
    t.equal(f[1] & 0x80, 0x80, 'mask bit');
    t.ok(f.subarray(hl, hl + 4).equals(mask));
    const body = f.subarray(hl + 4).map((b, i) => b ^ mask[i & 3]);
    t.ok(Buffer.from(body).equals(p), `payload ${n} unmasks`);
  }
});
