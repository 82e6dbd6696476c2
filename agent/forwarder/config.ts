/** Typed, validated forwarder config with embedded defaults. */
import path from 'node:path';
import { ShakeError } from '../../common/errors.ts';

export interface ForwarderConfig {
  /** The gateway's journal (SQLite, WAL). */
  journalPath: string;
  /** The forwarder's own progress DB. */
  statePath: string;
  /** Name of the journal in the progress DB. Default: the absolute journal path. */
  journalName?: string;
  /** Publishes awaiting the queue's ack at once. Default 4096. */
  maxInFlight?: number;
  /** Entries read but not yet contiguous-acked (bounds memory; ≥ maxInFlight). Default 4 × maxInFlight. */
  maxWindow?: number;
  /** Entries read from the journal per query. Default 2000. */
  readBatch?: number;
  /** How often an idle forwarder looks for new journal entries. Default 10 ms. */
  pollIntervalMs?: number;
  /** How often progress is written to the state DB. Default 100 ms. */
  progressFlushMs?: number;
  /** Backoff after a failed publish (exponential with jitter). Defaults 100 ms .. 5000 ms. */
  retryInitialMs?: number;
  retryMaxMs?: number;
}

export type ResolvedForwarderConfig = Required<ForwarderConfig>;

export function resolveForwarderConfig(c: ForwarderConfig): ResolvedForwarderConfig {
  const bad = (field: string, v: unknown): never => {
    throw new ShakeError('FORWARDER_CONFIG_INVALID', `forwarder config: bad ${field}`, { [field]: v });
  };
  if (typeof c.journalPath !== 'string' || !c.journalPath) bad('journalPath', c.journalPath);
  if (typeof c.statePath !== 'string' || !c.statePath) bad('statePath', c.statePath);
  const maxInFlight = c.maxInFlight ?? 4096;
  const r: ResolvedForwarderConfig = {
    journalPath: c.journalPath,
    statePath: c.statePath,
    journalName: c.journalName ?? path.resolve(c.journalPath),
    maxInFlight,
    maxWindow: c.maxWindow ?? maxInFlight * 4,
    readBatch: c.readBatch ?? 2000,
    pollIntervalMs: c.pollIntervalMs ?? 10,
    progressFlushMs: c.progressFlushMs ?? 100,
    retryInitialMs: c.retryInitialMs ?? 100,
    retryMaxMs: c.retryMaxMs ?? 5000,
  };
  for (const f of ['maxInFlight', 'maxWindow', 'readBatch', 'pollIntervalMs', 'progressFlushMs', 'retryInitialMs', 'retryMaxMs'] as const) {
    if (!Number.isInteger(r[f]) || r[f] <= 0) bad(f, r[f]);
  }
  if (r.maxWindow < r.maxInFlight) bad('maxWindow', r.maxWindow);
  return r;
}
