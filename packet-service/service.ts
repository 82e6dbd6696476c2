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
import { GrabGate } from './grab-gate.ts';
import { ShardClient, unwrap } from './shard/client.ts';
import { account } from './shard/store.ts';
import type { MintOp } from './shard/messages.ts';
import type { ApplyOp, ApplyResult, CapDecision, ExpireResult, IssueOp, DetailResult, GrabResult, RecycledItem, RejectReason, ShardRequest, ShardResult, SweepResult } from './shard/messages.ts';
import { importSeedFiles, type ImportSummary } from './seed-import.ts';
import { LocalCaps, type CapAuthority } from './sets/cap-authority.ts';

type Work = { kind: 'apply'; op: ApplyOp } | { kind: 'issue'; op: IssueOp } | { kind: 'grab'; groupId: string; userId: string } | { kind: 'mint'; mint: MintOp };

export interface ServiceOptions {
  /** Wall clock in ms; injectable for tests. */
  clock?: () => number;
  logger?: Logger;
}

export interface DetailPage extends DetailResult { page: number; screenSize: number; maxScreens: number }

export class PacketService {
  readonly shards: ShardClient[];
  private readonly fifo: KeyedSerialExecutor<Work, ShardResult>;
  /** Grabs pass this cheap, bounded front before their packet's FIFO. */
  readonly grabGate: GrabGate;
  private readonly clock: () => number;
  readonly log: Logger;
  private sweepTimer: NodeJS.Timeout | null = null;
  private readonly rejectedTotal = new Map<string, number>();
  /** Operations (open, share) applied since start, repeats not counted: the SET's pay rate. */
  appliedTotal = 0;
  /** The caps decided in this process's shards (what a cap SET answers other SETs from). */
  readonly localCaps: CapAuthority;
  private caps: CapAuthority;

  constructor(readonly config: PacketServiceConfig, options: ServiceOptions = {}) {
    mkdirSync(config.dataDir, { recursive: true });
    pinLayout(config.dataDir, config.shardCount, config.set);
    this.clock = options.clock ?? Date.now;
    this.log = options.logger ?? createLogger('packet-service');
    this.shards = Array.from({ length: config.shardCount }, (_, shard) => new ShardClient({
      shard, shardCount: config.shardCount, path: shardDbPath(config, shard), archivePath: shardArchivePath(config, shard), lookupDays: config.lookupDays,
      synchronous: config.synchronous, maxShareCents: config.maxShareCents, groupExpiryMs: config.groupExpiryMs,
      shareDeadlineMs: config.shareDeadlineMs, caps: config.caps, set: config.set.index, seedSets: config.set.seedSets, mintInto: config.set.mintInto,
    }));
    this.localCaps = new LocalCaps(this.shards);
    this.caps = this.localCaps;
    this.fifo = new KeyedSerialExecutor((key, items) => this.runBatch(key, items), config.maxBatch);
    this.grabGate = new GrabGate(config.grabGate, async (groupId, userId) =>
      unwrap<GrabResult>(await this.fifo.submit(groupId, { kind: 'grab', groupId, userId })));
  }

  /** Decides caps elsewhere from now on (several SETs: cap-link.ts); before any operation is applied. */
  useCaps(caps: CapAuthority): void {
    this.caps = caps;
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
    const r = await this.caps.admit({ packetId: op.packetId, userId: op.userId, sponsorId: op.sponsorId, nowMs });
    if (r.decision !== 'admitted' && !r.repeat) {
      this.log.warn({ packetId: op.packetId, userId: op.userId, sponsorId: op.sponsorId, decision: r.decision }, 'packet refused by cap; returned to sponsor pool');
    }
    return r;
  }

  /**
   * One ordered batch of a packet's requests; runs only when the previous batch of that packet finished.
   * Each operation is first checked against the packet book in the packet's shard (which also makes its
   * user the packet's one owner), then its cap decided in the user's shard: an operation the book rejects
   * never takes a cap slot. Operations run one after another here (a batch rarely holds more than one);
   * grabs, the hot path, go straight through.
   */
  private async runBatch(packetId: string, items: Work[]): Promise<ShardResult[]> {
    const nowMs = this.clock();
    const shard = this.shardFor(packetId);
    const results: (ShardResult | null)[] = [];
    const reqs: ShardRequest[] = [];
    for (const w of items) {
      if (w.kind !== 'apply') {
        reqs.push(w.kind === 'grab' ? { type: 'grab', groupId: w.groupId, userId: w.userId, nowMs }
          : w.kind === 'issue' ? { type: 'issue', op: w.op, nowMs } : { type: 'mintImport', mint: w.mint, nowMs });
        results.push(null);
        continue;
      }
      const rejected = await shard.one<{ reason: RejectReason; repeat: boolean } | null>({ type: 'claim', op: w.op, nowMs });
      if (rejected) {
        results.push({ ok: true, value: { outcome: `rejected:${rejected.reason}`, repeat: rejected.repeat } satisfies ApplyResult });
        if (!rejected.repeat) this.onRejected(w.op, rejected.reason);
        continue;
      }
      const a = await this.admit(w.op, nowMs);
      reqs.push({ type: 'apply', op: w.op, decision: a.decision, admittedAtMs: a.atMs, nowMs });
      results.push(null);
    }
    const sent = reqs.length ? await shard.send(reqs) : [];
    let k = 0;
    return results.map((r) => r ?? sent[k++]);
  }

