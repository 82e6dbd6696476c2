/**
 * Imports seed packets into the money side's packet book (per shard), before the
 * show: the seed file or the splitter's parts (and recycled files). Streaming:
 * records are read in batches, routed by packet id to their shard, and sent in
 * column chunks with a bounded number in flight per shard, so memory does not
 * grow with the file. Idempotent by packet id.
 */
import { catalogued } from '../contracts/errors.ts';
import { isShakeError } from '../common/errors.ts';
import { openSeedReader } from '../seed-splitter/index.ts';
import { recAmount, recFrom, recId, recShareAmount, recShares, recSponsor } from '../seed-splitter/index.ts';
import { parsePacketId } from '../seed-splitter/index.ts';
import { shardOfNumericId } from './hash.ts';
import type { ImportChunk } from './shard/messages.ts';
import type { ShardClient } from './shard/client.ts';

export interface ImportSummary { files: number; records: number; inserted: number; existing: number; seconds: number }

const CHUNK_ROWS = 32_768;
const MAX_IN_FLIGHT_PER_SHARD = 3;

interface Target { readonly shards: ShardClient[] }

class ChunkSender {
  private readonly open: ImportChunk[];
  private readonly inFlight: Promise<void>[][];
  readonly summary = { inserted: 0, existing: 0 };

  constructor(private readonly target: Target, private readonly sponsors: string[], private readonly nowMs: number) {
    this.open = target.shards.map(() => this.fresh());
    this.inFlight = target.shards.map(() => []);
  }

  private fresh(): ImportChunk {
    return { sponsors: this.sponsors, count: 0, ids: new Float64Array(CHUNK_ROWS), recycledFrom: new Float64Array(CHUNK_ROWS),
      amount: new Uint32Array(CHUNK_ROWS), shareAmount: new Uint32Array(CHUNK_ROWS), sponsor: new Uint32Array(CHUNK_ROWS), shares: new Uint32Array(CHUNK_ROWS) };
  }

  /** Adds one record; returns the shard whose chunk is now full (send it), or -1. Synchronous: no await per record. */
  add(id: number, from: number, amount: number, shareAmount: number, sponsor: number, shares: number): number {
    const shard = shardOfNumericId(id, this.open.length);
    const c = this.open[shard];
    const i = c.count++;
    c.ids[i] = id; c.recycledFrom[i] = from; c.amount[i] = amount; c.shareAmount[i] = shareAmount; c.sponsor[i] = sponsor; c.shares[i] = shares;
    return c.count === CHUNK_ROWS ? shard : -1;
  }

  async send(shard: number): Promise<void> {
    const c = this.open[shard];
    this.open[shard] = this.fresh();
    if (c.count === 0) return;
    const queue = this.inFlight[shard];
    if (queue.length >= MAX_IN_FLIGHT_PER_SHARD) await queue.shift();
    const p = this.target.shards[shard].one<{ inserted: number; existing: number }>({ type: 'import', chunk: c, nowMs: this.nowMs })
      .then((r) => { this.summary.inserted += r.inserted; this.summary.existing += r.existing; });
    p.catch(() => undefined); // awaited in order below; a failure surfaces there
    queue.push(p);
  }

  async finish(): Promise<void> {
    for (let s = 0; s < this.open.length; s++) await this.send(s);
    for (const q of this.inFlight) while (q.length) await q.shift();
  }
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
      const sender = new ChunkSender(target, reader.header.sponsors.map((s) => s.id), clock());
      for await (const b of reader.batchesAsync()) {
        const w = b.words;
        for (let i = 0; i < b.count; i++) {
          const full = sender.add(recId(w, i), recFrom(w, i), recAmount(w, i), recShareAmount(w, i), recSponsor(w, i), recShares(w, i));
          if (full >= 0) await sender.send(full);
        }
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
  return { files: files.length, records, inserted, existing, seconds: (performance.now() - t0) / 1000 };
}

export interface BookPacket { packetId: string; sponsorId: string; amountCents: number; shares: number; shareAmountCents: number }

/** Imports packets given as objects (tests, small tools); same book, same rules as the file import. */
export async function importPackets(target: Target, packets: readonly BookPacket[], nowMs = Date.now()): Promise<{ inserted: number; existing: number }> {
  const sponsors = [...new Set(packets.map((p) => p.sponsorId))];
  const idx = new Map(sponsors.map((s, i) => [s, i]));
  const sender = new ChunkSender(target, sponsors, nowMs);
  for (const p of packets) {
    if (![p.amountCents, p.shareAmountCents, p.shares].every((v) => Number.isSafeInteger(v) && v >= 0 && v <= 0xffffffff)) {
      throw catalogued('SEED_IMPORT_FAILED', `packet ${p.packetId}: amounts and shares must be integers in 0..2^32-1`, { packetId: p.packetId });
    }
    const full = sender.add(parsePacketId(p.packetId), 0, p.amountCents, p.shareAmountCents, idx.get(p.sponsorId)!, p.shares);
    if (full >= 0) await sender.send(full);
  }
  await sender.finish();
  return sender.summary;
}
