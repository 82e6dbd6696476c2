/** The one typed config object of the packet service, with embedded defaults and validation. */
import path from 'node:path';
import { ShakeError } from '../common/errors.ts';
import { DAY_MS } from './hash.ts';
import { DEFAULT_PACKETS_PER_SPONSOR, DEFAULT_PACKETS_PER_USER } from '../contracts/caps.ts';
import type { GrabGateLimits } from './grab-gate.ts';
import type { JetStreamQueueConfig } from '../queue/config.ts';
import { MAX_SETS } from '../contracts/sets.ts';

export type QueueConfig =
  | { readonly kind: 'none' }
  | { readonly kind: 'sqlite'; readonly path: string; readonly consumerName: string; readonly maxInFlight: number }
  | Readonly<JetStreamQueueConfig>;

/**
 * Which money SET this process is (contracts/sets.ts). One SET (the default) is the
 * single money service. seedSets and capSets are pinned in the data dir: another count
 * would send packets or users to other SETs.
 */
export interface SetConfig {
  readonly index: number;
  readonly seedSets: number;
  readonly capSets: number;
  /**
   * The SETs open for new packets (deployment-level, not pinned: a SET added later is opened by
   * listing it here in every SET): recycled money is minted for one of them, chosen by the
   * recycled packet's id; packets already held never move. Default: this SET only. A SET other
   * than this one receives its packets as MINT entries through the JetStream queue.
   */
  readonly mintInto: readonly number[];
  /**
   * Cap decisions of users owned by another SET: NATS request/reply (cap-link.ts). Needed
   * when any user's cap SET is not this one; defaults to the JetStream queue's servers.
   */
  readonly capLink: { readonly servers: readonly string[]; readonly subjectPrefix: string; readonly timeoutMs: number; readonly attempts: number } | null;
}

export interface PacketServiceConfig {
  /** Number of SETs (shards): separate SQLite databases, each with its own writer thread. */
  readonly shardCount: number;
  readonly dataDir: string;
  /** Group packet lifetime; unclaimed money is refunded to the sender after it. */
  readonly groupExpiryMs: number;
  /** A won packet whose split amount is not shared within this time is recycled to the sponsor's pool. */
  readonly shareDeadlineMs: number;
  readonly caps: { readonly perUser: number; readonly perSponsor: number };
  /** Per-share maximum of a group packet (seed 001: 200 yuan). */
  readonly maxShareCents: number;
  /** How many days back a packet is looked up in the by-day tables (must cover share deadline + expiry). */
  readonly lookupDays: number;
  readonly http: { readonly host: string; readonly port: number };
  /** Detail list paging: screens of screenSize rows, at most maxScreens screens (seed 001 degradation). */
  readonly detail: { readonly screenSize: number; readonly maxScreens: number };
  readonly sweepIntervalMs: number;
  /** Max requests of one packet sent to its shard writer as one ordered batch. */
  readonly maxBatch: number;
  /** SQLite synchronous pragma of the shard databases (FULL: fsync every commit). */
  readonly synchronous: 'FULL' | 'NORMAL';
  readonly queue: QueueConfig;
  /**
   * Expiry of issued packets never opened (expiry.ts): the gateways whose journals could hold
   * an open (every gateway of the show; gateways that report a watermark are added), and how
   * often expiry runs.
   */
  readonly expiry: { readonly expectedJournals: readonly string[]; readonly intervalMs: number };
  /** Bounds of the grab front (grab-gate.ts): queued grabs per packet and in all, packets whose state is remembered. */
  readonly grabGate: GrabGateLimits;
  readonly set: SetConfig;
}

export type PacketServiceConfigInput = Partial<Omit<PacketServiceConfig, 'caps' | 'http' | 'detail' | 'expiry' | 'grabGate' | 'set'>> & {
  set?: Partial<Omit<SetConfig, 'capLink'>> & { capLink?: Partial<NonNullable<SetConfig['capLink']>> | null };
  expiry?: Partial<PacketServiceConfig['expiry']>;
  grabGate?: Partial<GrabGateLimits>;
  dataDir: string;
  caps?: Partial<PacketServiceConfig['caps']>;
  http?: Partial<PacketServiceConfig['http']>;
  detail?: Partial<PacketServiceConfig['detail']>;
};

