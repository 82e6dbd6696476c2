/**
 * The data dir's layout record (`layout.json`): the shard count its packets were
 * routed with and the format version of its databases. Routing is
 * FNV-1a(id) mod shardCount, so opening the same data with another count would
 * look packets up in the wrong shard (a redelivered open found nothing and paid
 * again). The record is written once, when the data dir is created, and every
 * later start must match it.
 */
import { existsSync, fsyncSync, openSync, closeSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { catalogued } from '../contracts/errors.ts';

/** Version of the shard database format (tables and meaning of their rows). */
export const DATA_FORMAT_VERSION = 2;

export interface DataLayout { readonly formatVersion: number; readonly shardCount: number }

export function layoutPath(dataDir: string): string {
  return path.join(dataDir, 'layout.json');
}

function shardIndexes(dataDir: string): number[] {
  return readdirSync(dataDir).map((f) => /^db_(\d+)\.sqlite$/.exec(f)).filter((m) => m !== null).map((m) => Number(m[1]));
}

export function readLayout(dataDir: string): DataLayout | null {
  const file = layoutPath(dataDir);
  if (!existsSync(file)) return null;
  let v: Partial<DataLayout>;
  try {
    v = JSON.parse(readFileSync(file, 'utf8')) as Partial<DataLayout>;
  } catch (e) {
    throw catalogued('DATA_LAYOUT_INVALID', `${file}: ${(e as Error).message}`, { file });
  }
  if (!Number.isSafeInteger(v.formatVersion) || !Number.isSafeInteger(v.shardCount) || v.shardCount! < 1) {
    throw catalogued('DATA_LAYOUT_INVALID', `${file}: needs integer formatVersion and shardCount`, { file });
  }
  return { formatVersion: v.formatVersion!, shardCount: v.shardCount! };
}

function writeLayout(dataDir: string, layout: DataLayout): void {
  const file = layoutPath(dataDir);
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, `${JSON.stringify(layout)}\n`);
  const fd = openSync(tmp, 'r');
  fsyncSync(fd);
  closeSync(fd);
  renameSync(tmp, file);
}

/**
 * Checks (or, for a new data dir, records) the layout before any shard is opened.
 * Refuses another shard count or format version with an error naming both sides.
 * A data dir from before the record existed is accepted only if its shard files
 * are exactly 0..shardCount-1 (then the record is written).
 */
export function pinLayout(dataDir: string, shardCount: number): DataLayout {
  const want: DataLayout = { formatVersion: DATA_FORMAT_VERSION, shardCount };
  const have = readLayout(dataDir);
  if (have) {
    if (have.formatVersion !== DATA_FORMAT_VERSION) {
      throw catalogued('DATA_FORMAT_UNSUPPORTED', `data dir ${dataDir} has format version ${have.formatVersion}; this service reads version ${DATA_FORMAT_VERSION}`,
        { dataDir, found: have.formatVersion, expected: DATA_FORMAT_VERSION });
    }
    if (have.shardCount !== shardCount) {
      throw catalogued('SHARD_COUNT_MISMATCH', `data dir ${dataDir} was created with ${have.shardCount} shards; refusing to start with ${shardCount} (packets would route to other shards)`,
        { dataDir, recorded: have.shardCount, configured: shardCount });
    }
    return have;
  }
  const found = shardIndexes(dataDir);
  if (found.length > 0) {
    const exact = found.length === shardCount && found.every((i) => i < shardCount);
    if (!exact) {
      throw catalogued('SHARD_COUNT_MISMATCH', `data dir ${dataDir} holds ${found.length} shard databases and no layout record; refusing to start with ${shardCount}`,
        { dataDir, recorded: found.length, configured: shardCount });
    }
  }
  writeLayout(dataDir, want);
  return want;
}
