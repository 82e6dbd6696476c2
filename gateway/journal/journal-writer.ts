/**
 * The local durable journal of open/share operations (schema shared with the
 * forwarder: agent/forwarder/journal-schema.ts), written by the journal thread
 * only. Entries are staged and committed in one transaction with fsync
 * (synchronous=FULL) before any "ok" for them is sent: group commit. An operation id maps to one
 * entry forever (INSERT OR IGNORE on its unique key): a replayed open/share is
 * answered exactly as the first time (the answer is derived from the signed
 * token, not from the entry) and adds no entry.
 */
import { internal } from '../../proto/gen/internal.js';
import { openJournalForWriting, type JournalDb } from '../../agent/forwarder/journal-schema.ts';
import type Database from 'better-sqlite3';

const JournalEntry = internal.shake.internal.v1.JournalEntry;
export type JournalEntryInit = internal.shake.internal.v1.IJournalEntry;

export class JournalWriter {
  private readonly db: JournalDb;
  private readonly insert: Database.Statement;
  private readonly staged: JournalEntryInit[] = [];
  private readonly stagedIds = new Set<string>();
  private readonly commitStaged: () => void;
  private nextSeq: number;

  constructor(path: string, private readonly gatewayId: string) {
    this.db = openJournalForWriting(path);
    this.insert = this.db.prepare('INSERT OR IGNORE INTO journal (seq, entry_id, operation_id, packet_id, data, accepted_at_ms) VALUES (?, ?, ?, ?, ?, ?)');
    this.nextSeq = ((this.db.prepare('SELECT MAX(seq) FROM journal').pluck().get() as number | null) ?? 0) + 1;
    this.commitStaged = this.db.transaction(() => {
      for (const e of this.staged) {
        this.insert.run(e.journalSeq, e.entryId, e.operationId, e.packetId, JournalEntry.encode(e).finish(), Number(e.acceptedAtMs));
      }
    });
  }

  /**
   * Stages an entry as the logic worker queued it, numbering it here (seq,
   * entry id, gateway id); it is durable only after commit(). If the operation
   * was accepted before (or is already staged), the commit keeps the first entry.
   */
  stage(e: JournalEntryInit & { operationId: string }): void {
    if (this.stagedIds.has(e.operationId)) return;
    this.stagedIds.add(e.operationId);
    const seq = this.nextSeq++;
    e.journalSeq = seq;
    e.entryId = `${this.gatewayId}:${seq}`;
    e.gatewayId = this.gatewayId;
    this.staged.push(e);
  }

  /** One transaction, fsynced, for everything staged. */
  commit(): void {
    if (this.staged.length === 0) return;
    this.commitStaged();
    this.staged.length = 0;
    this.stagedIds.clear();
  }

  close(): void {
    this.db.close();
  }
}
