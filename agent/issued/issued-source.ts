/**
 * The gateway's issued table as a forwarder source: each row becomes an ISSUE
 * entry (who got which packet, from which gateway, until when its token
 * verifies), so the money side knows every packet that left a pool and can
 * expire the ones never opened. Read-only, in seq order, short statements.
 */
import Database from 'better-sqlite3';
import { internal } from '../../contracts/proto/gen/internal.js';
import type { ForwarderSource, JournalItem } from '../forwarder/journal-reader.ts';

const { JournalEntry, OperationKind } = internal.shake.internal.v1;

interface Row {
  seq: number; packet_id: string; user_id: string; sponsor_id: string; round_id: string; amount_cents: number;
  shares: number; share_amount_cents: number; issued_at_ms: number; token_expires_at_ms: number;
}

/** Queue message id of an issued row (dedupe id: unique forever per gateway and row). */
export const issuedEntryId = (gatewayId: string, seq: number) => `${gatewayId}:issued:${seq}`;

export class IssuedSource implements ForwarderSource {
  private readonly db: Database.Database;
  private readonly after: Database.Statement;
  private readonly max: Database.Statement;

  constructor(path: string, private readonly gatewayId: string) {
    this.db = new Database(path, { fileMustExist: true });
    this.db.pragma('busy_timeout = 10000');
    this.db.pragma('query_only = ON');
    const columns = this.db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('issued') as string[];
    // Rows from before the column: expiry unknown (0), which the money side never expires.
    const expiry = columns.includes('token_expires_at_ms') ? 'token_expires_at_ms' : '0 AS token_expires_at_ms';
    this.after = this.db.prepare(`SELECT seq, packet_id, user_id, sponsor_id, round_id, amount_cents, shares, share_amount_cents, issued_at_ms, ${expiry}
                                  FROM issued WHERE seq > ? ORDER BY seq LIMIT ?`);
    this.max = this.db.prepare('SELECT coalesce(max(seq), 0) FROM issued').pluck();
  }

  readAfter(seq: number, limit: number): JournalItem[] {
    return (this.after.all(seq, limit) as Row[]).map((r) => {
      const id = issuedEntryId(this.gatewayId, r.seq);
      const data = Buffer.from(JournalEntry.encode({
        entryId: id, operationId: `issue:${r.packet_id}`, kind: OperationKind.ISSUE, packetId: r.packet_id, userId: r.user_id,
        sponsorId: r.sponsor_id, roundId: r.round_id, amountCents: r.amount_cents, shares: r.shares, shareAmountCents: r.share_amount_cents,
        gatewayId: this.gatewayId, acceptedAtMs: r.issued_at_ms, journalSeq: r.seq, tokenExpiresAtMs: r.token_expires_at_ms,
      }).finish());
      return { seq: r.seq, id, key: r.packet_id, data, atMs: r.issued_at_ms };
    });
  }

  maxSeq(): number {
    return this.max.get() as number;
  }

  close(): void {
    this.db.close();
  }
}
