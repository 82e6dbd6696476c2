/**
 * The local durable journal of open/share operations (schema shared with the
 * forwarder: contracts/disk/journal-schema.ts), written by the journal thread
 * only. Entries are staged and committed in one transaction with fsync
 * (synchronous=FULL) before any "ok" for them is sent: group commit. An operation id maps to one
 * entry: the operations whose token can still verify are kept in memory
 * (operation-window.ts, rebuilt from the journal at start), so a replayed
 * open/share adds no entry; it is answered exactly as the first time (the
 * answer is derived from the signed token, not from the entry).
 */
import { openJournalForWriting, type JournalDb } from '../../contracts/disk/journal-schema.ts';
import { numberEntry, readEntryColumns } from './entry-bytes.ts';
import { OperationWindow } from './operation-window.ts';
import type Database from 'better-sqlite3';

interface StagedRow {
  seq: number;
  entryId: string;
  operationId: string;
  packetId: string;
  data: Buffer;
  acceptedAtMs: number;
  tokenExpiresAtMs: number;
}

/** How long past its token's expiry an operation is still remembered (clock steps). */
export const DEDUPE_MARGIN_MS = 10 * 60_000;

export class JournalWriter {
  private readonly db: JournalDb;
  private readonly insert: Database.Statement;
  private readonly staged: StagedRow[] = [];
  private readonly accepted = new OperationWindow(DEDUPE_MARGIN_MS);
  private readonly commitStaged: () => void;
  private nextSeq: number;

  constructor(path: string, private readonly gatewayId: string, private readonly now: () => number = Date.now) {
    this.db = openJournalForWriting(path);
    // OR IGNORE: journals created before the dedupe window still carry a UNIQUE operation_id.
    this.insert = this.db.prepare('INSERT OR IGNORE INTO journal (seq, entry_id, operation_id, packet_id, data, accepted_at_ms, token_expires_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)');
    this.nextSeq = ((this.db.prepare('SELECT MAX(seq) FROM journal').pluck().get() as number | null) ?? 0) + 1;
    const live = this.db.prepare('SELECT operation_id, token_expires_at_ms FROM journal WHERE token_expires_at_ms = 0 OR token_expires_at_ms >= ? ORDER BY seq').raw();
    for (const [id, expires] of live.iterate(this.now() - DEDUPE_MARGIN_MS) as Iterable<[string, number]>) this.accepted.add(id, expires);
    this.commitStaged = this.db.transaction(() => {
      for (const r of this.staged) this.insert.run(r.seq, r.entryId, r.operationId, r.packetId, r.data, r.acceptedAtMs, r.tokenExpiresAtMs);
    });
  }

  /**
   * Stages an encoded JournalEntry as the logic worker queued it, numbering it
   * here (seq, entry id, gateway id); it is durable only after commit(). If the
   * operation was accepted before (or is already staged), the commit keeps the
   * first entry. Throws JOURNAL_ENTRY_MALFORMED for bytes that are not an entry.
   */
  stage(entry: Uint8Array): void {
    const { operationId, packetId, acceptedAtMs, tokenExpiresAtMs } = readEntryColumns(entry);
    if (this.accepted.has(operationId)) return;
    this.accepted.add(operationId, tokenExpiresAtMs);
    const seq = this.nextSeq++;
    const entryId = `${this.gatewayId}:${seq}`;
    this.staged.push({ seq, entryId, operationId, packetId, acceptedAtMs, tokenExpiresAtMs, data: numberEntry(entry, seq, entryId, this.gatewayId) });
  }

  /** One transaction, fsynced, for everything staged. */
  commit(): void {
    if (this.staged.length === 0) return;
    this.commitStaged();
    this.staged.length = 0;
    this.accepted.prune(this.now());
  }

  close(): void {
    this.db.close();
  }
}
