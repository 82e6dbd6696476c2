/**
 * Loads and proves this machine's seed part before a single packet is fed:
 * the manifest names this machine, the part's header names this machine (name
 * and index), the file is whole (size, header crc, records crc), every record
 * obeys the format rules in ascending id order, and its records checksum and
 * sha256 equal the manifest's entry for this machine. Any failure is an
 * AgentError with a stable code; nothing is fed from a part that fails.
 *
 * The records stay in memory (32 bytes each) with a per-sponsor position index.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import {
  openSeedReader, readManifest, recId, recSponsor, recordProblem, readRecord, toSeedPacket, packetIdToString,
  RECORD_WORDS, type SeedHeader, type ManifestPart, type SeedPacketObject,
} from '../../seed-splitter/index.ts';
import { isShakeError } from '../../common/errors.ts';
import { AgentError, AgentErrorCode } from '../errors.ts';

export interface LoadedPart {
  machineName: string;
  machineIndex: number;
  header: SeedHeader;
  manifestEntry: ManifestPart;
  count: number;
  /** All records, 8 u32 words each. */
  words: Uint32Array;
  sponsorIds: string[];
  /** Per sponsor index: positions (record indexes) of its records, ascending. */
  positionsBySponsor: Uint32Array[];
  /** Identity of the part (stored in the agent state; another part is refused). */
  identity: string;
}

export interface LoadPartOptions {
  partPath: string;
  manifestPath: string;
  machineId: string;
}

export function loadPart(o: LoadPartOptions): LoadedPart {
  if (!existsSync(o.manifestPath)) throw new AgentError(AgentErrorCode.MANIFEST_INVALID, `seed manifest ${o.manifestPath} does not exist`);
  let entry: ManifestPart | undefined;
  try {
    entry = readManifest(o.manifestPath).machines.find((m) => m.name === o.machineId);
  } catch (e) {
    throw new AgentError(AgentErrorCode.MANIFEST_INVALID, `seed manifest ${o.manifestPath} unusable: ${(e as Error).message}`);
  }
  if (!entry) throw new AgentError(AgentErrorCode.MACHINE_NOT_IN_MANIFEST, `machine ${o.machineId} is not in seed manifest ${o.manifestPath}`);
  if (!existsSync(o.partPath)) throw new AgentError(AgentErrorCode.SEED_PART_MISSING, `seed part ${o.partPath} does not exist`);

  const corrupt = (why: string, cause?: unknown) => new AgentError(AgentErrorCode.SEED_PART_CORRUPT, `seed part ${o.partPath} is corrupt: ${why}`,
    cause && isShakeError(cause) ? { cause: cause.code } : undefined);
  let reader;
  try {
    reader = openSeedReader(o.partPath);
  } catch (e) {
    throw corrupt((e as Error).message, e);
  }
  try {
    const h = reader.header;
    if (h.kind !== 'part') throw corrupt(`it is a ${h.kind} file, not a part`);
    if (h.machineName !== o.machineId || h.machineIndex !== entry.index) {
      throw new AgentError(AgentErrorCode.SEED_PART_WRONG_MACHINE,
        `seed part ${o.partPath} belongs to machine ${JSON.stringify(h.machineName)} (#${h.machineIndex}), this is ${JSON.stringify(o.machineId)} (#${entry.index}); refusing to feed another machine's packets`);
    }
    // The count is checked against the manifest before recordCount x 32 bytes are reserved:
    // a part file cannot make the agent allocate more than the manifest it trusts says.
    if (h.recordCount !== entry.recordCount) {
      throw new AgentError(AgentErrorCode.SEED_PART_MANIFEST_MISMATCH,
        `seed part ${o.partPath} is not the part the manifest lists for ${o.machineId} (count ${h.recordCount} vs ${entry.recordCount})`);
    }
    const words = new Uint32Array(h.recordCount * RECORD_WORDS);
    const sha = createHash('sha256');
    const sponsorCount = h.sponsors.length;
    const counts = new Uint32Array(sponsorCount);
    let prevId = 0;
    for (const b of reader.batches()) {
      sha.update(b.bytes);
      for (let i = 0; i < b.count; i++) {
        const why = recordProblem(b.words, i, 'part', sponsorCount);
        if (why) throw corrupt(`record ${b.startIndex + i}: ${why}`);
        const id = recId(b.words, i);
        if (id <= prevId) throw corrupt(`record ${b.startIndex + i}: ids not ascending`);
        prevId = id;
        counts[recSponsor(b.words, i)]++;
      }
      words.set(b.words.subarray(0, b.count * RECORD_WORDS), b.startIndex * RECORD_WORDS);
    }
    const recordsSha256 = sha.digest('hex');
    const mismatch: string[] = [];
    if (h.headerCrc32 !== entry.headerCrc32) mismatch.push('header crc32');
    if (h.recordsCrc32 !== entry.recordsCrc32) mismatch.push('records crc32');
    if (recordsSha256 !== entry.recordsSha256) mismatch.push('records sha256');
    if (mismatch.length) {
      throw new AgentError(AgentErrorCode.SEED_PART_MANIFEST_MISMATCH,
        `seed part ${o.partPath} is not the part the manifest lists for ${o.machineId} (${mismatch.join(', ')})`);
    }
    const positionsBySponsor = Array.from(counts, (n) => new Uint32Array(n));
    const fill = new Uint32Array(sponsorCount);
    for (let p = 0; p < h.recordCount; p++) {
      const s = recSponsor(words, p);
      positionsBySponsor[s][fill[s]++] = p;
    }
    return {
      machineName: o.machineId, machineIndex: entry.index, header: h, manifestEntry: entry, count: h.recordCount, words,
      sponsorIds: h.sponsors.map((s) => s.id), positionsBySponsor,
      identity: `${o.machineId}#${entry.index}:${h.recordCount}:${recordsSha256}`,
    };
  } catch (e) {
    if (e instanceof AgentError) throw e;
    throw corrupt((e as Error).message, e);
  } finally {
    reader.close();
  }
}

/** The wire packet at a position of the part. */
export function partPacket(part: LoadedPart, pos: number): SeedPacketObject {
  return toSeedPacket(readRecord(part.words, pos), part.header.sponsors);
}

/** Position of a packet id in the part (binary search on the ascending ids), or -1. */
export function partPosition(part: LoadedPart, numericId: number): number {
  let lo = 0;
  let hi = part.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const v = recId(part.words, mid);
    if (v === numericId) return mid;
    if (v < numericId) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}

export function partPacketId(part: LoadedPart, pos: number): string {
  return packetIdToString(recId(part.words, pos));
}
