/**
 * The gateway's config follower. Runs the three independent channels (push
 * from the instances, files in configDir, polling the instances with
 * failover) and applies a document only if it is strictly newer than the one
 * running and passes validation. Apply is atomic: the whole validated,
 * frozen document replaces the old one in a single step and listeners see
 * only complete documents. Works with zero instances reachable (file channel
 * only, or nothing: the last applied document keeps running, and its rounds
 * keep starting and ending by the clock).
 */
import { gatewayCredential, serviceAuthHeaders } from '../../common/service-auth.ts';
import { createHash } from 'node:crypto';
import type { Logger } from '../../common/logger.ts';
import type { ShowConfig } from '../../contracts/show/types.ts';
import { validateShowConfig } from '../../contracts/show/validate.ts';
import type { ClockStatus } from '../clock/types.ts';
import type { ChannelName, ChannelStatus } from './channel-types.ts';
import { FileChannel } from './file-channel.ts';
import { Poller } from './poller.ts';
import { encodeRoundsParam, type RoundCounts } from '../../contracts/round-report.ts';
import { PushClient } from './push-client.ts';

export interface ConfigFollowerOptions {
  gatewayId: string;
  /** The service token: the follower reports with gatewayCredential(serviceToken, gatewayId). */
  serviceToken: string;
  /** Directory the config instances write show.<site>-<instance>.json into (channel b). */
  configDir: string;
  /** Config instances to poll, e.g. ['http://127.0.0.1:8701', ...] (channel c). */
  instanceUrls: string[];
  pollIntervalMs: number;
  /** Instances to hold a push connection to (channel a); default instanceUrls. */
  pushUrls?: string[];
  logger: Logger;
  /** Reported with every poll/push connect so the console shows the offset. */
  clockStatus?: () => ClockStatus;
  /** Phones per resource manifest version they hold (reported to the config service: fleet coverage). */
  resourceCoverage?: () => Record<string, number>;
  /** Per-round packet figures and the pool level (reported: the console's live picture). */
  liveFigures?: () => { rounds: RoundCounts[]; poolLevel: number };
  onApply?: (doc: ShowConfig, info: ApplyInfo) => void;
  requestTimeoutMs?: number;
  pushIdleTimeoutMs?: number;
  fileRescanMs?: number;
}

export interface ApplyInfo {
  channel: ChannelName;
  source: string;
  previousVersion: number;
  appliedAtMs: number;
}

export interface FollowerStatus {
  gatewayId: string;
  configVersion: number;
  appliedAtMs: number | null;
  appliedVia: ChannelName | null;
  rejected: number;
  lastRejection: { version: unknown; channel: ChannelName; errors: { path: string; reason: string }[] } | null;
  channels: Record<ChannelName, ChannelStatus>;
}

function deepFreeze<T>(o: T): T {
  if (o && typeof o === 'object') {
    for (const v of Object.values(o)) deepFreeze(v);
    Object.freeze(o);
  }
  return o;
}

export class ConfigFollower {
  private doc: ShowConfig | null = null;
  private appliedAtMs: number | null = null;
  private appliedVia: ChannelName | null = null;
  private rejected = 0;
  private lastRejection: FollowerStatus['lastRejection'] = null;
  private readonly listeners = new Set<(doc: ShowConfig, info: ApplyInfo) => void>();
  private readonly push: PushClient;
  private readonly poller: Poller;
  private readonly files: FileChannel;
  private readonly log: Logger;

  constructor(private readonly o: ConfigFollowerOptions) {
    this.log = o.logger.child({ gatewayId: o.gatewayId });
    if (o.onApply) this.listeners.add(o.onApply);
    // Spread gateways over the instances: each starts at a different one.
    const start = createHash('sha256').update(o.gatewayId).digest().readUInt32BE(0);
    const offer = (raw: unknown, ch: ChannelName, src: string) => { this.offer(raw, ch, src); };
    const report = () => this.reportQuery();
    const headers = serviceAuthHeaders(gatewayCredential(o.serviceToken, o.gatewayId));
    this.push = new PushClient({ urls: o.pushUrls ?? o.instanceUrls, startIndex: start, idleTimeoutMs: o.pushIdleTimeoutMs ?? 10_000, offer, report, headers, logger: this.log });
    this.poller = new Poller({ urls: o.instanceUrls, startIndex: start + 1, intervalMs: o.pollIntervalMs, requestTimeoutMs: o.requestTimeoutMs ?? 2_000,
      haveVersion: () => this.version(), offer, report, headers, logger: this.log });
    this.files = new FileChannel({ dir: o.configDir, rescanMs: o.fileRescanMs ?? 1_000, offer, logger: this.log });
  }

  /** Loads what the config dir already holds (so a restarted gateway runs its last config at once), then starts all channels. */
  async start(): Promise<void> {
    await this.files.start();
    this.push.start();
    this.poller.start();
  }

  stop(): void {
    this.push.stop();
    this.poller.stop();
    this.files.stop();
  }

  onApply(listener: (doc: ShowConfig, info: ApplyInfo) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  current(): ShowConfig | null { return this.doc; }
  version(): number { return this.doc?.version ?? 0; }

  status(): FollowerStatus {
    return {
      gatewayId: this.o.gatewayId, configVersion: this.version(), appliedAtMs: this.appliedAtMs, appliedVia: this.appliedVia,
      rejected: this.rejected, lastRejection: this.lastRejection,
      channels: { push: { ...this.push.state }, file: { ...this.files.state }, poll: { ...this.poller.state } },
    };
  }

  /** Validates and applies raw if strictly newer. Returns true if applied. Exposed for channels and tests. */
  offer(raw: unknown, channel: ChannelName, source: string): boolean {
    const v = (raw as { version?: unknown } | null)?.version;
    if (typeof v !== 'number' || v <= this.version()) return false;
    const res = validateShowConfig(raw);
    if (!res.ok) {
      this.rejected++;
      this.lastRejection = { version: v, channel, errors: res.errors.slice(0, 20) };
      this.log.warn({ version: v, channel, source, errors: res.errors.slice(0, 5) }, 'config document refused (invalid)');
      return false;
    }
    const previousVersion = this.version();
    this.doc = deepFreeze(res.value);
    this.appliedAtMs = Date.now();
    this.appliedVia = channel;
    const info: ApplyInfo = { channel, source, previousVersion, appliedAtMs: this.appliedAtMs };
    this.log.info({ version: v, previousVersion, channel, source }, 'config version applied');
    for (const l of this.listeners) {
      try { l(this.doc, info); } catch (e) { this.log.error({ err: String(e), version: v }, 'onApply listener failed'); }
    }
    return true;
  }

  private reportQuery(): URLSearchParams {
    const q = new URLSearchParams({ gatewayId: this.o.gatewayId, version: String(this.version()) });
    const c = this.o.clockStatus?.();
    if (c && c.offsetMs !== null) q.set('clockOffsetMs', c.offsetMs.toFixed(3));
    if (c) q.set('clockSynced', c.synced ? '1' : '0');
    const coverage = this.o.resourceCoverage?.();
    if (coverage && Object.keys(coverage).length > 0) q.set('resources', Object.entries(coverage).map(([v, n]) => `${v}:${n}`).join(','));
    const figures = this.o.liveFigures?.();
    if (figures) {
      q.set('pool', String(figures.poolLevel));
      if (figures.rounds.length > 0) q.set('rounds', encodeRoundsParam(figures.rounds));
    }
    return q;
  }
}
