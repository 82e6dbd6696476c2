/** Reads journal entries in seq order, a batch at a time (short statements: never holds a snapshot open). */
import { openJournalForReading, type JournalDb } from '../../contracts/disk/journal-schema.ts';

export interface JournalItem {
  seq: number;
  id: string;
  key: string;
  data: Buffer;
  /** When the entry was accepted (journal accepted_at_ms; an issued row's issue time): the watermark's clock. */
  atMs: number;
}

/** Where a forwarder reads its entries from, in seq order: the gateway's journal, or its issued table. */
export interface ForwarderSource {
  readAfter(seq: number, limit: number): JournalItem[];
  maxSeq(): number;
  close(): void;
}

export class JournalReader implements ForwarderSource {
  private readonly db: JournalDb;
  private readonly after;
  private readonly max;

  constructor(path: string) {
    this.db = openJournalForReading(path);
    this.after = this.db.prepare(
      'SELECT seq, entry_id AS id, packet_id AS key, data, accepted_at_ms AS atMs FROM journal WHERE seq > ? ORDER BY seq LIMIT ?',
    );
    this.max = this.db.prepare('SELECT coalesce(max(seq), 0) FROM journal').pluck();
  }

  readAfter(seq: number, limit: number): JournalItem[] {
    return this.after.all(seq, limit) as JournalItem[];
  }

  maxSeq(): number {
    return this.max.get() as number;
  }

  close(): void {
    this.db.close();
  }
}
