/** Test helper: writes encoded JournalEntry rows the way the gateway does. */
// Note: the generated module exports `shake` (not `internal` as CONVENTIONS.md says).
import { shake } from '../../../contracts/proto/gen/internal.js';
import { openJournalForWriting, type JournalDb } from '../../../contracts/disk/journal-schema.ts';

const { JournalEntry, OperationKind } = shake.internal.v1;

export function openJournal(path: string): JournalDb {
  return openJournalForWriting(path);
}

/** Appends n entries (one transaction) with seq from+1..from+n; packet of entry i = keyOf(i). Returns last seq. */
export function appendEntries(db: JournalDb, from: number, n: number, keyOf: (seq: number) => string): number {
  const ins = db.prepare('INSERT INTO journal (seq, entry_id, operation_id, packet_id, data, accepted_at_ms) VALUES (?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (let seq = from + 1; seq <= from + n; seq++) {
      const packetId = keyOf(seq);
      const entryId = `gw1-${seq}`;
      const data = JournalEntry.encode({
        entryId, operationId: `op-${seq}`, kind: OperationKind.OPEN, packetId, userId: `u${seq % 1000}`,
        amountCents: 100 + (seq % 50), gatewayId: 'gw1', acceptedAtMs: Date.now(), journalSeq: seq,
      }).finish();
      ins.run(seq, entryId, `op-${seq}`, packetId, data, Date.now());
    }
  })();
  return from + n;
}

export function decode(data: Uint8Array) {
  return JournalEntry.decode(data);
}
