import t from 'tap';
import fc from 'fast-check';
import { makeUserToken, verifyUserToken, AuthErrorCodes } from '../user-token.ts';

const secret = 'test-secret-0123456789';
const now = 1_800_000_000_000;

t.test('a token made with the secret verifies to its user', async (t) => {
  const token = makeUserToken(secret, 'user-42', now + 60_000);
  t.same(verifyUserToken(secret, token, now), { userId: 'user-42', expiresAtMs: now + 60_000 });
});

t.test('the token format is base64url(userId.expiresAtMs).base64url(hmac)', async (t) => {
  const token = makeUserToken(secret, 'abc', 123);
  const [claim, sig] = token.split('.');
  t.equal(Buffer.from(claim, 'base64url').toString(), 'abc.123');
  t.equal(Buffer.from(sig, 'base64url').length, 32);
});

t.test('expired, missing, forged and malformed tokens are refused with distinct codes', async (t) => {
  const good = makeUserToken(secret, 'u1', now + 1000);
  const code = (f: () => unknown) => { try { f(); return 'accepted'; } catch (e) { return (e as { code: string }).code; } };
  t.equal(code(() => verifyUserToken(secret, makeUserToken(secret, 'u1', now), now)), AuthErrorCodes.expired);
  t.equal(code(() => verifyUserToken(secret, undefined, now)), AuthErrorCodes.missing);
  t.equal(code(() => verifyUserToken(secret, '', now)), AuthErrorCodes.missing);
  t.equal(code(() => verifyUserToken('another-secret-xxxxxxx', good, now)), AuthErrorCodes.badSignature);
  const forgedClaim = Buffer.from('u2.' + (now + 1000)).toString('base64url') + '.' + good.split('.')[1];
  t.equal(code(() => verifyUserToken(secret, forgedClaim, now)), AuthErrorCodes.badSignature, 'claim swapped under a valid signature');
  t.equal(code(() => verifyUserToken(secret, 'nodot', now)), AuthErrorCodes.malformed);
  t.equal(code(() => verifyUserToken(secret, 'a.b.c', now)), AuthErrorCodes.malformed);
  t.equal(code(() => verifyUserToken(secret, 'x'.repeat(600), now)), AuthErrorCodes.malformed);
});

t.test('random strings never verify and never throw anything but a ShakeError', async (t) => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (s) => {
      try {
        verifyUserToken(secret, s, now);
        return false;
      } catch (e) {
        return typeof (e as { code?: unknown }).code === 'string';
      }
    }),
    { numRuns: 2000 },
  );
  t.pass('2000 random tokens refused cleanly');
});
