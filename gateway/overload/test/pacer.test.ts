import t from 'tap';
import { newPaceState, paceShake, type PacingRules } from '../pacer.ts';

const rules: PacingRules = { slackMs: 20, slackRatio: 0.1, maxStrikes: 3 };

t.test('a phone never told a limit (replies carry none) is never delayed', async (t) => {
  const s = newPaceState();
  for (let i = 0; i < 10; i++) t.same(paceShake(s, rules, i, i, 1000, 0), { kind: 'send', releaseMs: i, early: false });
});

t.test('an obeying phone (gaps >= interval minus slack) is never delayed nor struck', async (t) => {
  const s = newPaceState();
  let at = 0;
  paceShake(s, rules, at, at, 1000, 1000);
  for (let i = 0; i < 100; i++) {
    at += 1000 - 100 + (i % 3) * 50; // arrivals jitter up to 100 ms early (slack 20 + 10 %)
    const v = paceShake(s, rules, at, at + 1, 1000, 1000);
    t.same(v, { kind: 'send', releaseMs: at + 1, early: false });
  }
  t.equal(s.strikes, 0);
});

t.test('an early shake is held until its time; strikes past the bound close', async (t) => {
  const s = newPaceState();
  paceShake(s, rules, 0, 0, 1000, 1000);
  t.same(paceShake(s, rules, 10, 11, 1000, 1000), { kind: 'send', releaseMs: 1000, early: true });
  t.same(paceShake(s, rules, 20, 21, 1000, 1000), { kind: 'send', releaseMs: 2000, early: true }, 'one reply per interval');
  t.same(paceShake(s, rules, 30, 31, 1000, 1000), { kind: 'send', releaseMs: 3000, early: true });
  t.same(paceShake(s, rules, 40, 41, 1000, 1000), { kind: 'close' });
});

t.test('an on-time shake clears the strikes', async (t) => {
  const s = newPaceState();
  paceShake(s, rules, 0, 0, 1000, 1000);
  paceShake(s, rules, 10, 10, 1000, 1000);
  t.equal(s.strikes, 1);
  t.match(paceShake(s, rules, 2000, 2000, 1000, 1000), { early: false });
  t.equal(s.strikes, 0);
});

t.test('judged against the interval the phone was told, or the current one if shorter', async (t) => {
  const s = newPaceState();
  paceShake(s, rules, 0, 0, 1000, 1000); // told 1000
  t.match(paceShake(s, rules, 1000, 1000, 5000, 5000), { early: false }, 'tier went up: the phone only knew 1000');
  t.match(paceShake(s, rules, 2000, 2000, 5000, 5000), { early: true }, 'now it was told 5000');
  const d = newPaceState();
  paceShake(d, rules, 0, 0, 5000, 5000);
  t.match(paceShake(d, rules, 1000, 1000, 1000, 1000), { early: false }, 'tier went down: the shorter interval applies');
});
