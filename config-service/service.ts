/**
 * The config instance's core: turns operator requests (a whole document, a
 * live correction, a rollback) into a new version, validated and durably
 * stored, and records gateway reports. A version is accepted only when the
 * store says it is durable; a bad document is refused with every reason and
 * changes nothing.
 */
import { ShakeError, isShakeError } from '../common/errors.ts';
import type { Logger } from '../common/logger.ts';
import { applyCorrection, describeCorrection, type Correction } from './document/corrections.ts';
import type { ShowConfig } from './document/types.ts';
import { validateShowConfig } from './document/validate.ts';
import { gatewayViews, type GatewayView } from './gateway-views.ts';
import type { ConfigStore, GatewayReport } from './store/types.ts';

export interface ConfigServiceOptions {
  /** "site/instance", recorded on gateway reports. */
  instanceName: string;
  clockOffsetThresholdMs: number;
  staleAfterMs: number;
  /** Minimum interval between persisted reports of an unchanged gateway. */
  reportWriteIntervalMs: number;
  /** How long a change keeps retrying while the store is unavailable before it is refused (STORE_UNAVAILABLE). */
  commitTimeoutMs: number;
  now: () => number;
  logger: Logger;
}

export interface HistoryEntry {
  version: number;
  updatedBy: string;
  updatedAtMs: number;
  comment: string;
}

const MAX_REBASES = 8;

export class ConfigService {
  private readonly lastWritten = new Map<string, GatewayReport>();

  constructor(readonly store: ConfigStore, private readonly opts: ConfigServiceOptions) {}

  latest(): ShowConfig | null { return this.store.latest(); }

  history(): HistoryEntry[] {
    return this.store.versions().map((d) => ({ version: d.version, updatedBy: d.updatedBy, updatedAtMs: d.updatedAtMs, comment: d.comment })).reverse();
  }

  /** Stores a whole document as the next version. With baseVersion, refuses (VERSION_CONFLICT) if the latest moved on. */
  submit(input: unknown, operator: string, baseVersion?: number): Promise<ShowConfig> {
    return this.commitNext(operator, (base) => {
      if (baseVersion !== undefined && (base?.version ?? 0) !== baseVersion) {
        throw new ShakeError('VERSION_CONFLICT', `edited from version ${baseVersion} but the latest is ${base?.version ?? 0}`,
          { latestVersion: base?.version ?? 0 });
      }
      if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
      const o = input as Record<string, unknown>;
      return { ...o, comment: o.comment ?? '' };
    });
  }

  /** Applies a live correction to whatever is latest (retrying on a concurrent change elsewhere). */
  correct(c: Correction, operator: string): Promise<ShowConfig> {
    return this.commitNext(operator, (base) => {
      if (!base) throw new ShakeError('NO_CONFIG', 'there is no document to correct yet');
      return { ...applyCorrection(base, c, this.opts.now()), comment: describeCorrection(c) };
    });
  }

  /** Makes an old version's content the newest version (gateways only move forward). */
  async rollback(toVersion: number, operator: string): Promise<ShowConfig> {
    const old = await this.store.get(toVersion);
    if (!old) throw new ShakeError('VERSION_NOT_FOUND', `no version ${toVersion}`);
    return this.commitNext(operator, () => ({ ...old, comment: `rollback to version ${toVersion}` }));
  }

  /** Stores doc as version 1 if the store is empty (another instance may win; that is fine). */
  async seedIfEmpty(doc: ShowConfig): Promise<void> {
    if (this.store.latest()) return;
    try {
      await this.store.create({ ...doc, version: 1, updatedBy: 'system', updatedAtMs: this.opts.now() });
    } catch (e) {
      if (!(isShakeError(e) && e.code === 'VERSION_TAKEN')) throw e;
    }
  }

  private stamp(draft: unknown, version: number, operator: string): unknown {
    if (typeof draft !== 'object' || draft === null || Array.isArray(draft)) return draft;
    return { ...draft, version, updatedBy: operator, updatedAtMs: this.opts.now() };
  }

  /**
   * Builds, validates and durably stores the next version. Rebases (rebuilds on
   * the new latest) when another instance took the version; retries the same
   * document while the store is unavailable (e.g. a replica leader election
   * after a site loss) until commitTimeoutMs. A retried write that turns out to
   * have landed the first time is recognised (the stored version equals ours),
   * so an ambiguous failure never applies a correction twice.
   */
  private async commitNext(operator: string, build: (base: ShowConfig | null) => unknown): Promise<ShowConfig> {
    const deadline = this.opts.now() + this.opts.commitTimeoutMs;
    let rebases = 0;
    let retries = 0;
    let doc: ShowConfig | null = null;
    for (;;) {
      if (!doc) {
        const base = this.store.latest();
        const version = (base?.version ?? 0) + 1;
        const v = validateShowConfig(this.stamp(build(base), version, operator));
        if (!v.ok) throw new ShakeError('SHOW_CONFIG_INVALID', `document refused: ${v.errors.length} problem(s)`, { errors: v.errors });
        doc = v.value;
      }
      try {
        await this.store.create(doc);
        this.opts.logger.info({ version: doc.version, operator, comment: doc.comment, rebases, retries }, 'config version accepted');
        return doc;
      } catch (e) {
        if (!isShakeError(e)) throw e;
        if (e.code === 'VERSION_TAKEN') {
          const stored = await this.store.get(doc.version).catch(() => null);
          if (stored && JSON.stringify(stored) === JSON.stringify(doc)) return doc; // our own earlier (ambiguous) write
          if (++rebases >= MAX_REBASES) throw e;
          this.opts.logger.info({ version: doc.version, rebases }, 'version taken by another instance, rebasing');
          doc = null;
        } else if (e.code === 'STORE_UNAVAILABLE' && this.opts.now() < deadline) {
          retries++;
          this.opts.logger.warn({ version: doc.version, retries, err: e.message }, 'store unavailable, retrying the same version');
        } else {
          throw e;
        }
        await new Promise((r) => setTimeout(r, Math.min(250, 20 * (rebases + retries))));
      }
    }
  }

  /** Records a gateway's report (persisted when it changed or every reportWriteIntervalMs). */
  async report(r: Omit<GatewayReport, 'seenAtMs' | 'via'>): Promise<void> {
    const full: GatewayReport = { ...r, seenAtMs: this.opts.now(), via: this.opts.instanceName };
    const prev = this.lastWritten.get(r.gatewayId);
    const changed = !prev || prev.configVersion !== full.configVersion || prev.clockSynced !== full.clockSynced
      || Math.abs((prev.clockOffsetMs ?? 0) - (full.clockOffsetMs ?? 0)) > 1 || (prev.clockOffsetMs === null) !== (full.clockOffsetMs === null);
    if (!changed && prev && full.seenAtMs - prev.seenAtMs < this.opts.reportWriteIntervalMs) return;
    this.lastWritten.set(r.gatewayId, full);
    try {
      await this.store.putGatewayReport(full);
    } catch (e) {
      this.opts.logger.warn({ gatewayId: r.gatewayId, err: String(e) }, 'gateway report not persisted');
    }
  }

  gateways(): GatewayView[] {
    return gatewayViews(this.store.gatewayReports(), this.store.latest(), this.opts.now(), {
      clockOffsetThresholdMs: this.opts.clockOffsetThresholdMs, staleAfterMs: this.opts.staleAfterMs,
    });
  }
}
