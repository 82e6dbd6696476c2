/**
 * Imports seed packets into the money side's packet book (per shard), before the
 * show: the seed file or the splitter's parts (and recycled files). Streaming: the
 * file is read in batches, each record's 32 bytes are copied as they are into the
 * chunk of its shard (routed by packet id), and a full chunk's buffer is transferred
 * to that shard's writer (moved, not copied), with a bounded number in flight per
 * shard, so memory does not grow with the file. Idempotent by packet id. The import
 * ends with 'importEnd' on every shard: it returns once the rows are fsynced.
 */
import { catalogued } from '../contracts/errors.ts';
import { isShakeError } from '../common/errors.ts';
import { openSeedReader, packetIdToString, parsePacketId, RECORD_WORDS } from '../seed-splitter/index.ts';
import { shardOfIdWords } from './hash.ts';
import type { ShardClient } from './shard/client.ts';

export interface ImportSummary { files: number; records: number; inserted: number; existing: number; seconds: number }

/** Records per chunk sent to a shard writer (2 MiB; one chunk is one transaction or part of one). */
const CHUNK_ROWS = 65_536;
const MAX_IN_FLIGHT_PER_SHARD = 3;
const TWO32 = 4294967296;
const RW: number = RECORD_WORDS;

interface Target { readonly shards: ShardClient[] }

class ChunkRouter {
  private readonly open: Uint32Array[];
  private readonly counts: number[];
  private readonly inFlight: Promise<void>[][];
  readonly summary = { inserted: 0, existing: 0 };

  constructor(private readonly target: Target, private readonly sponsors: string[], private readonly nowMs: number) {
    this.open = target.shards.map(() => new Uint32Array(CHUNK_ROWS * RW));
    this.counts = target.shards.map(() => 0);
    this.inFlight = target.shards.map(() => []);
  }

  /**
   * Copies the n records of a batch (RW words each) into their shards' chunks, sending each
   * chunk that fills. Seed files hold 0 in a record's reserved word (checked here: the writer
   * reads it as the high 16 bits of the shares, which only packets given as objects use).
   */
  async route(w: Uint32Array, n: number, fromFile: boolean): Promise<void> {
    const shardCount = this.open.length;
    for (let i = 0, o = 0; i < n; i++, o += RW) {
      if (fromFile && w[o + 7] !== 0) {
        const packetId = packetIdToString(w[o + 1] * TWO32 + w[o]);
        throw catalogued('SEED_IMPORT_FAILED', `packet ${packetId}: reserved field of the seed record not zero`, { packetId });
      }
      const s = shardCount === 1 ? 0 : shardOfIdWords(w[o], w[o + 1], shardCount);
      const dst = this.open[s];
      const k = this.counts[s] * RW;
      dst[k] = w[o]; dst[k + 1] = w[o + 1]; dst[k + 2] = w[o + 2]; dst[k + 3] = w[o + 3];
      dst[k + 4] = w[o + 4]; dst[k + 5] = w[o + 5]; dst[k + 6] = w[o + 6]; dst[k + 7] = w[o + 7];
      if (++this.counts[s] === CHUNK_ROWS) await this.send(s);
    }
  }

  async send(shard: number): Promise<void> {
    const words = this.open[shard], count = this.counts[shard];
    if (count === 0) return;
    this.open[shard] = new Uint32Array(CHUNK_ROWS * RW);
    this.counts[shard] = 0;
    const queue = this.inFlight[shard];
    if (queue.length >= MAX_IN_FLIGHT_PER_SHARD) await queue.shift();
    const chunk = { sponsors: this.sponsors, count, words: count === CHUNK_ROWS ? words : words.subarray(0, count * RW) };
    const p = this.target.shards[shard].one<{ inserted: number; existing: number }>({ type: 'import', chunk, nowMs: this.nowMs }, [words.buffer as ArrayBuffer])
      .then((r) => { this.summary.inserted += r.inserted; this.summary.existing += r.existing; });
    p.catch(() => undefined); // awaited in order below; a failure surfaces there
    queue.push(p);
  }

  async finish(): Promise<void> {
    for (let s = 0; s < this.open.length; s++) await this.send(s);
    for (const q of this.inFlight) while (q.length) await q.shift();
  }
}

/** Every shard makes what it imported durable (a synced commit, then a checkpoint); the import is done after this. */
async function endImport(target: Target, nowMs: number): Promise<void> {
  await Promise.all(target.shards.map((c) => c.one({ type: 'importEnd', nowMs })));
}

export async function importSeedFiles(target: Target, files: string[], clock: () => number, onProgress?: (records: number) => void): Promise<ImportSummary> {
  const t0 = performance.now();
  let records = 0, inserted = 0, existing = 0;
  for (const file of files) {
    let reader;
    try {
      reader = openSeedReader(file, { bufferBytes: 4 << 20 });
    } catch (e) {
      throw catalogued('SEED_IMPORT_FAILED', `${file}: ${(e as Error).message}`, { file, cause: isShakeError(e) ? e.code : (e as { code?: string }).code });
    }
    try {
      const sender = new ChunkRouter(target, reader.header.sponsors.map((s) => s.id), clock());
      for await (const b of reader.batchesAsync()) {
        await sender.route(b.words, b.count, true);
        records += b.count;
        onProgress?.(records);
      }
      await sender.finish();
      inserted += sender.summary.inserted;
      existing += sender.summary.existing;
    } finally {
      reader.close();
    }
  }
  await endImport(target, clock());
  return { files: files.length, records, inserted, existing, seconds: (performance.now() - t0) / 1000 };
}

export interface BookPacket { packetId: string; sponsorId: string; amountCents: number; shares: number; shareAmountCents: number }

/** Imports packets given as objects (tests, small tools); same book, same rules, same path as the file import. */
export async function importPackets(target: Target, packets: readonly BookPacket[], nowMs = Date.now()): Promise<{ inserted: number; existing: number }> {
  const sponsors = [...new Set(packets.map((p) => p.sponsorId))];
  const idx = new Map(sponsors.map((s, i) => [s, i]));
  const sender = new ChunkRouter(target, sponsors, nowMs);
  const one = new Uint32Array(RW);
  for (const p of packets) {
    if (![p.amountCents, p.shareAmountCents, p.shares].every((v) => Number.isSafeInteger(v) && v >= 0 && v <= 0xffffffff) || idx.get(p.sponsorId)! > 0xffff) {
      throw catalogued('SEED_IMPORT_FAILED', `packet ${p.packetId}: amounts and shares must be integers in 0..2^32-1, at most 65536 sponsors`, { packetId: p.packetId });
    }
    const id = parsePacketId(p.packetId);
    one[0] = id % TWO32; one[1] = Math.floor(id / TWO32); // recycled_from 0: words 2, 3 stay 0
    one[4] = p.amountCents; one[5] = p.shareAmountCents;
    one[6] = idx.get(p.sponsorId)! | ((p.shares & 0xffff) << 16); one[7] = p.shares >>> 16; // shares wider than a seed file's 16 bits
    await sender.route(one, 1, false);
  }
  await sender.finish();
  await endImport(target, nowMs);
  return sender.summary;
}
