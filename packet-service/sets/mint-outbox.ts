/**
 * Publishes the packets this SET minted for other SETs (shard/mint-ops.ts outbox)
 * as MINT entries on each new packet's queue subject, which the id routes to the
 * SET it carries. A row is marked published only once the queue stored its entry
 * (JetStream: on 2 of 3); until then its recycled record is not exported, so an
 * agent cannot feed the packet and its open cannot overtake its MINT. Publishing
 * twice is harmless: the queue dedupes by entry id (`mint:<packet id>`) and the
 * target adds a packet once.
 */
import type { Logger } from '../../common/logger.ts';
import type { QueuePublisher } from '../../queue/types.ts';
import { encodeMintEntry } from '../journal-codec.ts';
import type { PacketService } from '../service.ts';
import type { MintOutRow } from '../shard/messages.ts';

const BATCH = 500;

export class MintOutbox {
  /** MINT entries the queue stored, and passes that failed (retried on the next tick). */
  readonly stats = { published: 0, failedPasses: 0 };
  private timer: NodeJS.Timeout | null = null;
  private pass: Promise<void> | null = null;

  constructor(private readonly service: PacketService, private readonly publisher: QueuePublisher, private readonly log: Logger,
    private readonly intervalMs: number, private readonly clock: () => number = Date.now) {}

  start(): void {
    this.timer ??= setInterval(() => {
      if (this.pass) return;
      this.pass = this.publishPending().then(() => undefined, (e: Error) => {
        this.stats.failedPasses++;
        this.log.warn({ code: 'MINT_PUBLISH_FAILED', err: e }, 'minted packets not published yet: their recycled records wait; retried');
      }).finally(() => { this.pass = null; });
    }, this.intervalMs);
  }

  /** Publishes every pending row of every shard; resolves with how many were published. */
  async publishPending(): Promise<number> {
    let n = 0;
    for (const shard of this.service.shards) {
      for (;;) {
        const rows = await shard.one<MintOutRow[]>({ type: 'mintOutbox', limit: BATCH });
        if (rows.length === 0) break;
        const atMs = this.clock();
        await Promise.all(rows.map((r) => this.publisher.publish(encodeMintEntry(r, atMs))));
        await shard.one<number>({ type: 'mintPublished', packetIds: rows.map((r) => r.packetId), nowMs: this.clock() });
        n += rows.length;
        this.stats.published += rows.length;
        if (rows.length < BATCH) break;
      }
    }
    return n;
  }

  async close(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.pass;
    await this.publisher.close();
  }
}
