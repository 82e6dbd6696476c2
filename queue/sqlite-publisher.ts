/**
 * Publisher of the embedded SQLite queue. Publishes made in the same tick are
 * committed in one transaction (group commit), then every promise resolves.
 */
import type Database from 'better-sqlite3';
import type { QueueMessage, QueuePublisher } from './types.ts';
import { openQueueDb, type Db } from './sqlite-schema.ts';
import { QueueErrorCode, queueError } from './errors.ts';
import { validateMessage } from './validate-message.ts';

export interface SqlitePublisherOptions {
  path: string;
  /** Max messages per commit. */
  maxBatch?: number;
}

interface Waiting {
  msg: QueueMessage;
  resolve: () => void;
  reject: (e: unknown) => void;
}

export class SqlitePublisher implements QueuePublisher {
  private readonly db: Db;
  private readonly insert: Database.Transaction<(rows: Waiting[], now: number) => void>;
  private readonly maxBatch: number;
  private waiting: Waiting[] = [];
  private scheduled = false;
  private closed = false;

  constructor(options: SqlitePublisherOptions) {
    this.db = openQueueDb(options.path);
    this.maxBatch = options.maxBatch ?? 5000;
    const stmt = this.db.prepare(
      'INSERT OR IGNORE INTO queue_messages (id, key, data, published_at_ms) VALUES (?, ?, ?, ?)',
    );
    this.insert = this.db.transaction((rows: Waiting[], now: number) => {
      for (const w of rows) stmt.run(w.msg.id, w.msg.key, w.msg.data, now);
    });
  }

  publish(msg: QueueMessage): Promise<void> {
    if (this.closed) return Promise.reject(queueError(QueueErrorCode.CLOSED, 'publisher closed'));
    validateMessage(msg);
    return new Promise<void>((resolve, reject) => {
      this.waiting.push({ msg, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  private flush(): void {
    this.scheduled = false;
    while (this.waiting.length > 0) {
      const batch = this.waiting.splice(0, this.maxBatch);
      try {
        this.insert.immediate(batch, Date.now());
        for (const w of batch) w.resolve();
      } catch (e) {
        const err = queueError(QueueErrorCode.PUBLISH_FAILED, `sqlite queue commit failed: ${(e as Error).message}`);
        for (const w of batch) w.reject(err);
      }
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.flush();
    this.closed = true;
    this.db.close();
  }
}
