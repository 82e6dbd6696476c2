/**
 * Live corrections an operator makes during the show ("the host is late: shift
 * round 3 by +40 s", "end now"). Each is a pure function from the latest
 * document to the next one; the config service stores the result as an
 * ordinary new version (validated like any other).
 */
import { ShakeError } from '../../common/errors.ts';
import type { Round, ShowConfig } from './types.ts';

export type Correction =
  /** Moves a round (and with `cascade`, every later round too) by deltaMs. */
  | { op: 'shift-round'; roundId: string; deltaMs: number; cascade?: boolean }
  /** Ends a running round at nowMs. */
  | { op: 'end-round-now'; roundId: string }
  /** Starts a not-yet-started round at nowMs, keeping its length. */
  | { op: 'start-round-now'; roundId: string }
  | { op: 'set-round-times'; roundId: string; startMs: number; endMs: number };

export function describeCorrection(c: Correction): string {
  switch (c.op) {
    case 'shift-round': return `shift round ${c.roundId} by ${c.deltaMs >= 0 ? '+' : ''}${c.deltaMs / 1000} s${c.cascade ? ' (and later rounds)' : ''}`;
    case 'end-round-now': return `end round ${c.roundId} now`;
    case 'start-round-now': return `start round ${c.roundId} now`;
    case 'set-round-times': return `set round ${c.roundId} to ${new Date(c.startMs).toISOString()} .. ${new Date(c.endMs).toISOString()}`;
  }
}

/** Parses an untrusted correction request body. */
export function parseCorrection(v: unknown): Correction {
  const bad = (reason: string) => new ShakeError('INVALID_CORRECTION', reason);
  if (typeof v !== 'object' || v === null) throw bad('body must be an object');
  const o = v as Record<string, unknown>;
  if (typeof o.roundId !== 'string' || o.roundId === '') throw bad('roundId must be a non-empty string');
  const int = (k: string) => {
    if (typeof o[k] !== 'number' || !Number.isSafeInteger(o[k])) throw bad(`${k} must be an integer (ms)`);
    return o[k] as number;
  };
  switch (o.op) {
    case 'shift-round': return { op: 'shift-round', roundId: o.roundId, deltaMs: int('deltaMs'), cascade: o.cascade === true };
    case 'end-round-now': return { op: 'end-round-now', roundId: o.roundId };
    case 'start-round-now': return { op: 'start-round-now', roundId: o.roundId };
    case 'set-round-times': return { op: 'set-round-times', roundId: o.roundId, startMs: int('startMs'), endMs: int('endMs') };
    default: throw bad('op must be one of shift-round, end-round-now, start-round-now, set-round-times');
  }
}

/** Returns a new document (version fields untouched) with the correction applied. */
export function applyCorrection(doc: ShowConfig, c: Correction, nowMs: number): ShowConfig {
  const next = structuredClone(doc);
  const idx = next.rounds.findIndex((r) => r.id === c.roundId);
  if (idx < 0) throw new ShakeError('ROUND_NOT_FOUND', `no round "${c.roundId}" in version ${doc.version}`);
  const r: Round = next.rounds[idx];
  switch (c.op) {
    case 'shift-round': {
      const moved = c.cascade ? next.rounds.slice(idx) : [r];
      for (const m of moved) { m.startMs += c.deltaMs; m.endMs += c.deltaMs; }
      break;
    }
    case 'end-round-now':
      if (nowMs < r.startMs) throw new ShakeError('ROUND_NOT_RUNNING', `round "${r.id}" has not started yet`);
      if (nowMs >= r.endMs) throw new ShakeError('ROUND_NOT_RUNNING', `round "${r.id}" has already ended`);
      r.endMs = Math.max(nowMs, r.startMs + 1);
      break;
    case 'start-round-now': {
      if (nowMs >= r.startMs) throw new ShakeError('ROUND_ALREADY_STARTED', `round "${r.id}" has already started`);
      const len = r.endMs - r.startMs;
      r.startMs = nowMs;
      r.endMs = nowMs + len;
      break;
    }
    case 'set-round-times':
      r.startMs = c.startMs;
      r.endMs = c.endMs;
      break;
  }
  return next;
}