  private onRejected(op: ApplyOp, reason: RejectReason): void {
    this.rejectedTotal.set(reason, (this.rejectedTotal.get(reason) ?? 0) + 1);
    this.log.error({ code: 'OPERATION_REJECTED', reason, packetId: op.packetId, userId: op.userId, sponsorId: op.sponsorId, amountCents: op.amountCents,
      shareAmountCents: op.shareAmountCents, shares: op.shares, operationId: op.opId }, 'operation pays nothing: the packet book does not hold it as it says');
  }

  /** Operations rejected by the packet book since start, by reason (metric packet_operations_rejected_total). */
  rejectedCounts(): Record<string, number> {
    return Object.fromEntries(this.rejectedTotal);
  }

  /**
   * Imports seed files (originals, parts, recycled files) into the packet book of
   * every shard, streaming. Idempotent: records already held are skipped; one held
   * with other content fails the import with SEED_IMPORT_CONFLICT.
   */
  importSeedFiles(files: string[], onProgress?: (records: number) => void): Promise<ImportSummary> {
    return importSeedFiles(this, files, this.clock, onProgress);
  }

  /** Applies one open/share from the queue. Idempotent by operation id. Rejects on infrastructure failure (redeliver). */
  async apply(op: ApplyOp): Promise<ApplyResult> {
    const r = unwrap<ApplyResult>(await this.fifo.submit(op.packetId, { kind: 'apply', op }));
    if (!r.repeat && !r.outcome.startsWith('rejected:')) this.appliedTotal++;
    if (r.outcome === 'too_old') this.log.error({ packetId: op.packetId, operationId: op.opId }, 'operation older than the lookup window ignored (already applied and archived)');
    else this.log.debug({ packetId: op.packetId, userId: op.userId, operationId: op.opId, ...r }, 'operation applied');
    return r;
  }

  /** Records a packet a gateway issued (in its FIFO, ordered with the packet's operations). Idempotent. */
  async issue(op: IssueOp): Promise<ApplyResult> {
    const r = unwrap<ApplyResult>(await this.fifo.submit(op.packetId, { kind: 'issue', op }));
    if (r.outcome.startsWith('rejected:') && !r.repeat) {
      const reason = r.outcome.slice('rejected:'.length);
      this.rejectedTotal.set(reason, (this.rejectedTotal.get(reason) ?? 0) + 1);
      this.log.error({ code: 'OPERATION_REJECTED', reason, packetId: op.packetId, userId: op.userId, gatewayId: op.gatewayId, entryId: op.entryId },
        'issued packet not recorded: the packet book does not hold it as issued');
    }
    return r;
  }

  /** Adds a packet another SET minted for this one (a MINT entry), in its FIFO: before any open of it. Idempotent. */
  async importMint(mint: MintOp): Promise<ApplyResult> {
    return unwrap<ApplyResult>(await this.fifo.submit(mint.packetId, { kind: 'mint', mint }));
  }

  /** Expires issued-never-opened packets the watermarks allow (see expiry.ts), in every shard. */
  async expireIssued(watermarks: Record<string, number>, upToMs: number, limit = 10_000): Promise<ExpireResult> {
    const nowMs = this.clock();
    const all = await Promise.all(this.shards.map((sh) => sh.one<ExpireResult>({ type: 'expire', watermarks, upToMs, nowMs, limit })));
    return all.reduce((a, b) => ({ expired: a.expired + b.expired, expiredCents: a.expiredCents + b.expiredCents }));
  }

  async grab(groupId: string, userId: string): Promise<GrabResult> {
    if (!groupId || !userId) throw new ShakeError('BAD_REQUEST', 'groupPacketId and userId are required');
    return this.grabGate.grab(groupId, userId);
  }

  /** Detail list, one screen per page; pages past maxScreens are refused (seed 001: only two screens). */
  async detail(groupId: string, page = 0): Promise<DetailPage> {
    const { screenSize, maxScreens } = this.config.detail;
    if (!Number.isSafeInteger(page) || page < 0) throw new ShakeError('BAD_REQUEST', 'page must be a non-negative integer');
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

  /** A user's balance in this SET: sum of their account over its shards (with several SETs the caller sums every SET's). */
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
    await this.caps.close();
    await Promise.all(this.shards.map((s) => s.close()));
  }
}

export function parseCursor(cursor: string | undefined, shards: number): number[] {
  if (!cursor) return new Array<number>(shards).fill(0);
  const parts = cursor.split(',').map(Number);
  if (parts.length !== shards || parts.some((n) => !Number.isSafeInteger(n) || n < 0)) {
    throw new ShakeError('BAD_REQUEST', 'bad recycled cursor', { cursor });
  }
  return parts;
}
