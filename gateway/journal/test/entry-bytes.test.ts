import t from 'tap';
import fc from 'fast-check';
import { internal } from '../../../contracts/proto/gen/internal.js';
import { numberEntry, readEntryColumns } from '../entry-bytes.ts';
import { isShakeError } from '../../../common/errors.ts';

const JournalEntry = internal.shake.internal.v1.JournalEntry;

const entryArb = fc.record({
  operationId: fc.string({ minLength: 1, maxLength: 60, unit: 'grapheme' }),
  kind: fc.constantFrom(1, 2),
  packetId: fc.string({ maxLength: 40, unit: 'grapheme' }),
  userId: fc.string({ maxLength: 20 }),
  sponsorId: fc.string({ maxLength: 20 }),
  roundId: fc.string({ maxLength: 20 }),
  amountCents: fc.integer({ min: 0, max: 2 ** 40 }),
  shares: fc.integer({ min: 0, max: 1000 }),
  shareAmountCents: fc.integer({ min: 0, max: 2 ** 40 }),
  acceptedAtMs: fc.integer({ min: 0, max: 2 ** 50 }),
  tokenExpiresAtMs: fc.integer({ min: 0, max: 2 ** 50 }),
});

t.test('the journal thread reads the same columns protobuf would decode', async (t) => {
  fc.assert(fc.property(entryArb, (e) => {
    const cols = readEntryColumns(JournalEntry.encode(e).finish());
    return cols.operationId === e.operationId && cols.packetId === e.packetId && cols.acceptedAtMs === e.acceptedAtMs && cols.tokenExpiresAtMs === e.tokenExpiresAtMs;
  }), { numRuns: 500 });
  t.pass('500 random entries');
});

t.test('a numbered entry decodes to the logic worker\'s entry plus its seq, entry id and gateway id', async (t) => {
  fc.assert(fc.property(entryArb, fc.integer({ min: 1, max: 2 ** 50 }), fc.string({ minLength: 1, maxLength: 16 }), (e, seq, gw) => {
    const d = JournalEntry.decode(numberEntry(JournalEntry.encode(e).finish(), seq, `${gw}:${seq}`, gw));
    return d.operationId === e.operationId && d.packetId === e.packetId && d.userId === e.userId && Number(d.amountCents) === e.amountCents
      && Number(d.journalSeq) === seq && d.entryId === `${gw}:${seq}` && d.gatewayId === gw && Number(d.acceptedAtMs) === e.acceptedAtMs;
  }), { numRuns: 500 });
  t.pass('500 random entries');
});

t.test('bytes that are not a journal entry are refused with a coded error, never half-read', async (t) => {
  const good = JournalEntry.encode({ operationId: 'open:p1', packetId: 'p1', acceptedAtMs: 5 }).finish();
  const cases: [string, Uint8Array][] = [
    ['truncated', good.subarray(0, good.length - 1)],
    ['no operation id', JournalEntry.encode({ packetId: 'p1' }).finish()],
    ['unterminated varint', Uint8Array.of(0x58, 0xff)],
    ['bad wire type', Uint8Array.of(0x0f)],
  ];
  for (const [name, bytes] of cases) {
    try {
      readEntryColumns(bytes);
      t.fail(`${name}: accepted`);
    } catch (e) {
      t.ok(isShakeError(e) && e.code === 'JOURNAL_ENTRY_MALFORMED', name);
    }
  }
});
