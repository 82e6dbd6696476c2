/**
 * Atomic output helpers: everything is built under a temporary name next to the
 * target and renamed into place only when complete.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { SeedError, fsError } from './errors.ts';

let seq = 0;

export function tempNameFor(target: string): string {
  return `${target}.tmp-${process.pid}-${Date.now().toString(36)}-${++seq}`;
}

/** Creates a fresh temporary directory for `target` (which must not exist yet). */
export function makeTempDir(target: string): string {
  if (existsSync(target)) throw new SeedError('OUTPUT_EXISTS', `${target} already exists; refusing to overwrite it`);
  if (!existsSync(dirname(target))) throw new SeedError('FILE_NOT_FOUND', `${dirname(target)}: no such directory`);
  const tmp = tempNameFor(target);
  try {
    mkdirSync(tmp);
  } catch (e) {
    throw fsError(e, tmp, 'cannot create');
  }
  return tmp;
}

export function writeFileSynced(path: string, data: string | Buffer): void {
  let fd = -1;
  try {
    fd = openSync(path, 'wx');
    const buf = typeof data === 'string' ? Buffer.from(data) : data;
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    fsyncSync(fd);
  } catch (e) {
    throw fsError(e, path, 'cannot write');
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}

export function syncDir(path: string): void {
  try {
    const fd = openSync(path, 'r');
    try { fsyncSync(fd); } finally { closeSync(fd); }
  } catch {
    /* directory fsync is best effort (not supported everywhere) */
  }
}

/** Moves a finished temporary directory into place; fails if the target appeared meanwhile. */
export function publishDir(tmp: string, target: string): void {
  if (existsSync(target)) throw new SeedError('OUTPUT_EXISTS', `${target} appeared while writing; output left unpublished`);
  syncDir(tmp);
  try {
    renameSync(tmp, target);
  } catch (e) {
    throw fsError(e, target, 'cannot publish');
  }
  syncDir(dirname(target));
}

export function removeQuietly(path: string): void {
  try { rmSync(path, { recursive: true, force: true }); } catch { /* nothing left to do */ }
}
