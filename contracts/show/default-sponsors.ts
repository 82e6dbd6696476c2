/**
 * The sponsors of the embedded defaults: the seed generator's default seed
 * file and the default show deal their rounds over the same list, so that
 * `npm start` feeds every round of its show from the seeds it generates.
 */
export const DEFAULT_SPONSORS: readonly string[] = Object.freeze(
  Array.from({ length: 8 }, (_, i) => `sponsor-${String(i + 1).padStart(2, '0')}`),
);
