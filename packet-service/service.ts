/**
 * The red-packet money service (main thread): routes every request by packet id
 * to its SET (shard writer thread), through a per-packet FIFO, and enforces the
 * caps in the user's shard before a packet's first money movement.
 */
import { mkdirSync } from 'node:fs';
import { ShakeError } from '../common/errors.ts';
import { createLogger, type Logger } from '../common/logger.ts';
import { shardArchivePath, shardDbPath, type PacketServiceConfig } from './config.ts';
import { shardOf } from './hash.ts';
import { pinLayout } from './layout.ts';
import { KeyedSerialExecutor } from './serial-executor.ts';
import { ShardClient, unwrap } from './shard/client.ts';
import { account } from './shard/store.ts';
import type { ApplyOp, ApplyResult, CapDecision, DetailResult, GrabResult, RecycledItem, ShardRequest, ShardResult, SweepResult } from './shard/messages.ts';

type Work = { kind: 'apply'; op: ApplyOp } | { kind: 'grab'; groupId: string; userId: string };

export interface ServiceOptions {
  /** Wall clock in ms; injectable for tests. */
  clock?: () => number;
  logger?: Logger;
}

export interface DetailPage extends DetailResult { page: number; screenSize: number; maxScreens: number }

export class PacketService {
  readonly shards: ShardClient[];
  private readonly fifo: KeyedSerialExecutor<Work, ShardResult>;
  private readonly clock: () => number;
  readonly log: Logger;
  private sweepTimer: NodeJS.Timeout | null = null;

  constructor(readonly config: PacketServiceConfig, options: ServiceOptions = {}) {
    mkdirSync(config.dataDir, { recursive: true });
    pinLayout(config.dataDir, config.shardCount);
    this.clock = options.clock ?? Date.now;
    this.log = options.logger ?? createLogger('packet-service');
    this.shards = Array.from({ length: config.shardCount }, (_, shard) => new ShardClient({
      shard, path: shardDbPath(config, shard), archivePath: shardArchivePath(config, shard), lookupDays: config.lookupDays,
      synchronous: config.synchronous, maxShareCents: config.maxShareCents, groupExpiryMs: config.groupExpiryMs,
      shareDeadlineMs: config.shareDeadlineMs, caps: config.caps,
    }));
    this.fifo = new KeyedSerialExecutor((key, items) => this.runBatch(key, items), config.maxBatch);
  }

  shardFor(packetId: string): ShardClient {
    return this.shards[shardOf(packetId, this.shards.length)];
  }

  /** Starts the periodic expiry/recycle sweep. */
  startSweeper(): void {
    this.sweepTimer ??= setInterval(() => {
      this.sweep().catch((e) => this.log.error({ err: e }, 'sweep failed'));
    }, this.config.sweepIntervalMs);
  }

  private async admit(op: ApplyOp, nowMs: number): Promise<{ decision: CapDecision; atMs: number }> {
    const userShard = this.shards[shardOf(op.userId, this.shards.length)];
    const r = await userShard.one<{ decision: CapDecision; repeat: boolean; atMs: number }>(
      { type: 'admit', packetId: op.packetId, userId: op.userId, sponsorId: op.sponsorId, nowMs });
    if (r.decision !== 'admitted' && !r.repeat) {
      this.log.warn({ packetId: op.packetId, userId: op.userId, sponsorId: op.sponsorId, decision: r.decision }, 'packet refused by cap; returned to sponsor pool');
    }
    return r;
  }

  /** One ordered batch of a packet's requests; runs only when the previous batch of that packet finished. */
  private async runBatch(packetId: string, items: Work[]): Promise<ShardResult[]> {
    const nowMs = this.clock();
    const reqs: ShardRequest[] = await Promise.all(items.map(async (w): Promise<ShardRequest> => {
      if (w.kind === 'grab') return { type: 'grab', groupId: w.groupId, userId: w.userId, nowMs };
      const a = await this.admit(w.op, nowMs);
      return { type: 'apply', op: w.op, decision: a.decision, admittedAtMs: a.atMs, nowMs };
    }));
    return this.shardFor(packetId).send(reqs);
  }

