/**
 * The live-event config document: the show's timeline, red-packet rounds,
 * caps, resources and overload tiers. Versioned as a whole: a gateway applies
 * a document only when its version is higher than the one it runs.
 * All times are absolute epoch milliseconds (UTC), so rounds start and stop
 * on the gateways' own (NTP-corrected) clocks even when every config path is down.
 */

export interface ShowConfig {
  /** Assigned by the config service on accept; strictly increasing. */
  version: number;
  showId: string;
  /** Who made this version and when (epoch ms); set by the config service. */
  updatedBy: string;
  updatedAtMs: number;
  /** Human note for the change history ("shift round 3 by +40 s"). */
  comment: string;
  caps: Caps;
  /** Programme segments, non-overlapping, sorted by startMs. */
  segments: Segment[];
  /** Red-packet rounds, non-overlapping, sorted by startMs. */
  rounds: Round[];
  /** Preloaded media the phones already hold (content ids used by segments). */
  resources: Resource[];
  overload: OverloadPolicy;
  /** The gateways of the fleet; a round's global release rate is divided over them by weight. */
  fleet: FleetMember[];
}

export interface Caps {
  /** Max red packets one user can win over the whole show (seed: 3). */
  packetsPerUser: number;
  /** Max red packets one user can win per sponsor (seed: 1). */
  packetsPerSponsor: number;
}

/** Integer relative weights of shake outcomes outside a packet win. */
export interface OutcomeWeights {
  nothing: number;
  greetingCard: number;
  starVideo: number;
  takeARest: number;
}

export interface Segment {
  id: string;
  title: string;
  startMs: number;
  endMs: number;
  weights: OutcomeWeights;
  greetingCardIds: string[];
  starVideoIds: string[];
}

export interface Round {
  id: string;
  title: string;
  startMs: number;
  endMs: number;
  /** Packets per second released over the whole fleet (seed: 50,000/s). */
  releaseRatePerSec: number;
  /** Sponsors whose packets this round gives away. */
  sponsorIds: string[];
  /** Probability (0..1] that a shake during the round draws for a packet (if the pool has one). */
  packetDrawProbability: number;
}

export interface Resource {
  id: string;
  kind: 'greeting-card' | 'star-video' | 'sponsor-logo' | 'other';
  url: string;
  sha256: string;
  /** Size of the file in bytes (phones check it with sha256); absent in older documents. */
  sizeBytes?: number;
}

export interface OverloadTier {
  /** 0 = normal service; higher = more load. */
  tier: number;
  /** Enter this tier when load (0..1) rises above this. */
  enterAbove: number;
  /** Leave it (down) when load falls below this; < enterAbove (hysteresis). */
  exitBelow: number;
  /** Minimum interval between shakes told to phones in this tier. */
  minShakeIntervalMs: number;
}

export interface OverloadPolicy {
  tiers: OverloadTier[];
}

export interface FleetMember {
  gatewayId: string;
  weight: number;
}
