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

/** Which SET the data dir belongs to, and the pinned counts packets and users were routed over (contracts/sets.ts). */
export interface SetLayoutRecord { readonly index: number; readonly seedSets: number; readonly capSets: number }

export interface DataLayout { readonly formatVersion: number; readonly shardCount: number; readonly set: SetLayoutRecord }

/** A record written before SETs existed: the single money service, SET 0 of 1. */
const SINGLE_SET: SetLayoutRecord = { index: 0, seedSets: 1, capSets: 1 };

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
  const set = v.set ?? SINGLE_SET;
  if (![set.index, set.seedSets - 1, set.capSets - 1].every((n) => Number.isSafeInteger(n) && n >= 0)) {
    throw catalogued('DATA_LAYOUT_INVALID', `${file}: set needs integer index, seedSets and capSets`, { file });
  }
  return { formatVersion: v.formatVersion!, shardCount: v.shardCount!, set };
}

function writeLayout(dataDir: string, layout: DataLayout): void {
  const file = layoutPath(dataDir);
  const tmp = `${file}.tmp-${process.pid}`;
  const { set, ...rest } = layout;
  // The single money service writes the record as before SETs existed (its data dirs read the same either way).
  const single = set.index === 0 && set.seedSets === 1 && set.capSets === 1;
  writeFileSync(tmp, `${JSON.stringify(single ? rest : layout)}\n`);
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
export function pinLayout(dataDir: string, shardCount: number, set: SetLayoutRecord = SINGLE_SET): DataLayout {
  const want: DataLayout = { formatVersion: DATA_FORMAT_VERSION, shardCount, set: { index: set.index, seedSets: set.seedSets, capSets: set.capSets } };
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
    const h = have.set;
    if (h.index !== set.index || h.seedSets !== set.seedSets || h.capSets !== set.capSets) {
      throw catalogued('SET_LAYOUT_MISMATCH', `data dir ${dataDir} belongs to SET ${h.index} of ${h.seedSets} seed SETs and ${h.capSets} cap SETs; refusing to start as SET ${set.index} of ${set.seedSets} and ${set.capSets} (packets and users would route to other SETs)`,
        { dataDir, recorded: h, configured: set });
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
