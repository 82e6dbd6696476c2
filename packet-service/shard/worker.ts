/**
 * A shard writer (one SET): a worker thread that owns its SQLite database.
 * Batches that arrive while it is busy are run together in one transaction
 * (group commit: one fsync), each request in its own savepoint, strictly in
 * arrival order; replies are sent only after the commit.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { randomInt } from 'node:crypto';
import { isShakeError } from '../../common/errors.ts';
import { createLogger } from '../../common/logger.ts';
import { dayNumber, DAY_MS } from '../hash.ts';
import { ShardStore } from './store.ts';
import { admit } from './caps-ops.ts';
import { applyOp } from './money-moves.ts';
import { expireIssued, issuePacket } from './issue-ops.ts';
import { detail, grab } from './grab-ops.ts';
import { recycledSince, sweep, sweepBeforeArchive } from './sweep-ops.ts';
import { keepOwnRows } from '../sets/own-rows.ts';
import { checkpointImport, endsImport, importChunk, markImported } from './seed-load.ts';
import { importMint, markMintsPublished, mintOutbox } from './mint-ops.ts';
import type { ShardBatch, ShardEnvelope, ShardReply, ShardReplyEnvelope, ShardRequest, ShardResult, ShardWorkerData } from './messages.ts';

const cfg = (workerData as { data: ShardWorkerData }).data;
const log = createLogger('packet-service.shard').child({ shard: cfg.shard });
const store = new ShardStore({ shard: cfg.shard, shardCount: cfg.shardCount, path: cfg.path, archivePath: cfg.archivePath, lookupDays: cfg.lookupDays, synchronous: cfg.synchronous });
store.book.mintSet = cfg.set;
store.book.mintInto = cfg.mintInto;
store.days.beforeArchive = (slot, nowMs) => {
  const r = sweepBeforeArchive(store, slot, nowMs);
  if (r.refunded || r.recycled) log.info({ slot, ...r }, 'day slot settled before archive: refunds and recycling the sweeper had not done');
};
const rand = (bound: number) => randomInt(bound);
const port = parentPort!;
const rules = { ...cfg, lookupWindowMs: (cfg.lookupDays - 1) * DAY_MS };

function run(r: ShardRequest): unknown {
  switch (r.type) {
    case 'claim': return store.book.claim(r.op, r.nowMs);
    case 'import': return importChunk(store, keepOwnRows(r.chunk, cfg.set, cfg.seedSets), r.nowMs);
    case 'importEnd': return markImported(store, r.nowMs);
    case 'issue': return issuePacket(store, r.op, r.nowMs);
    case 'expire': return expireIssued(store, r.watermarks, r.upToMs, r.nowMs, r.limit);
    case 'admit': return admit(store, r, cfg.caps);
    case 'apply': return applyOp(store, r.op, r.decision, r.admittedAtMs, r.nowMs, rules);
    case 'grab': return grab(store, r.groupId, r.userId, r.nowMs, cfg.maxShareCents, rand);
    case 'detail': return detail(store, r.groupId, r.offset, r.limit, r.nowMs);
    case 'sweep': return sweep(store, r.nowMs, r.limit);
    case 'recycled': return recycledSince(store, r.sinceSeq, r.limit);
    case 'balance': return store.balance(r.account);
    case 'mintImport': return importMint(store, r.mint, r.nowMs);
    case 'mintOutbox': return mintOutbox(store, r.limit);
    case 'mintPublished': return markMintsPublished(store, r.packetIds, r.nowMs);
  }
}

function failure(e: unknown): ShardResult {
  if (isShakeError(e)) return { ok: false, error: { code: e.code, message: e.message, ...(e.details ? { details: e.details } : {}) } };
  log.error({ err: e }, 'shard request failed');
  return { ok: false, error: { code: 'SHARD_INTERNAL', message: e instanceof Error ? e.message : String(e) } };
}

/** Requests that touch only the packet book (not by day): they never create or rotate day tables. */
const BOOK_ONLY = new Set<ShardRequest['type']>(['claim', 'import', 'importEnd', 'issue', 'expire', 'mintImport', 'mintPublished']);

let pending: ShardBatch[] = [];
let scheduled = false;

let closed = false;

/** An import is declared done only once its rows are in the database file, fsynced (outside the transaction). */
function afterCommit(batches: ShardBatch[], replies: ShardReply[]): void {
  batches.forEach((b, i) => b.reqs.forEach((r, k) => {
    if (r.type !== 'importEnd' || !replies[i].results[k].ok) return;
    try {
      checkpointImport(store);
    } catch (e) {
      replies[i].results[k] = failure(e);
    }
  }));
}

function flush(): void {
  scheduled = false;
  if (closed || pending.length === 0) return;
  const batches = pending;
  pending = [];
  const replies: ShardReply[] = batches.map((b) => ({ id: b.id, results: [] }));
  try {
    // Today's tables (and any day the requests carry) exist before the transaction opens.
    const days = new Map<number, number>();
    for (const b of batches) for (const r of b.reqs) if ('nowMs' in r && !BOOK_ONLY.has(r.type)) days.set(dayNumber(r.nowMs), Math.max(r.nowMs, days.get(dayNumber(r.nowMs)) ?? 0));
    for (const [d, nowMs] of [...days].sort((a, b) => a[0] - b[0])) store.days.ensure(d, nowMs);
    store.db.transaction(() => {
      batches.forEach((b, i) => {
        for (const r of b.reqs) {
          try {
            replies[i].results.push({ ok: true, value: store.db.transaction(() => run(r))() });
          } catch (e) {
            replies[i].results.push(failure(e));
          }
        }
      });
    })();
    if (endsImport(batches)) afterCommit(batches, replies);
  } catch (e) {
    const f = failure(e);
    for (const [i, b] of batches.entries()) replies[i] = { id: b.id, results: b.reqs.map(() => f) };
  }
  port.postMessage({ replies } satisfies ShardReplyEnvelope);
}

port.on('message', (m: ShardEnvelope | { close: true }) => {
  if ('close' in m) {
    flush();
    closed = true;
    store.close();
    port.close();
    return;
  }
  pending.push(...m.batches);
  if (!scheduled) {
    scheduled = true;
    setImmediate(flush);
  }
});
log.debug({ path: cfg.path }, 'shard writer up');
