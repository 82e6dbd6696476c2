import t from 'tap';
import fc from 'fast-check';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { internal } from '../../../contracts/proto/gen/internal.js';
import { JournalWriter, DEDUPE_MARGIN_MS } from '../journal-writer.ts';

const JournalEntry = internal.shake.internal.v1.JournalEntry;
const HOUR = 3_600_000;
const T0 = 1_800_000_000_000;

const entry = (op: string, expiresAt: number) => JournalEntry.encode({
  operationId: op, kind: 1, packetId: op.slice(5), userId: 'u1', sponsorId: 's1', roundId: 'r1',
  amountCents: 188, acceptedAtMs: T0, tokenExpiresAtMs: expiresAt,
}).finish();

function rows(file: string): { operation_id: string; seq: number }[] {
  const db = new Database(file, { readonly: true });
  try { return db.prepare('SELECT operation_id, seq FROM journal ORDER BY seq').all() as { operation_id: string; seq: number }[]; } finally { db.close(); }
}

t.test('replays add no entry: in the same group, in later groups and after a restart (random schedules)', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'jw-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  let run = 0;
  // Each step: stage an op (id from a small set, so replays are frequent), commit, or restart the writer.
  const step = fc.oneof(
    { weight: 8, arbitrary: fc.record({ kind: fc.constant('stage' as const), op: fc.integer({ min: 0, max: 40 }) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('commit' as const) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('restart' as const) }) },
  );
  fc.assert(fc.property(fc.array(step, { maxLength: 120 }), (steps) => {
    const file = path.join(dir, `j${run++}.db`);
    let w = new JournalWriter(file, 'gw-1', () => T0);
    const committed = new Set<string>();
    let staged = new Set<string>();
    for (const s of steps) {
      if (s.kind === 'stage') { w.stage(entry(`open:p${s.op}`, T0 + HOUR)); staged.add(`open:p${s.op}`); }
      else if (s.kind === 'commit') { w.commit(); for (const op of staged) committed.add(op); staged = new Set(); }
      else { w.close(); staged = new Set(); w = new JournalWriter(file, 'gw-1', () => T0); } // uncommitted work is lost, as in a crash
    }
    w.commit();
    for (const op of staged) committed.add(op);
    w.close();
    const got = rows(file);
    const ids = got.map((r) => r.operation_id);
    return ids.length === new Set(ids).size && ids.length === committed.size && ids.every((id) => committed.has(id)) &&
      got.every((r, i) => i === 0 || r.seq > got[i - 1].seq);
  }), { numRuns: 200 });
  t.pass('200 random schedules: one entry per committed operation');
});

t.test('an operation is remembered until its token expired (plus the clock margin), across restarts', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'jw-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'journal.db');
  let now = T0;
  let w = new JournalWriter(file, 'gw-1', () => now);
  w.stage(entry('open:short', T0 + 60_000));
  w.stage(entry('open:long', T0 + HOUR));
  w.commit();
  w.close();
  now = T0 + 60_000 + DEDUPE_MARGIN_MS - 1; // still inside the margin for "short"
  w = new JournalWriter(file, 'gw-1', () => now);
  w.stage(entry('open:short', T0 + 60_000));
  w.stage(entry('open:long', T0 + HOUR));
  w.commit();
  t.same(rows(file).map((r) => r.operation_id), ['open:short', 'open:long'], 'replays after a restart inside the window add nothing');
  now = T0 + 60_000 + DEDUPE_MARGIN_MS + 1;
  w.commit(); // commits prune (nothing staged: no-op)
  w.stage(entry('open:long', T0 + HOUR));
  w.commit();
  t.equal(rows(file).length, 2, 'the long-lived token is still remembered');
  w.close();
  // A token that expired long ago cannot verify in the logic worker; the window no longer holds it, so memory stays bounded.
  w = new JournalWriter(file, 'gw-1', () => now);
  w.stage(entry('open:short', T0 + 60_000));
  w.commit();
  w.close();
  t.equal(rows(file).length, 3, 'forgotten once its token is long expired (the logic worker refuses such replays before the journal)');
});

t.test('a journal from before the dedupe window (UNIQUE operation_id, no expiry column) is upgraded and still keeps one entry', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'jw-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const file = path.join(dir, 'journal.db');
  const old = new Database(file);
  old.exec(`CREATE TABLE journal (seq INTEGER PRIMARY KEY, entry_id TEXT NOT NULL, operation_id TEXT NOT NULL UNIQUE,
    packet_id TEXT NOT NULL, data BLOB NOT NULL, accepted_at_ms INTEGER NOT NULL)`);
  old.prepare('INSERT INTO journal VALUES (1, ?, ?, ?, ?, ?)').run('gw-1:1', 'open:p1', 'p1', Buffer.from(entry('open:p1', 0)), T0);
  old.close();
  const w = new JournalWriter(file, 'gw-1', () => T0);
  w.stage(entry('open:p1', T0 + HOUR));
  w.stage(entry('open:p2', T0 + HOUR));
  w.commit();
  w.close();
  t.same(rows(file), [{ operation_id: 'open:p1', seq: 1 }, { operation_id: 'open:p2', seq: 2 }]);
});
