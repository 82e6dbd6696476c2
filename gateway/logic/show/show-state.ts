/** What the host hands a logic worker running the show (its updates: LogicUpdate in gateway/logic/worker-protocol.ts). */
import type { ShowConfig } from '../../../contracts/show/types.ts';
import type { PoolBuffers } from '../../pool/packet-pool.ts';
import type { JournalBuffers } from '../../journal/journal-link.ts';

/**
 * A win, published on the caps feed by the gateway that issued it. Beyond the
 * caps (user, packet, sponsor), it carries what another gateway needs to hand
 * the same packet again to a phone whose reply was lost (the token is signed
 * again from these fields with the deployment's packet key: the same token).
 * Events from gateways without these fields count for the caps only.
 */
export interface WonEvent {
  userId: string;
  packetId: string;
  sponsorId: string;
  gatewayId: string;
  roundId?: string;
  amountCents?: number;
  shares?: number;
  shareAmountCents?: number;
  /** When the packet's token stops verifying. */
  expiresAtMs?: number;
}

export interface ShowLogicState {
  kind: 'show';
  gatewayId: string;
  show: ShowConfig | null;
  secrets: { cookie: string; packetToken: string };
  /** This gateway's data directory (issued.db, journal.db). */
  dataDir: string;
  /** Unique per gateway process start; prefixes request keys in the issued record. */
  processKey: string;
  /** How long a won packet may be opened/shared. */
  packetTtlMs: number;
  pool: PoolBuffers;
  /** The journal thread's ring and progress (open/share entries go there). */
  journal: JournalBuffers;
  /** Wins from the summary feed so far (cap layer c). */
  feedWins: WonEvent[];
  /** NTP offset shared with the IO thread (see gateway/show-clock.ts). */
  clock: SharedArrayBuffer;
  /** Current rate limit and cheap-answer flag, written by the IO thread (see gateway/overload/overload-shared.ts). */
  overload?: SharedArrayBuffer;
}
