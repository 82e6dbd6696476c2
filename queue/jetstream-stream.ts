/**
 * Creates or updates the stream idempotently. Retries until the cluster can
 * answer (meta leader elected, enough peers for the replicas) or the deadline.
 */
import { RetentionPolicy, StorageType, nanos, type JetStreamManager, type StreamConfig } from 'nats';
import type { JetStreamQueueConfig } from './config.ts';
import { QueueErrorCode, queueError } from './errors.ts';
import { retryUntil } from './retry-until.ts';
import type { Logger } from '../common/logger.ts';

export function streamConfig(c: JetStreamQueueConfig): Partial<StreamConfig> & { name: string } {
  return {
    name: c.stream,
    subjects: [`${c.subjectPrefix}.>`],
    num_replicas: c.replicas,
    storage: StorageType.File,
    retention: RetentionPolicy.Limits,
    duplicate_window: nanos(c.duplicateWindowMs ?? 120_000),
  };
}

export async function ensureStream(jsm: JetStreamManager, c: JetStreamQueueConfig, log: Logger): Promise<void> {
  const want = streamConfig(c);
  try {
    await retryUntil(async () => {
      let existing;
      try {
        existing = await jsm.streams.info(c.stream);
      } catch (e) {
        if (!/stream not found/i.test(String((e as Error).message))) throw e;
        await jsm.streams.add(want);
        log.info({ stream: c.stream, replicas: c.replicas }, 'stream created');
        return;
      }
      const cur = existing.config;
      const same = cur.num_replicas === want.num_replicas && cur.duplicate_window === want.duplicate_window
        && JSON.stringify(cur.subjects) === JSON.stringify(want.subjects) && cur.storage === want.storage;
      if (!same) {
        await jsm.streams.update(c.stream, { ...cur, ...want });
        log.info({ stream: c.stream }, 'stream updated');
      }
    }, c.setupTimeoutMs ?? 60_000, (e, attempt) => {
      if (attempt % 5 === 0) log.warn({ err: String(e), stream: c.stream, attempt }, 'stream setup not possible yet; retrying');
    });
  } catch (e) {
    throw queueError(QueueErrorCode.SETUP_FAILED, `could not create/update stream ${c.stream}: ${(e as Error).message}`);
  }
}
