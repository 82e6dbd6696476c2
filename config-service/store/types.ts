/**
 * Where a config instance keeps the versioned show documents and the gateways'
 * latest reports. Two implementations: NATS JetStream key-value (replicas 3,
 * deployed: two sites x three instances) and SQLite (one embedded instance).
 */
import type { ShowConfig } from '../../contracts/show/types.ts';
import type { GatewayReport } from '../../contracts/round-report.ts';

export type { GatewayReport };

/** A change prepared by one operator, waiting to be published (by another, under the two-person rule). */
export interface Draft {
  id: string;
  /** The whole proposed document (version/updatedBy/updatedAtMs/comment are set on publish). */
  document: unknown;
  baseVersion: number;
  preparedBy: string;
  preparedAtMs: number;
  comment: string;
}

export interface ConfigStore {
  /** Connects and loads existing versions; after this, latest() reflects the store. */
  start(): Promise<void>;
  /** Newest version known to this instance (null when the store is empty). */
  latest(): ShowConfig | null;
  /** A stored version from the local cache, or fetched. */
  get(version: number): Promise<ShowConfig | null>;
  /** All versions known, oldest first. */
  versions(): ShowConfig[];
  /**
   * Stores doc under doc.version. Resolves only once the write is durable
   * (NATS: acknowledged by a quorum of the 3 replicas). Rejects with
   * ShakeError('VERSION_TAKEN') if that version already exists (another
   * instance won the race), with 'STORE_UNAVAILABLE' on store failure.
   */
  create(doc: ShowConfig): Promise<void>;
  /** Called for every new version this instance learns of (its own and others'), in increasing order. */
  onVersion(listener: (doc: ShowConfig) => void): () => void;
  putGatewayReport(report: GatewayReport): Promise<void>;
  gatewayReports(): GatewayReport[];
  /** Drafts are shared by every instance (an operator may publish on another instance than the one it was prepared on). */
  putDraft(draft: Draft): Promise<void>;
  deleteDraft(id: string): Promise<void>;
  drafts(): Draft[];
  /** True while the instance can reach its store. */
  healthy(): boolean;
  close(): Promise<void>;
}
