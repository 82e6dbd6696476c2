/**
 * The double-mean amount rule from seed 001 ("红包算法"), in integer cents.
 *
 * For a group packet with `remainingCents` left in `remainingCount` shares:
 *  - the last share takes the rest;
 *  - lower water mark: what must be taken now so the remaining shares can still
 *    be paid with at most `maxShareCents` each (at least 1 cent);
 *  - upper water mark: the least of the per-share maximum, what leaves 1 cent for
 *    every share after this one, and twice the current mean (floor(2m/n));
 *  - a random value r in [0, upper), raised to the lower mark if below it.
 *
 * Precondition (checked): remainingCount <= remainingCents <= remainingCount * maxShareCents.
 * The precondition is preserved by every draw, so a packet always drains exactly.
 */
import { ShakeError } from '../common/errors.ts';

/** Returns an integer in [0, bound). */
export type RandomInt = (bound: number) => number;

export const defaultRandomInt: RandomInt = (bound) => Math.floor(Math.random() * bound);

export interface Marks {
  readonly lower: number;
  readonly upper: number;
}

export function checkSplittable(totalCents: number, shares: number, maxShareCents: number): void {
  if (!Number.isSafeInteger(totalCents) || !Number.isSafeInteger(shares) || !Number.isSafeInteger(maxShareCents)) {
    throw new ShakeError('AMOUNT_INVALID', 'amounts must be safe integers (cents)', { totalCents, shares, maxShareCents });
  }
  if (shares < 1 || maxShareCents < 1 || totalCents < shares || totalCents > shares * maxShareCents) {
    throw new ShakeError('AMOUNT_INVALID', 'cannot split amount into shares within [1, maxShareCents]', { totalCents, shares, maxShareCents });
  }
}

export function waterMarks(remainingCents: number, remainingCount: number, maxShareCents: number): Marks {
  checkSplittable(remainingCents, remainingCount, maxShareCents);
  if (remainingCount === 1) return { lower: remainingCents, upper: remainingCents };
  const lower = Math.max(1, remainingCents - (remainingCount - 1) * maxShareCents);
  const twiceMean = Math.floor((2 * remainingCents) / remainingCount);
  const upper = Math.min(maxShareCents, remainingCents - (remainingCount - 1), twiceMean);
  return { lower, upper };
}

/** Amount of the next share. Pure apart from `rand`. */
export function nextShare(remainingCents: number, remainingCount: number, maxShareCents: number, rand: RandomInt = defaultRandomInt): number {
  const { lower, upper } = waterMarks(remainingCents, remainingCount, maxShareCents);
  if (remainingCount === 1) return remainingCents;
  const r = rand(upper);
  return r < lower ? lower : r;
}
