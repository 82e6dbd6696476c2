import t from 'tap';
import fc from 'fast-check';
import { Timeline, ROUND_ENDED_GRACE_MS } from '../../../../contracts/show/timeline.ts';
import { OutcomeTable, Outcome } from '../outcome-draw.ts';
import { FastRandom } from '../rng.ts';
import { CapCookies } from '../cap-cookie.ts';
import { PacketTokens } from '../packet-token.ts';
import { capVerdict, knownWins } from '../cap-verdict.ts';
import { defaultShowConfig } from '../../../../contracts/show/default-show.ts';

const now = 1_900_000_000_000;

t.test('timeline: the segment and round on at any instant, found from any starting point', async (t) => {
  const show = defaultShowConfig(now, { firstRoundInMs: 10_000, roundLengthMs: 20_000 });
  const r1 = show.rounds[0];
  fc.assert(fc.property(fc.array(fc.integer({ min: now - 120_000, max: now + 3_700_000 }), { minLength: 1, maxLength: 50 }), (instants) => {
    const tl = new Timeline(show);
    for (const at of instants) {
      const m = tl.at(at);
      const seg = show.segments.find((s) => s.startMs <= at && at < s.endMs) ?? null;
      const round = show.rounds.find((r) => r.startMs <= at && at < r.endMs) ?? null;
      if (m.segment?.id !== seg?.id || m.round?.id !== round?.id) return false;
    }
    return true;
  }), { numRuns: 300 });
  const tl = new Timeline(show);
  t.equal(tl.at(r1.startMs - 1).round, null, 'not yet on 1 ms before start');
  t.equal(tl.at(r1.startMs - 1).nextRoundAtMs, r1.startMs, 'next round announced');
  t.equal(tl.at(r1.startMs).round?.id, r1.id, 'on at its start');
  t.equal(tl.at(r1.endMs).round, null, 'off at its end');
  t.equal(tl.at(r1.endMs + 5).justEnded?.id, r1.id, 'just ended right after');
  t.equal(tl.at(r1.endMs + ROUND_ENDED_GRACE_MS + 1).justEnded, null, 'no longer "just ended" after the grace period');
});

t.test('outcome draw follows the segment weights', async (t) => {
  const seg = { id: 's', title: '', startMs: 0, endMs: 1, weights: { nothing: 1, greetingCard: 2, starVideo: 3, takeARest: 4 }, greetingCardIds: ['c1', 'c2'], starVideoIds: ['v1'] };
  const table = new OutcomeTable(seg);
  const rng = new FastRandom(7);
  const counts = new Map<number, number>();
  const n = 200_000;
  for (let i = 0; i < n; i++) {
    const d = table.draw(rng);
    counts.set(d.outcome, (counts.get(d.outcome) ?? 0) + 1);
    if (d.outcome === Outcome.GREETING_CARD && !seg.greetingCardIds.includes(d.contentId)) t.fail('unknown card');
  }
  for (const [outcome, w] of [[Outcome.NOTHING, 1], [Outcome.GREETING_CARD, 2], [Outcome.STAR_VIDEO, 3], [Outcome.TAKE_A_REST, 4]]) {
    const share = (counts.get(outcome) ?? 0) / n;
    t.ok(Math.abs(share - w / 10) < 0.01, `outcome ${outcome}: ${share.toFixed(3)} ≈ ${w / 10}`);
  }
  const empty = new OutcomeTable({ ...seg, greetingCardIds: [], starVideoIds: [] });
  for (let i = 0; i < 1000; i++) if ([Outcome.GREETING_CARD, Outcome.STAR_VIDEO].includes(empty.draw(rng).outcome as 2 | 3)) t.fail('drew content from an empty list');
});

t.test('cap cookie: round-trips for its user; forged, foreign and mangled cookies are recognised', async (t) => {
  const cookies = new CapCookies('cookie-secret-0123456789');
  fc.assert(fc.property(fc.array(fc.record({ packetId: fc.stringMatching(/^[a-z0-9]{1,20}$/), sponsorId: fc.stringMatching(/^[a-z0-9-]{1,12}$/) }), { maxLength: 3 }), (won) => {
    const c = cookies.encode('alice', won);
    const ok = cookies.check('alice', c);
    if (ok.kind !== 'valid' || JSON.stringify(ok.won) !== JSON.stringify(won)) return false;
    if (cookies.check('bob', c).kind !== 'other-user') return false;
    for (let i = 0; i < c.length; i++) {
      const bad = Uint8Array.from(c);
      bad[i] ^= 0x40;
      if (cookies.check('alice', bad).kind === 'valid') return false;
    }
    return true;
  }), { numRuns: 100 });
  t.equal(cookies.check('alice', new Uint8Array()).kind, 'absent');
  t.equal(cookies.check('alice', new Uint8Array([1, 2, 3])).kind, 'malformed');
  const other = new CapCookies('another-secret-123456');
  t.equal(cookies.check('alice', other.encode('alice', [])).kind, 'forged', 'signed with another key');
});

t.test('packet token: verifies for its winner only, until it expires', async (t) => {
  const tokens = new PacketTokens('packet-secret-0123456789');
  const claim = { packetId: 'p1', userId: 'alice', sponsorId: 's1', roundId: 'r1', amountCents: 888, shares: 5, shareAmountCents: 1000, expiresAtMs: now + 1000 };
  const token = tokens.sign(claim);
  t.same(tokens.verify(token, 'alice', now), claim);
  const code = (f: () => unknown) => { try { f(); return 'ok'; } catch (e) { return (e as { code: string }).code; } };
  t.equal(code(() => tokens.verify(token, 'bob', now)), 'PACKET_TOKEN_OTHER_USER');
  t.equal(code(() => tokens.verify(token, 'alice', now + 1000)), 'PACKET_TOKEN_EXPIRED');
  const [body, sig] = token.split('.');
  const richer = Buffer.from(Buffer.from(body, 'base64url').toString().replace('|888|', '|99999|')).toString('base64url');
  t.equal(code(() => tokens.verify(`${richer}.${sig}`, 'alice', now)), 'PACKET_TOKEN_FORGED', 'a changed amount breaks the signature');
  t.equal(code(() => tokens.verify('', 'alice', now)), 'PACKET_TOKEN_MALFORMED');
  fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => code(() => tokens.verify(s, 'alice', now)) !== 'ok'), { numRuns: 1000 });
});

t.test('caps: the union of the layers decides', async (t) => {
  const caps = { packetsPerUser: 3, packetsPerSponsor: 1 };
  const w = (p: string, s: string) => ({ packetId: p, sponsorId: s });
  t.equal(capVerdict(caps, knownWins([w('a', 's1')], [w('a', 's1')], undefined), 's2'), 'ok', 'the same win seen by two layers counts once');
  t.equal(capVerdict(caps, knownWins([w('a', 's1')], undefined, [w('b', 's2')]), 's2'), 'sponsor-cap');
  t.equal(capVerdict(caps, knownWins(undefined, [w('a', 's1'), w('b', 's2')], [w('c', 's3')]), 's4'), 'cap-reached');
});
