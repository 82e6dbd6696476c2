/**
 * Cap layer (c): the summary feed of wins shared by all gateways, so a user
 * who hops between gateways is still capped. Best effort by design: when it
 * is down, the cookie and the local record still hold.
 */
import type { WonEvent } from '../logic/show/show-state.ts';

export interface CapsFeed {
  /** Publishes this gateway's wins (fire and forget). */
  publish(wins: readonly WonEvent[]): void;
  /** Called with wins from every gateway (including this one), as they arrive. */
  onWins(handler: (wins: readonly WonEvent[]) => void): void;
  status(): { kind: string; connected: boolean; received: number; published: number; errors: number };
  close(): Promise<void>;
}

/** One machine: the feed is this gateway's own wins. */
export class LocalCapsFeed implements CapsFeed {
  private handler: ((wins: readonly WonEvent[]) => void) | null = null;
  private received = 0;

  publish(wins: readonly WonEvent[]): void {
    this.received += wins.length;
    queueMicrotask(() => this.handler?.(wins));
  }

  onWins(handler: (wins: readonly WonEvent[]) => void): void {
    this.handler = handler;
  }

  status() {
    return { kind: 'local', connected: true, received: this.received, published: this.received, errors: 0 };
  }

  async close(): Promise<void> {}
}
