/** Requests and results exchanged between the service (main thread) and a shard writer (worker thread). */
import type { MoneyCapDecision } from '../../contracts/caps.ts';

export type CapDecision = MoneyCapDecision;

/** What a queue entry says of a packet and its user: checked against the money side's book. */
export interface PacketClaim {
  readonly packetId: string;
  readonly userId: string;
  readonly sponsorId: string;
  readonly amountCents: number;
  readonly shares: number;
  readonly shareAmountCents: number;
}

/** One open/share operation from the queue, validated. */
export interface ApplyOp extends PacketClaim {
  readonly opId: string;
  readonly entryId: string;
  readonly kind: 'open' | 'share';
  readonly roundId: string;
}

/** A packet a gateway handed to a phone (an ISSUE entry from its issued table). */
export interface IssueOp extends PacketClaim {
  readonly entryId: string;
  readonly gatewayId: string;
  /** 0: unknown (rows from before the gateway recorded it): such a packet is never expired. */
  readonly tokenExpiresAtMs: number;
}

/** A packet another SET minted for this one (a MINT entry): added to the book as in_pool with exactly this content. */
export interface MintOp {
  readonly packetId: string;
  readonly recycledFrom: string;
  readonly sponsorId: string;
  readonly amountCents: number;
  readonly shares: number;
  readonly shareAmountCents: number;
}

/** An outbox row: a packet minted here for another SET, not yet published to it. */
export interface MintOutRow extends MintOp { readonly targetSet: number }

export interface ExpireResult { expired: number; expiredCents: number }

/** Why an operation paid nothing: the packet book does not hold it as the operation says. */
export type RejectReason = 'unknown_packet' | 'content_differs' | 'other_user' | 'expired';

/**
 * Seed records for one shard, as the seed file holds them (8 u32 words each, see
 * seed-splitter/format/layout.ts), in a buffer the sender transfers (not copied),
 * with the seed file's sponsor table (a record's sponsor is an index into it). One
 * difference: the reserved word (0 in seed files, checked by the sender) holds the high
 * 16 bits of the shares, for packets given as objects with more than 65,535 shares.
 */
export interface ImportChunk {
  sponsors: string[];
  count: number;
  words: Uint32Array;
}

export type ShardRequest =
  | { type: 'claim'; op: ApplyOp; nowMs: number }
  | { type: 'import'; chunk: ImportChunk; nowMs: number }
  /** The import is over: make it durable (a synced commit and a WAL checkpoint). */
  | { type: 'importEnd'; nowMs: number }
  | { type: 'issue'; op: IssueOp; nowMs: number }
  | { type: 'expire'; watermarks: Record<string, number>; upToMs: number; nowMs: number; limit: number }
  | { type: 'admit'; packetId: string; userId: string; sponsorId: string; nowMs: number }
  | { type: 'apply'; op: ApplyOp; decision: CapDecision; admittedAtMs: number; nowMs: number }
  | { type: 'grab'; groupId: string; userId: string; nowMs: number }
  | { type: 'detail'; groupId: string; offset: number; limit: number; nowMs: number }
  | { type: 'sweep'; nowMs: number; limit: number }
  | { type: 'recycled'; sinceSeq: number; limit: number }
  | { type: 'balance'; account: string }
  | { type: 'mintImport'; mint: MintOp; nowMs: number }
  | { type: 'mintOutbox'; limit: number }
  | { type: 'mintPublished'; packetIds: string[]; nowMs: number };

export interface ApplyResult { outcome: string; repeat: boolean }

export type GrabResult =
  | { status: 'ok'; amountCents: number; seq: number; atMs: number; repeat: boolean }
  | { status: 'empty' | 'expired' | 'not_found' };

export interface GrabRow { userId: string; seq: number; amountCents: number; atMs: number }

export interface DetailResult {
  found: boolean;
  group?: {
    groupId: string; senderId: string; sponsorId: string; totalCents: number; shares: number;
    remainingCents: number; remainingCount: number; refundedCents: number; state: string;
    createdAt: number; expiresAt: number;
  };
  grabs: GrabRow[];
  /** Set once every share is grabbed: the largest share, earliest on ties. */
  bestLuck: GrabRow | null;
}

export interface SweepResult { refunded: number; refundedCents: number; recycled: number; recycledCents: number }

export interface RecycledItem {
  seq: number; packetId: string; sponsorId: string; userId: string;
  amountCents: number; shares: number; reason: string; atMs: number;
  /** The packet the money side minted to carry this money back to the pool (null for records from before minting). */
  mint: { packetId: string; amountCents: number; shares: number; shareAmountCents: number } | null;
}

export type ShardResult =
  | { ok: true; value: unknown }
  | { ok: false; error: { code: string; message: string; details?: Record<string, unknown> } };

export interface ShardWorkerData {
  readonly shard: number;
  readonly shardCount: number;
  readonly path: string;
  readonly archivePath: string;
  readonly lookupDays: number;
  readonly synchronous: 'FULL' | 'NORMAL';
  readonly maxShareCents: number;
  readonly groupExpiryMs: number;
  readonly shareDeadlineMs: number;
  readonly caps: { readonly perUser: number; readonly perSponsor: number };
  /** The money SET of this shard (its minted ids carry it) and the pinned seed SET count (what its import keeps). */
  readonly set: number;
  readonly seedSets: number;
  /** The SETs open for new packets: recycled money is minted for one of them (contracts/sets.ts mintTarget). */
  readonly mintInto: readonly number[];
}

export interface ShardBatch { id: number; reqs: ShardRequest[] }
export interface ShardReply { id: number; results: ShardResult[] }
/** Batches posted in the same tick travel as one message each way. */
export interface ShardEnvelope { batches: ShardBatch[] }
export interface ShardReplyEnvelope { replies: ShardReply[] }
