/**
 * Everything the agent forwards to the money side through the queue: the
 * gateway's journal of acknowledged opens/shares, its issued table (ISSUE
 * entries: which packets left the pool, to whom, until when), and the journal's
 * watermark (WATERMARK entries), each with its own progress record.
 */
import path from 'node:path';
import type { Logger } from '../../common/logger.ts';
import type { QueuePublisher } from '../../queue/types.ts';
import { Forwarder, type ForwarderStats } from './forwarder.ts';
import { WatermarkPublisher } from './watermark-publisher.ts';
import { IssuedSource } from '../issued/issued-source.ts';

export interface ForwardingPaths { journalPath: string; issuedDbPath: string; stateDir: string; gatewayId: string }

export class Forwarding {
  readonly journal: Forwarder;
  readonly issued: Forwarder;
  private readonly watermark: WatermarkPublisher;

  constructor(p: ForwardingPaths, publisher: QueuePublisher, logger: Logger, queueLag?: () => Promise<number>) {
    this.journal = new Forwarder({ journalPath: p.journalPath, statePath: path.join(p.stateDir, 'forwarder.db') },
      { publisher, logger: logger.child({ part: 'forwarder' }), queueLag });
    this.issued = new Forwarder({ journalPath: p.issuedDbPath, statePath: path.join(p.stateDir, 'issued-forwarder.db'), maxInFlight: 1024 },
      { publisher, logger: logger.child({ part: 'issued-forwarder' }), openSource: () => new IssuedSource(p.issuedDbPath, p.gatewayId) });
    this.watermark = new WatermarkPublisher({ gatewayId: p.gatewayId }, (slack) => this.journal.forwardedMark(slack), publisher, logger.child({ part: 'watermark' }));
  }

  async start(): Promise<void> {
    await this.journal.start();
    await this.issued.start();
    this.watermark.start();
  }

  async stats(): Promise<ForwarderStats & { issued: ForwarderStats; watermarkMs: number | null }> {
    const wm = this.watermark.published;
    return { ...(await this.journal.stats()), issued: await this.issued.stats(), watermarkMs: Number.isFinite(wm) ? wm : null };
  }

  async close(): Promise<void> {
    this.watermark.stop();
    await this.journal.close();
    await this.issued.close();
  }
}