export function makeConfig(input: PacketServiceConfigInput): PacketServiceConfig {
  const c: PacketServiceConfig = {
    shardCount: input.shardCount ?? 2,
    dataDir: path.resolve(input.dataDir),
    groupExpiryMs: input.groupExpiryMs ?? DAY_MS,
    // The gateway stops accepting shares when the packet token expires (30 min by default);
    // the extra 10 min is the queue delay a share accepted just before that may take to arrive.
    shareDeadlineMs: input.shareDeadlineMs ?? 40 * 60_000,
    caps: { perUser: input.caps?.perUser ?? DEFAULT_PACKETS_PER_USER, perSponsor: input.caps?.perSponsor ?? DEFAULT_PACKETS_PER_SPONSOR },
    maxShareCents: input.maxShareCents ?? 20_000,
    lookupDays: input.lookupDays ?? 3,
    http: { host: input.http?.host ?? '127.0.0.1', port: input.http?.port ?? 0 },
    detail: { screenSize: input.detail?.screenSize ?? 20, maxScreens: input.detail?.maxScreens ?? 2 },
    sweepIntervalMs: input.sweepIntervalMs ?? 1000,
    maxBatch: input.maxBatch ?? 512,
    synchronous: input.synchronous ?? 'FULL',
    queue: input.queue ?? { kind: 'none' },
    expiry: { expectedJournals: input.expiry?.expectedJournals ?? [], intervalMs: input.expiry?.intervalMs ?? 1000 },
    // 1024 per packet: a 1000-share packet still takes its grabbers at once; a storm at a small one waits in at most this many.
    grabGate: { queuedPerPacket: input.grabGate?.queuedPerPacket ?? 1024, queuedTotal: input.grabGate?.queuedTotal ?? 100_000,
      packetsTracked: input.grabGate?.packetsTracked ?? 100_000 },
    set: makeSetConfig(input),
  };
  validateConfig(c);
  return c;
}

function makeSetConfig(input: PacketServiceConfigInput): SetConfig {
  const s = input.set ?? {};
  const index = s.index ?? 0, seedSets = s.seedSets ?? 1, capSets = s.capSets ?? 1;
  const remote = needsCapLink({ index, capSets });
  const servers = s.capLink?.servers ?? (input.queue?.kind === 'jetstream' ? input.queue.servers : undefined);
  const capLink = s.capLink === null || (!remote && !s.capLink) ? null
    : { servers: servers ?? [], subjectPrefix: s.capLink?.subjectPrefix ?? 'shake.caps', timeoutMs: s.capLink?.timeoutMs ?? 2000, attempts: s.capLink?.attempts ?? 3 };
  return { index, seedSets, capSets, capLink, mintInto: s.mintInto ?? [index] };
}

function validateSet(c: PacketServiceConfig): void {
  const { index, seedSets, capSets, capLink } = c.set;
  const int = (v: number, max: number) => Number.isInteger(v) && v >= 0 && v < max;
  if (!int(index, MAX_SETS) || !int(seedSets - 1, MAX_SETS) || !int(capSets - 1, MAX_SETS)) bad('set', c.set);
  if (capLink && capLink.servers.length === 0) bad('set.capLink.servers', capLink);
  if (capLink && (!(capLink.timeoutMs > 0) || !Number.isInteger(capLink.attempts) || capLink.attempts < 1 || !/^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*$/.test(capLink.subjectPrefix))) bad('set.capLink', capLink);
  const q = c.queue;
  validateMintInto(c);
  if (q.kind === 'jetstream' && (index > 0 || seedSets > 1) && !q.sets) bad('queue.sets (a SET other than the single one reads only its own subjects)', q);
  if (q.kind === 'sqlite' && (index > 0 || seedSets > 1)) bad('queue (the embedded SQLite queue feeds one SET)', q.kind);
  if (q.kind === 'jetstream' && q.sets && q.sets.seedSets !== seedSets) bad('queue.sets.seedSets (must equal set.seedSets)', q.sets);
}

