/**
 * The local durable journal of open/share operations (schema shared with the
 * forwarder: agent/forwarder/journal-schema.ts). Entries are staged during a
 * batch and committed in one transaction with fsync (synchronous=FULL) before
 * any "ok" of that batch is sent: group commit. An operation id maps to one
 * entry forever, so a replayed open/share gets the first answer again.
 */
import { internal } from '../../../proto/gen/internal.js';
import { openJournalForWriting, type JournalDb } from '../../../agent/forwarder/journal-schema.ts';
import type Database from 'better-sqlite3';

const JournalEntry = internal.shake.internal.v1.JournalEntry;
export type JournalEntryInit = internal.shake.internal.v1.IJournalEntry;

export class JournalWriter {
  private readonly db: JournalDb;
  private readonly insert: Database.Statement;
  private readonly byOperation: Database.Statement;
  private readonly staged = new Map<string, internal.shake.internal.v1.JournalEntry>();
  private readonly commitStaged: () => void;
  private nextSeq: number;

  constructor(path: string, private readonly gatewayId: string) {
    this.db = openJournalForWriting(path);
    this.insert = this.db.prepare('INSERT INTO journal (seq, entry_id, operation_id, packet_id, data, accepted_at_ms) VALUES (?, ?, ?, ?, ?, ?)');
    this.byOperation = this.db.prepare('SELECT data FROM journal WHERE operation_id = ?').pluck();
    this.nextSeq = ((this.db.prepare('SELECT MAX(seq) FROM journal').pluck().get() as number | null) ?? 0) + 1;
    this.commitStaged = this.db.transaction(() => {
      for (const e of this.staged.values()) {
        this.insert.run(e.journalSeq, e.entryId, e.operationId, e.packetId, JournalEntry.encode(e).finish(), e.acceptedAtMs);
      }
    });
  }

  /** The entry already accepted for this operation (staged or committed), if any. */
  find(operationId: string): internal.shake.internal.v1.JournalEntry | undefined {
    const s = this.staged.get(operationId);
    if (s) return s;
    const data = this.byOperation.get(operationId) as Buffer | undefined;
    return data ? JournalEntry.decode(data) : undefined;
  }

  /** Stages a new entry; it is durable only after commit(). */
  stage(init: Omit<JournalEntryInit, 'entryId' | 'journalSeq' | 'gatewayId'>): internal.shake.internal.v1.JournalEntry {
    const seq = this.nextSeq++;
    const entry = JournalEntry.create({ ...init, journalSeq: seq, entryId: `${this.gatewayId}:${seq}`, gatewayId: this.gatewayId });
    this.staged.set(entry.operationId, entry);
    return entry;
  }

  get stagedCount(): number {
    return this.staged.size;
  }

  /** One transaction, fsynced, for everything staged. */
  commit(): void {
    if (this.staged.size === 0) return;
    this.commitStaged();
    this.staged.clear();
  }

  close(): void {
    this.db.close();
  }
}
