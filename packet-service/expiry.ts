/**
 * When an issued packet that was never opened may be expired. Each gateway's
 * agent publishes, through the queue, WATERMARK entries: "every open/share of my
 * journal accepted at or before T is in the queue before this message". A
 * watermark counts only once the consumer has acked every message up to it
 * (QueueConsumer.ackedThrough): then every such open has been applied. A packet
 * whose token expired at E is expired once every known journal's applied
 * watermark is ≥ E: no open accepted while its token verified can still come.
 *
 * Known journals: `expectedJournals` (config: every gateway of the show) plus
 * every gateway that reported a watermark since start. Watermarks live in memory:
 * after a restart expiry waits for the next ones (published every second).
 */
import type { Logger } from '../common/logger.ts';

interface Pending { gatewayId: string; atMs: number; seq: number }

export class WatermarkTracker {
  private readonly pending: Pending[] = [];
  private readonly applied = new Map<string, number>();

  constructor(private readonly expectedJournals: readonly string[]) {}

  /** A watermark message at queue position seq. */
  offer(gatewayId: string, atMs: number, seq: number): void {
    this.pending.push({ gatewayId, atMs, seq });
    if (!this.applied.has(gatewayId)) this.applied.set(gatewayId, -Infinity);
  }

  /** Promotes the watermarks whose messages are at or below the consumer's ack floor. */
  promote(ackedThrough: number): void {
    for (let i = this.pending.length - 1; i >= 0; i--) {
      const p = this.pending[i];
      if (p.seq > ackedThrough) continue;
      this.applied.set(p.gatewayId, Math.max(this.applied.get(p.gatewayId) ?? -Infinity, p.atMs));
      this.pending.splice(i, 1);
    }
  }

  /** Applied watermark per gateway and their minimum over every known journal (null while one has none). */
  snapshot(): { watermarks: Record<string, number>; upToMs: number } | null {
    let min = Infinity;
    for (const g of this.expectedJournals) if (!this.applied.has(g)) return null;
    for (const v of this.applied.values()) min = Math.min(min, v);
    if (!Number.isFinite(min)) return null;
    return { watermarks: Object.fromEntries([...this.applied].filter(([, v]) => Number.isFinite(v))), upToMs: min };
  }
}

/** Runs expiry every intervalMs: promote, then ask every shard to expire what the watermarks allow. */
export function startExpiry(o: { tracker: WatermarkTracker; ackedThrough: () => Promise<number>;
  expire: (watermarks: Record<string, number>, upToMs: number) => Promise<{ expired: number; expiredCents: number }>; intervalMs: number; log: Logger }): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    (async () => {
      o.tracker.promote(await o.ackedThrough());
      const s = o.tracker.snapshot();
      if (!s) return;
      const r = await o.expire(s.watermarks, s.upToMs);
      if (r.expired) o.log.info({ ...r, upToMs: s.upToMs }, 'issued packets never opened expired back to their sponsors\' pools (re-minted)');
    })().catch((e) => o.log.error({ err: e }, 'expiry failed')).finally(() => { running = false; });
  }, o.intervalMs);
  return () => clearInterval(timer);
}
