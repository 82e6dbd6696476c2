/**
 * Who decides a user's caps (3 packets per user, 1 per sponsor) before a packet's
 * first money movement. The decision is made once per packet (idempotent by
 * packet id: a repeat returns the stored decision) in the cap shard of the user,
 * on the user's cap SET (contracts/sets.ts). With one SET that is a shard of this
 * process (LocalCaps); with several, cap-link.ts asks the owning SET over NATS.
 */
import { shardOf } from '../hash.ts';
import type { ShardClient } from '../shard/client.ts';
import type { CapDecision } from '../shard/messages.ts';

export interface CapRequest { readonly packetId: string; readonly userId: string; readonly sponsorId: string; readonly nowMs: number }
export interface CapAnswer { readonly decision: CapDecision; readonly repeat: boolean; readonly atMs: number }

export interface CapAuthority {
  /** The packet's decision; rejects when it cannot be had now (the operation is redelivered later, nothing paid meanwhile). */
  admit(r: CapRequest): Promise<CapAnswer>;
  close(): Promise<void>;
}

/** Decisions in this process's shards: the user's shard by user id. */
export class LocalCaps implements CapAuthority {
  constructor(private readonly shards: readonly ShardClient[]) {}

  admit(r: CapRequest): Promise<CapAnswer> {
    return this.shards[shardOf(r.userId, this.shards.length)].one<CapAnswer>({ type: 'admit', packetId: r.packetId, userId: r.userId, sponsorId: r.sponsorId, nowMs: r.nowMs });
  }

  async close(): Promise<void> {}
}
