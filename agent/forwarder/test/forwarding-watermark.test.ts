/**
 * The agent's forwarding to the money side: the issued table's rows arrive as
 * ISSUE entries, and the journal's watermark arrives after every entry it
 * covers (queue position) and is applied by the money side only below the
 * consumer's ack floor.
 */
import t from 'tap';
import path from 'node:path';
import { Forwarding } from '../forwarding.ts';
import { SqlitePublisher, SqliteConsumer } from '../../../queue/sqlite-queue.ts';
import { createLogger } from '../../../common/logger.ts';
import { IssuedStore } from '../../../gateway/logic/show/issued-store.ts';
import { decodeEntry, decodeJournalEntry, OPERATION_KIND } from '../../../packet-service/journal-codec.ts';
import { WatermarkTracker } from '../../../packet-service/expiry.ts';
import { openJournal, appendEntries } from './journal-fixture.ts';
import { waitFor } from '../../../queue/test/helpers.ts';

const logger = createLogger('test', { level: 'silent' });

t.test('issued rows become ISSUE entries; the watermark follows every entry it covers', async (t) => {
  const dir = t.testdir();
  const journal = openJournal(path.join(dir, 'journal.db'));
  const issued = new IssuedStore(path.join(dir, 'issued.db'));
  t.teardown(() => { journal.close(); issued.close(); });
  const before = Date.now();
  appendEntries(journal, 0, 200, (s) => `p${String(s).padStart(14, '0')}`);
  for (let i = 0; i < 5; i++) {
    issued.stage({ packet_id: `p0000000000000${i}`, user_id: `u${i}`, sponsor_id: 's1', round_id: 'r1', amount_cents: 100 + i, shares: 0,
      share_amount_cents: 0, issued_at_ms: before, req_key: null, token_expires_at_ms: before + 60_000 });
  }
  issued.commit();
  const pub = new SqlitePublisher({ path: path.join(dir, 'queue.db') });
  const fwd = new Forwarding({ journalPath: path.join(dir, 'journal.db'), issuedDbPath: path.join(dir, 'issued.db'), stateDir: dir, gatewayId: 'gw-1' }, pub, logger);
  await fwd.start();
  const seen: { seq: number; entry: ReturnType<typeof decodeEntry> }[] = [];
  const consumer = new SqliteConsumer({ path: path.join(dir, 'queue.db'), consumerName: 'money' });
  // The fixture's journal entries carry no sponsor (they are not money operations): counted by kind only.
  await consumer.start(async (m) => {
    const raw = decodeJournalEntry(m.data);
    seen.push({ seq: m.seq, entry: raw.kind === OPERATION_KIND.OPEN ? { type: 'op', op: null as never } : decodeEntry(m.data) });
  });
  t.teardown(async () => { await consumer.close(); await fwd.close(); await pub.close(); });
  await waitFor(() => seen.some((s) => s.entry.type === 'watermark'), 15_000);
  const issues = seen.filter((s) => s.entry.type === 'issue').map((s) => s.entry);
  t.equal(issues.length, 5, 'every issued row arrives');
  const first = issues[0];
  if (first.type === 'issue') t.same([first.op.gatewayId, first.op.tokenExpiresAtMs, first.op.userId], ['gw-1', before + 60_000, 'u0']);
  const wm = seen.find((s) => s.entry.type === 'watermark')!;
  const ops = seen.filter((s) => s.entry.type === 'op');
  t.equal(ops.length, 200);
  t.ok(ops.every((o) => o.seq < wm.seq), 'every journal entry is in the queue before the watermark');
  if (wm.entry.type === 'watermark') {
    t.equal(wm.entry.gatewayId, 'gw-1');
    t.ok(wm.entry.atMs >= before - 2000, 'the watermark covers the entries accepted before it');
    const tracker = new WatermarkTracker(['gw-1', 'gw-2']);
    tracker.offer('gw-1', wm.entry.atMs, wm.seq);
    tracker.promote(wm.seq - 1);
    t.equal(tracker.snapshot(), null, 'not applied before the consumer acked up to it');
    await waitFor(async () => (await consumer.ackedThrough()) >= wm.seq, 5_000);
    tracker.promote(await consumer.ackedThrough());
    t.equal(tracker.snapshot(), null, 'an expected journal without a watermark holds expiry back');
    tracker.offer('gw-2', wm.entry.atMs + 5, wm.seq);
    tracker.promote(await consumer.ackedThrough());
    t.same(tracker.snapshot(), { watermarks: { 'gw-1': wm.entry.atMs, 'gw-2': wm.entry.atMs + 5 }, upToMs: wm.entry.atMs });
  }
});
