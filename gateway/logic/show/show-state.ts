/** What the host hands a logic worker running the show (its updates: LogicUpdate in gateway/logic/worker-protocol.ts). */
import type { ShowConfig } from '../../../contracts/show/types.ts';
import type { PoolBuffers } from '../../pool/packet-pool.ts';
import type { JournalBuffers } from '../../journal/journal-link.ts';

export interface WonEvent {
  userId: string;
  packetId: string;
  sponsorId: string;
  gatewayId: string;
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