/** Minting for another SET publishes MINT entries to its subjects: it needs the JetStream queue with SETs, counting that SET. */
function validateMintInto(c: PacketServiceConfig): void {
  const m = c.set.mintInto;
  if (!Array.isArray(m) || m.length === 0 || new Set(m).size !== m.length || m.some((s) => !Number.isInteger(s) || s < 0 || s >= MAX_SETS)) bad('set.mintInto', m);
  if (!mintsElsewhere(c.set)) return;
  const q = c.queue;
  if (q.kind !== 'jetstream' || !q.sets) bad('set.mintInto (minting for another SET needs the JetStream queue with sets)', m);
  if (m.some((s) => s >= q.sets!.count)) bad('set.mintInto (every SET listed must be counted in queue.sets.count)', m);
}

/** This SET mints some recycled money for another SET (it runs the mint outbox). */
export function mintsElsewhere(set: Pick<SetConfig, 'index' | 'mintInto'>): boolean {
  return set.mintInto.some((s) => s !== set.index);
}

/** Some users' caps are decided by another SET: a running SET needs the cap link (a seed import does not). */
export function needsCapLink(set: Pick<SetConfig, 'index' | 'capSets'>): boolean {
  return set.capSets > 1 || set.index >= set.capSets;
}

function bad(field: string, value: unknown): never {
  throw new ShakeError('CONFIG_INVALID', `packet-service config: invalid ${field}`, { field, value });
}

export function validateConfig(c: PacketServiceConfig): void {
  const posInt = (v: number) => Number.isSafeInteger(v) && v > 0;
  if (!posInt(c.shardCount) || c.shardCount > 256) bad('shardCount', c.shardCount);
  if (!posInt(c.groupExpiryMs)) bad('groupExpiryMs', c.groupExpiryMs);
  if (!posInt(c.shareDeadlineMs)) bad('shareDeadlineMs', c.shareDeadlineMs);
  if (!posInt(c.caps.perUser)) bad('caps.perUser', c.caps.perUser);
  if (!posInt(c.caps.perSponsor)) bad('caps.perSponsor', c.caps.perSponsor);
  if (!posInt(c.maxShareCents)) bad('maxShareCents', c.maxShareCents);
  if (!posInt(c.lookupDays) || c.lookupDays > 28) bad('lookupDays', c.lookupDays);
  // A packet's rows live in the tables of its first day; every later request must still find them.
  if ((c.lookupDays - 1) * DAY_MS < c.shareDeadlineMs + c.groupExpiryMs) bad('lookupDays (too short for share deadline + expiry)', c.lookupDays);
  if (!Number.isSafeInteger(c.http.port) || c.http.port < 0 || c.http.port > 65535) bad('http.port', c.http.port);
  if (!posInt(c.detail.screenSize) || !posInt(c.detail.maxScreens)) bad('detail', c.detail);
  if (!posInt(c.sweepIntervalMs)) bad('sweepIntervalMs', c.sweepIntervalMs);
  if (!posInt(c.maxBatch)) bad('maxBatch', c.maxBatch);
  if (c.synchronous !== 'FULL' && c.synchronous !== 'NORMAL') bad('synchronous', c.synchronous);
  if (!posInt(c.expiry.intervalMs) || !Array.isArray(c.expiry.expectedJournals) || c.expiry.expectedJournals.some((g) => typeof g !== 'string' || !g)) bad('expiry', c.expiry);
  if (!posInt(c.grabGate.queuedPerPacket) || !posInt(c.grabGate.queuedTotal) || !posInt(c.grabGate.packetsTracked)) bad('grabGate', c.grabGate);
  if (c.queue.kind === 'sqlite' && (!c.queue.path || !c.queue.consumerName || !posInt(c.queue.maxInFlight))) bad('queue', c.queue);
  validateSet(c);
}

export function shardDbPath(c: Pick<PacketServiceConfig, 'dataDir'>, shard: number): string {
  return path.join(c.dataDir, `db_${String(shard).padStart(2, '0')}.sqlite`);
}

export function shardArchivePath(c: Pick<PacketServiceConfig, 'dataDir'>, shard: number): string {
  return path.join(c.dataDir, `db_${String(shard).padStart(2, '0')}.archive.sqlite`);
}
