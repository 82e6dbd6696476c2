/**
 * Decoding queue messages (shake.internal.v1.JournalEntry, the generated
 * static code in contracts/proto/gen) into validated ApplyOps.
 */
import { internal } from '../contracts/proto/gen/internal.js';
import { ShakeError } from '../common/errors.ts';
import type { ApplyOp, IssueOp, MintOp } from './shard/messages.ts';

const JournalEntry = internal.shake.internal.v1.JournalEntry;

/** Plain shape of shake.internal.v1.JournalEntry with numbers for uint64 (values fit in 2^53). */
export interface JournalEntryFields {
  entryId: string; operationId: string; kind: number; packetId: string; userId: string; sponsorId: string;
  amountCents: number; shares: number; shareAmountCents: number; gatewayId: string; acceptedAtMs: number;
  roundId: string; journalSeq: number; tokenExpiresAtMs: number; recycledFrom: string;
}

export const OPERATION_KIND = { UNSPECIFIED: 0, OPEN: 1, SHARE: 2, ISSUE: 3, WATERMARK: 4, MINT: 5 } as const;

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

/** What a queue message asks of the money side. */
export type QueueEntry =
  | { type: 'op'; op: ApplyOp }
  | { type: 'issue'; op: IssueOp }
  | { type: 'watermark'; gatewayId: string; atMs: number }
  | { type: 'mint'; mint: MintOp };

/** The MINT entry a SET publishes for a packet it minted for another SET (idempotent by the new packet id). */
export function encodeMintEntry(m: MintOp, atMs: number): { id: string; key: string; data: Uint8Array } {
  const entryId = `mint:${m.packetId}`;
  return { id: entryId, key: m.packetId, data: encodeJournalEntry({ entryId, operationId: entryId, kind: OPERATION_KIND.MINT, packetId: m.packetId,
    sponsorId: m.sponsorId, amountCents: m.amountCents, shares: m.shares, shareAmountCents: m.shareAmountCents, recycledFrom: m.recycledFrom, acceptedAtMs: atMs }) };
}

function toMint(e: JournalEntryFields): MintOp {
  if (!e.packetId || !e.sponsorId || !e.recycledFrom) throw invalid('mint without packet, sponsor or recycled_from', e);
  for (const f of ['amountCents', 'shares', 'shareAmountCents'] as const) {
    if (!Number.isSafeInteger(e[f]) || e[f] < 0) throw invalid(`${f} not a safe non-negative integer`, e);
  }
  if (e.amountCents + e.shareAmountCents === 0) throw invalid('zero-value packet', e);
  return { packetId: e.packetId, recycledFrom: e.recycledFrom, sponsorId: e.sponsorId, amountCents: e.amountCents, shares: e.shares, shareAmountCents: e.shareAmountCents };
}

export function decodeOp(bytes: Uint8Array): ApplyOp {
  return toApplyOp(decodeBytes(bytes));
}

function decodeBytes(bytes: Uint8Array): JournalEntryFields {
  try {
    return decodeJournalEntry(bytes);
  } catch (err) {
    throw new ShakeError('JOURNAL_ENTRY_MALFORMED', `undecodable journal entry: ${(err as Error).message}`);
  }
}

export function decodeEntry(bytes: Uint8Array): QueueEntry {
  const e = decodeBytes(bytes);
  if (e.kind === OPERATION_KIND.WATERMARK) {
    if (!e.gatewayId || !Number.isSafeInteger(e.acceptedAtMs)) throw invalid('watermark without gateway or time', e);
    return { type: 'watermark', gatewayId: e.gatewayId, atMs: e.acceptedAtMs };
  }
  if (e.kind === OPERATION_KIND.MINT) return { type: 'mint', mint: toMint(e) };
  if (e.kind !== OPERATION_KIND.ISSUE) return { type: 'op', op: toApplyOp(e) };
  const op = toApplyOp({ ...e, kind: OPERATION_KIND.OPEN, operationId: e.operationId || e.entryId });
  if (!e.gatewayId || !e.entryId) throw invalid('issue without gateway or entry id', e);
  if (!Number.isSafeInteger(e.tokenExpiresAtMs) || e.tokenExpiresAtMs < 0) throw invalid('tokenExpiresAtMs', e);
  return { type: 'issue', op: { entryId: e.entryId, packetId: op.packetId, userId: op.userId, sponsorId: op.sponsorId, amountCents: op.amountCents,
    shares: op.shares, shareAmountCents: op.shareAmountCents, gatewayId: e.gatewayId, tokenExpiresAtMs: e.tokenExpiresAtMs } };
}