  /** Applies one open/share from the queue. Idempotent by operation id. Rejects on infrastructure failure (redeliver). */
  async apply(op: ApplyOp): Promise<ApplyResult> {
    const r = unwrap<ApplyResult>(await this.fifo.submit(op.packetId, { kind: 'apply', op }));
    if (r.outcome === 'too_old') this.log.error({ packetId: op.packetId, operationId: op.opId }, 'operation older than the lookup window ignored (already applied and archived)');
    else this.log.debug({ packetId: op.packetId, userId: op.userId, operationId: op.opId, ...r }, 'operation applied');
    return r;
  }

  async grab(groupId: string, userId: string): Promise<GrabResult> {
    if (!groupId || !userId) throw new ShakeError('REQUEST_INVALID', 'groupPacketId and userId are required');
    return unwrap<GrabResult>(await this.fifo.submit(groupId, { kind: 'grab', groupId, userId }));
  }

  /** Detail list, one screen per page; pages past maxScreens are refused (seed 001: only two screens). */
  async detail(groupId: string, page = 0): Promise<DetailPage> {
    const { screenSize, maxScreens } = this.config.detail;
    if (!Number.isSafeInteger(page) || page < 0) throw new ShakeError('REQUEST_INVALID', 'page must be a non-negative integer');
    if (page >= maxScreens) throw new ShakeError('DETAIL_PAGE_LIMIT', `only ${maxScreens} screens of the detail list are served`, { page, maxScreens });
    const d = await this.shardFor(groupId).one<DetailResult>({ type: 'detail', groupId, offset: page * screenSize, limit: screenSize, nowMs: this.clock() });
    return { ...d, page, screenSize, maxScreens };
  }

  /** Recycled/refused packets returned to sponsors' pools, after a cursor ("seq,seq,..." one per shard). */
  async recycled(cursor: string | undefined, limit = 1000): Promise<{ items: RecycledItem[]; next: string }> {
    const since = parseCursor(cursor, this.shards.length);
    const per = await Promise.all(this.shards.map((s, i) => s.one<RecycledItem[]>({ type: 'recycled', sinceSeq: since[i], limit })));
    const next = per.map((items, i) => (items.length ? items[items.length - 1].seq : since[i]));
    return { items: per.flat(), next: next.join(',') };
  }

  /** A user's balance: sum of their account over all shards. */
  async balance(userId: string): Promise<number> {
    const parts = await Promise.all(this.shards.map((s) => s.one<number>({ type: 'balance', account: account.user(userId) })));
    return parts.reduce((a, b) => a + b, 0);
  }

  async sweep(limit = 10_000): Promise<SweepResult> {
    const nowMs = this.clock();
    const all = await Promise.all(this.shards.map((s) => s.one<SweepResult>({ type: 'sweep', nowMs, limit })));
    const sum = all.reduce((a, b) => ({ refunded: a.refunded + b.refunded, refundedCents: a.refundedCents + b.refundedCents,
      recycled: a.recycled + b.recycled, recycledCents: a.recycledCents + b.recycledCents }));
    if (sum.refunded || sum.recycled) this.log.info(sum, 'sweep: refunds and recycling');
    return sum;
  }

  async close(): Promise<void> {
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    this.sweepTimer = null;
    await Promise.all(this.shards.map((s) => s.close()));
  }
}

export function parseCursor(cursor: string | undefined, shards: number): number[] {
  if (!cursor) return new Array<number>(shards).fill(0);
  const parts = cursor.split(',').map(Number);
  if (parts.length !== shards || parts.some((n) => !Number.isSafeInteger(n) || n < 0)) {
    throw new ShakeError('REQUEST_INVALID', 'bad recycled cursor', { cursor });
  }
  return parts;
}
