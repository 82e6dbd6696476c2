/**
 * The local durable journal of open/share operations (schema shared with the
 * forwarder: agent/forwarder/journal-schema.ts), written by the journal thread
 * only. Entries are staged and committed in one transaction with fsync
 * (synchronous=FULL) before any "ok" for them is sent: group commit. An operation id maps to one
 * entry forever (INSERT OR IGNORE on its unique key): a replayed open/share is
 * answered exactly as the first time (the answer is derived from the signed
 * token, not from the entry) and adds no entry.
 */
import { openJournalForWriting, type JournalDb } from '../../agent/forwarder/journal-schema.ts';
import { numberEntry, readEntryColumns } from './entry-bytes.ts';
import type Database from 'better-sqlite3';

interface StagedRow {
  seq: number;
  entryId: string;
  operationId: string;
  packetId: string;
  data: Buffer;
  acceptedAtMs: number;
}

export class JournalWriter {
  private readonly db: JournalDb;
  private readonly insert: Database.Statement;
  private readonly staged: StagedRow[] = [];
  private readonly stagedIds = new Set<string>();
  private readonly commitStaged: () => void;
  private nextSeq: number;

  constructor(path: string, private readonly gatewayId: string) {
    this.db = openJournalForWriting(path);
    this.insert = this.db.prepare('INSERT OR IGNORE INTO journal (seq, entry_id, operation_id, packet_id, data, accepted_at_ms) VALUES (?, ?, ?, ?, ?, ?)');
    this.nextSeq = ((this.db.prepare('SELECT MAX(seq) FROM journal').pluck().get() as number | null) ?? 0) + 1;
    this.commitStaged = this.db.transaction(() => {
      for (const r of this.staged) this.insert.run(r.seq, r.entryId, r.operationId, r.packetId, r.data, r.acceptedAtMs);
    });
  }

  /**
   * Stages an encoded JournalEntry as the logic worker queued it, numbering it
   * here (seq, entry id, gateway id); it is durable only after commit(). If the
   * operation was accepted before (or is already staged), the commit keeps the
   * first entry. Throws JOURNAL_ENTRY_MALFORMED for bytes that are not an entry.
   */
  stage(entry: Uint8Array): void {
    const { operationId, packetId, acceptedAtMs } = readEntryColumns(entry);
    if (this.stagedIds.has(operationId)) return;
    this.stagedIds.add(operationId);
    const seq = this.nextSeq++;
    const entryId = `${this.gatewayId}:${seq}`;
    this.staged.push({ seq, entryId, operationId, packetId, acceptedAtMs, data: numberEntry(entry, seq, entryId, this.gatewayId) });
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
