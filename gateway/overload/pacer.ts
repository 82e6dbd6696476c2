/**
 * Per-connection pacing of shakes. Each shake is judged on its arrival time
 * against the interval the phone was last told (with its previous shake
 * reply) and the interval now in force, whichever is shorter: a phone cannot
 * obey a limit it has not heard of yet. An early shake is not refused: its
 * reply is held until the time it should have been sent, which stretches the
 * phone's interval without extra work; every early shake in a row is a
 * strike, and past `maxStrikes` the connection is closed.
 *
 * Pure: the caller passes times (ms) and the intervals; no I/O.
 */
export interface PaceState {
  /** Effective time of the previous shake (its arrival, or when it was allowed). -Infinity before the first. */
  lastEffMs: number;
  /** Interval told to the phone with the previous shake reply (0 = none). */
  toldMs: number;
  /** Early shakes in a row. */
  strikes: number;
}

export interface PacingRules {
  slackMs: number;
  slackRatio: number;
  maxStrikes: number;
}

export type PaceVerdict =
  /** Send the reply at `releaseMs` (<= now: at once). `early`: the shake came before its time. */
  | { kind: 'send'; releaseMs: number; early: boolean }
  /** The phone ignored the limit past the bound: send this reply now, then close. */
  | { kind: 'close' };

export function newPaceState(): PaceState {
  return { lastEffMs: -Infinity, toldMs: 0, strikes: 0 };
}

/**
 * Judges one shake. `intervalNowMs` is the interval in force now; `toldNowMs`
 * is the interval this reply tells the phone (what it must obey next).
 */
export function paceShake(s: PaceState, rules: PacingRules, arrivalMs: number, nowMs: number, intervalNowMs: number, toldNowMs: number): PaceVerdict {
  const judge = Math.min(s.toldMs, intervalNowMs);
  s.toldMs = toldNowMs;
  if (judge <= 0) {
    s.lastEffMs = arrivalMs;
    s.strikes = 0;
    return { kind: 'send', releaseMs: nowMs, early: false };
  }
  const dueMs = s.lastEffMs + judge;
  if (arrivalMs >= dueMs - (rules.slackMs + judge * rules.slackRatio)) {
    s.lastEffMs = arrivalMs;
    s.strikes = 0;
    return { kind: 'send', releaseMs: nowMs, early: false };
  }
  // Early: treated as if sent on time, so a phone that keeps shaking early gets exactly one reply per interval.
  s.lastEffMs = dueMs;
  if (++s.strikes > rules.maxStrikes) return { kind: 'close' };
  return { kind: 'send', releaseMs: Math.max(nowMs, dueMs), early: true };
}
