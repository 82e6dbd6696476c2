/**
 * Draws a non-packet outcome from a segment's integer weights, with the
 * content id (greeting card / star video) picked among the segment's ids.
 * Tables are built once per segment, not per shake.
 */
import type { Segment } from '../../../contracts/show/types.ts';
import type { FastRandom } from './rng.ts';
import { shake } from '../../../contracts/proto/gen/shake.js';

/** The shake outcomes of the phone protocol (shake.v1.Outcome). */
export const Outcome = shake.v1.Outcome;
export type OutcomeCode = shake.v1.Outcome;

export interface Drawn {
  outcome: OutcomeCode;
  contentId: string;
}

const NOTHING: Drawn = { outcome: Outcome.NOTHING, contentId: '' };
const REST: Drawn = { outcome: Outcome.TAKE_A_REST, contentId: '' };

export class OutcomeTable {
  private readonly cumulative: number[];
  private readonly total: number;
  private readonly cards: Drawn[];
  private readonly videos: Drawn[];

  constructor(segment: Segment) {
    const w = segment.weights;
    // A weight whose content list is empty cannot be drawn: it falls to "nothing".
    const card = segment.greetingCardIds.length ? w.greetingCard : 0;
    const video = segment.starVideoIds.length ? w.starVideo : 0;
    const nothing = w.nothing + (w.greetingCard - card) + (w.starVideo - video);
    this.cumulative = [nothing, nothing + card, nothing + card + video, nothing + card + video + w.takeARest];
    this.total = this.cumulative[3];
    this.cards = segment.greetingCardIds.map((contentId) => ({ outcome: Outcome.GREETING_CARD, contentId }));
    this.videos = segment.starVideoIds.map((contentId) => ({ outcome: Outcome.STAR_VIDEO, contentId }));
  }

  draw(rng: FastRandom): Drawn {
    if (this.total <= 0) return NOTHING;
    const x = rng.next() * this.total;
    if (x < this.cumulative[0]) return NOTHING;
    if (x < this.cumulative[1]) return this.cards[(rng.next() * this.cards.length) | 0];
    if (x < this.cumulative[2]) return this.videos[(rng.next() * this.videos.length) | 0];
    return REST;
  }
}
