import t from 'tap';
import { createHmac, randomBytes } from 'node:crypto';
import { Hmac256 } from '../hmac.ts';

const reference = (key: string | Uint8Array, msg: string | Uint8Array) => createHmac('sha256', key).update(msg).digest();

t.test('equals createHmac for random keys (short, block-sized, longer than a block) and messages', async (t) => {
  const mismatches: string[] = [];
  for (let i = 0; i < 300; i++) {
    const keyLen = [1, 16, 63, 64, 65, 200][i % 6];
    const key = i % 2 ? randomBytes(keyLen) : randomBytes(keyLen).toString('hex').slice(0, keyLen);
    const h = new Hmac256(key, 256);
    for (let j = 0; j < 5; j++) {
      const msg = randomBytes((i * 7 + j * 31) % 300); // some longer than the 256-byte buffer: the fallback path
      if (!h.mac(msg).equals(reference(key, msg))) mismatches.push(`key ${keyLen} bytes, message ${msg.length} bytes`);
    }
  }
  t.same(mismatches, [], '1500 random pairs agree');
});

t.test('strings are MACed as UTF-8, including non-ASCII', async (t) => {
  const h = new Hmac256('secret-0123456789');
  for (const s of ['', 'p1|pk-1|u|s|r|100|3|10|9', '红包|摇一摇', 'é'.repeat(700)]) t.same(h.mac(s), reference('secret-0123456789', s), JSON.stringify(s.slice(0, 12)));
});

t.test('macOfBase64url MACs the decoded bytes and exposes them', async (t) => {
  const h = new Hmac256('k-0123456789', 600);
  const decoded = { length: 0 };
  let bad = 0;
  for (let i = 0; i < 50; i++) {
    const msg = randomBytes(i * 9);
    const mac = h.macOfBase64url(msg.toString('base64url'), decoded)!;
    if (!mac.equals(reference('k-0123456789', msg)) || !h.lastMessage(decoded.length).equals(msg)) bad++;
  }
  t.equal(bad, 0, '50 random messages: MAC and decoded bytes agree');
  t.equal(h.macOfBase64url('A'.repeat(1000), decoded), null, 'too long for the buffer');
});

t.test('one instance gives the same answer whatever came before (no state leaks between calls)', async (t) => {
  const h = new Hmac256('secret');
  const first = h.mac('a');
  h.mac(randomBytes(200));
  t.same(h.mac('a'), first);
});
