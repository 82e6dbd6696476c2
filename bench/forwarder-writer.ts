/**
 * Child process for bench/forwarder.ts: plays the gateway, appending journal
 * entries at a target rate (batches of `batch` per transaction, synchronous=FULL)
 * while the forwarder drains. Prints one JSON line when done.
 *
 *   node --import tsx bench/forwarder-writer.ts <journal> <fromSeq> <count> <ratePerSec> <batch>
 */
import { openJournalForWriting } from '../contracts/disk/journal-schema.ts';
import { shake } from '../contracts/proto/gen/internal.js';

const [journal, fromS, countS, rateS, batchS] = process.argv.slice(2);
const from = Number(fromS), count = Number(countS), rate = Number(rateS), batch = Number(batchS);
const db = openJournalForWriting(journal);
const ins = db.prepare('INSERT INTO journal (seq, entry_id, operation_id, packet_id, data, accepted_at_ms) VALUES (?, ?, ?, ?, ?, ?)');
const { JournalEntry, OperationKind } = shake.internal.v1;
const write = db.transaction((a: number, b: number) => {
  for (let seq = a; seq <= b; seq++) {
    const packetId = `pkt${(seq * 2654435761) % 1_000_003}`;
    const data = JournalEntry.encode({
      entryId: `gw1-${seq}`, operationId: `op-${seq}`, kind: OperationKind.OPEN, packetId, userId: `u${seq % 99991}`,
      sponsorId: 's1', amountCents: 100 + (seq % 5000), gatewayId: 'gw1', acceptedAtMs: Date.now(), roundId: 'r1', journalSeq: seq,
    }).finish();
    ins.run(seq, `gw1-${seq}`, `op-${seq}`, packetId, data, Date.now());
  }
});
const t0 = performance.now();
let done = 0;
while (done < count) {
  const n = Math.min(batch, count - done);
  write(from + done + 1, from + done + n);
  done += n;
  const due = t0 + (done / rate) * 1000;
  const wait = due - performance.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
}
const ms = performance.now() - t0;
process.stdout.write(JSON.stringify({ written: done, ms, perSec: Math.round(done / (ms / 1000)) }) + '\n');
db.close();
