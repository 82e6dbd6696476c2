/**
 * Decoding queue messages (shake.internal.v1.JournalEntry, the generated
 * static code in contracts/proto/gen) into validated ApplyOps.
 */
import { internal } from '../contracts/proto/gen/internal.js';
import { ShakeError } from '../common/errors.ts';
import type { ApplyOp } from './shard/messages.ts';

const JournalEntry = internal.shake.internal.v1.JournalEntry;

/** Plain shape of shake.internal.v1.JournalEntry with numbers for uint64 (values fit in 2^53). */
export interface JournalEntryFields {
  entryId: string; operationId: string; kind: number; packetId: string; userId: string; sponsorId: string;
  amountCents: number; shares: number; shareAmountCents: number; gatewayId: string; acceptedAtMs: number;
  roundId: string; journalSeq: number;
}

export const OPERATION_KIND = { UNSPECIFIED: 0, OPEN: 1, SHARE: 2 } as const;

export function encodeJournalEntry(e: Partial<JournalEntryFields>): Uint8Array {
  return JournalEntry.encode(JournalEntry.fromObject(e)).finish();
}

export function decodeJournalEntry(bytes: Uint8Array): JournalEntryFields {
  const msg = JournalEntry.decode(bytes);
  return JournalEntry.toObject(msg, { longs: Number, enums: Number, defaults: true }) as JournalEntryFields;
}

const invalid = (why: string, e: Partial<JournalEntryFields>) =>
  new ShakeError('JOURNAL_ENTRY_MALFORMED', `journal entry rejected: ${why}`, { entryId: e.entryId, packetId: e.packetId, operationId: e.operationId });

export function toApplyOp(e: JournalEntryFields): ApplyOp {
  const kind = e.kind === OPERATION_KIND.OPEN ? 'open' : e.kind === OPERATION_KIND.SHARE ? 'share' : null;
  if (!kind) throw invalid(`kind ${e.kind}`, e);
  for (const f of ['operationId', 'packetId', 'userId', 'sponsorId'] as const) if (!e[f]) throw invalid(`missing ${f}`, e);
  for (const f of ['amountCents', 'shares', 'shareAmountCents'] as const) {
    if (!Number.isSafeInteger(e[f]) || e[f] < 0) throw invalid(`${f} not a safe non-negative integer`, e);
  }
  if (e.amountCents + e.shareAmountCents === 0) throw invalid('zero-value packet', e);
  return {
    opId: e.operationId, entryId: e.entryId, kind, packetId: e.packetId, userId: e.userId, sponsorId: e.sponsorId,
    amountCents: e.amountCents, shares: e.shares, shareAmountCents: e.shareAmountCents, roundId: e.roundId,
  };
}

export function decodeOp(bytes: Uint8Array): ApplyOp {
  let e: JournalEntryFields;
  try {
    e = decodeJournalEntry(bytes);
  } catch (err) {
    throw new ShakeError('JOURNAL_ENTRY_MALFORMED', `undecodable journal entry: ${(err as Error).message}`);
  }
  return toApplyOp(e);
}
