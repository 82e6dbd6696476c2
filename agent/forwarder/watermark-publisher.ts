/**
 * Tells the money side, through the queue itself, how far a gateway's journal is
 * forwarded: a WATERMARK entry "every open/share of journal G accepted at or before
 * T is in the queue before this message". The money side expires an issued packet
 * that was never opened only once every journal's watermark (applied in queue
 * order) is past the packet's token expiry: an open accepted before the token
 * expired can then no longer arrive.
 *
 * Published on its own key, one at a time, only when it moved; a failed publish is
 * simply tried again at the next tick with the watermark of then.
 */
import type { Logger } from '../../common/logger.ts';
import type { QueuePublisher } from '../../queue/types.ts';
import { internal } from '../../contracts/proto/gen/internal.js';
import type { ForwardedMark } from './forwarder.ts';

const { JournalEntry, OperationKind } = internal.shake.internal.v1;

export interface WatermarkConfig {
  /** The gateway whose journal this is (its id on the money side). */
  gatewayId: string;
  /** How often the watermark is published when it moved. Default 1000 ms. */
  intervalMs?: number;
  /** Longest time between a journal entry's accepted_at_ms and its commit. Default 2000 ms. */
  slackMs?: number;
}

/** Queue message id and key of a watermark (its own key: never ordered behind a packet's entries). */
export function watermarkMessage(gatewayId: string, mark: ForwardedMark): { id: string; key: string; data: Uint8Array; broadcast: true } {
  const id = `${gatewayId}:wm:${mark.seq}:${mark.atMs}`;
  const data = JournalEntry.encode({
    entryId: id, operationId: id, kind: OperationKind.WATERMARK, gatewayId, acceptedAtMs: mark.atMs, journalSeq: mark.seq,
  }).finish();
  // Every money SET expires its own issued packets from every gateway's watermark.
  return { id, key: `wm:${gatewayId}`, data, broadcast: true };
}

export class WatermarkPublisher {
  private timer: NodeJS.Timeout | null = null;
  private inFlight = false;
  private lastAtMs = -Infinity;
  private readonly slackMs: number;

  constructor(private readonly cfg: WatermarkConfig, private readonly mark: (slackMs: number) => ForwardedMark | null,
    private readonly publisher: QueuePublisher, private readonly log: Logger) {
    this.slackMs = cfg.slackMs ?? 2000;
  }

  start(): void {
    this.timer ??= setInterval(() => this.tick(), this.cfg.intervalMs ?? 1000);
  }

  /** The last watermark the queue accepted (ms), or -Infinity. */
  get published(): number {
    return this.lastAtMs;
  }

  tick(): void {
    if (this.inFlight) return;
    const m = this.mark(this.slackMs);
    if (!m || m.atMs <= this.lastAtMs) return;
    this.inFlight = true;
    this.publisher.publish(watermarkMessage(this.cfg.gatewayId, m)).then(
      () => { this.lastAtMs = m.atMs; },
      (e) => this.log.debug({ err: e, gatewayId: this.cfg.gatewayId }, 'watermark publish failed; next tick tries again'),
    ).finally(() => { this.inFlight = false; });
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
