/**
 * What the IO layer gets from overload protection: admission of upgrades,
 * the reply gate (pacing), and the current limit for its own busy replies.
 * Bundled so the IO layer holds one optional object and knows nothing of
 * tiers or load.
 */
import type { OverloadConfig } from './config.ts';
import { Admission, type Refusal } from './admission.ts';
import { ReplyGate, type GatedConn, type HeldReply } from './reply-gate.ts';
import type { LoadView } from './overload-shared.ts';
import { appendRateLimit } from './rate-limit-field.ts';

export class IoOverload {
  readonly admission: Admission;

  constructor(private readonly config: OverloadConfig, readonly monitor: LoadView, now: number = performance.now()) {
    this.admission = new Admission(config.admission, now);
  }

  /** Admission of one upgrade (a tighter rate while a tier is in force); null = admitted. */
  admit(): Refusal | null {
    return this.admission.admit(performance.now(), this.monitor.tier > 0);
  }

  /** The gate the IO layer passes replies through; null when pacing is off. */
  createGate<C extends GatedConn>(release: (c: C, replies: HeldReply[]) => void): ReplyGate<C> | null {
    if (!this.config.enabled) return null;
    return new ReplyGate<C>(this.config.pacing, this.monitor, release);
  }

  /** An IO-made reply (busy) with the current rate limit appended, if one is in force. */
  withLimit(reply: Uint8Array): Uint8Array {
    const w = this.monitor.shared.packed();
    return w === 0 ? reply : appendRateLimit(reply, w >>> 24, w & 0xffffff);
  }
}
