/**
 * Typed queue config (data, validated, with defaults). The process entry point
 * builds one of these; factory.ts turns it into a publisher/consumer.
 */
import { QueueErrorCode, queueError } from './errors.ts';
import { MAX_SETS } from '../contracts/sets.ts';

export interface SqliteQueueConfig {
  kind: 'sqlite';
  path: string;
  /** Durable consumer name (consumer side only). Default "default". */
  consumerName?: string;
  maxInFlight?: number;
  ackWaitMs?: number;
  pollIntervalMs?: number;
}

export interface JetStreamQueueConfig {
  kind: 'jetstream';
  servers: string[];
  stream: string;
  /** Subjects are `<subjectPrefix>.<shard>`; the stream captures `<subjectPrefix>.>`. */
  subjectPrefix: string;
  replicas: number;
  /** Number of shard subjects keys are hashed over. Default 64. */
  shards?: number;
  /** JetStream dedupe window for Nats-Msg-Id. Default 120 000 ms (the server default). */
  duplicateWindowMs?: number;
  /** How long publish() waits for the stream's ack. Default 5000 ms. */
  publishTimeoutMs?: number;
  /** How long stream/consumer creation keeps retrying (no meta leader yet, etc.). Default 60 000 ms. */
  setupTimeoutMs?: number;
  /**
   * Money SETs (contracts/sets.ts): subjects `<subjectPrefix>.<set>.<hash % subjectsPerSet>`, the SET
   * read from the packet id (seedSets pinned); a broadcast goes to `<subjectPrefix>.<set>.all` of each of
   * the `count` SETs running. Absent: `<subjectPrefix>.<hash % shards>` for one money service.
   */
  sets?: { seedSets: number; count: number; subjectsPerSet: number };
  /** Consumer side with sets: the SET whose subjects this consumer reads (`<subjectPrefix>.<set>.>`). */
  consumeSet?: number;
  /** Durable consumer name (consumer side only). Default "default". */
  consumerName?: string;
  /** Server-side bound on delivered-but-unacked messages. Default 1000. */
  maxAckPending?: number;
  /** Redelivery if neither acked nor kept alive for this long. Default 30 000 ms. */
  ackWaitMs?: number;
}

export type QueueConfig = SqliteQueueConfig | JetStreamQueueConfig;

function fail(message: string, details?: Record<string, unknown>): never {
  throw queueError(QueueErrorCode.CONFIG_INVALID, message, details);
}

function positiveInt(v: unknown, name: string): void {
  if (v !== undefined && (!Number.isInteger(v) || (v as number) <= 0)) fail(`${name} must be a positive integer`, { [name]: v });
}

/** Throws QUEUE_CONFIG_INVALID with the offending field. Returns the config unchanged. */
export function validateQueueConfig(c: QueueConfig): QueueConfig {
  if (c === null || typeof c !== 'object') fail('queue config must be an object');
  if (c.kind === 'sqlite') {
    if (typeof c.path !== 'string' || c.path.length === 0) fail('sqlite queue needs a path');
    for (const f of ['maxInFlight', 'ackWaitMs', 'pollIntervalMs'] as const) positiveInt(c[f], f);
    return c;
  }
  if (c.kind === 'jetstream') {
    if (!Array.isArray(c.servers) || c.servers.length === 0 || c.servers.some((s) => typeof s !== 'string')) {
      fail('jetstream queue needs servers: string[]');
    }
    if (!/^[A-Za-z0-9_-]+$/.test(c.stream ?? '')) fail('stream name must match [A-Za-z0-9_-]+', { stream: c.stream });
    if (!/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(c.subjectPrefix ?? '')) fail('bad subjectPrefix', { subjectPrefix: c.subjectPrefix });
    if (![1, 3, 5].includes(c.replicas)) fail('replicas must be 1, 3 or 5', { replicas: c.replicas });
    if (c.sets !== undefined) {
      const { seedSets, count, subjectsPerSet } = c.sets;
      if (![seedSets, count, subjectsPerSet].every((v) => Number.isInteger(v) && v > 0) || count > MAX_SETS || seedSets > count) fail('bad sets', { sets: c.sets });
    }
    if (c.consumeSet !== undefined && (c.sets === undefined || !Number.isInteger(c.consumeSet) || c.consumeSet < 0 || c.consumeSet >= MAX_SETS)) {
      fail('consumeSet needs sets and an integer SET index', { consumeSet: c.consumeSet });
    }
    for (const f of ['shards', 'duplicateWindowMs', 'publishTimeoutMs', 'setupTimeoutMs', 'maxAckPending', 'ackWaitMs'] as const) {
      positiveInt(c[f], f);
    }
    return c;
  }
  fail('queue config kind must be "sqlite" or "jetstream"', { kind: (c as { kind?: unknown }).kind });
}
