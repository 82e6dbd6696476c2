/**
 * The config instance's core: turns operator requests (a whole document, a
 * live correction, a rollback) into a new version, validated and durably
 * stored, and records gateway reports. A version is accepted only when the
 * store says it is durable; a bad document is refused with every reason and
 * changes nothing.
 *
 * Every change names the version it was prepared from (baseVersion). If the
 * show moved on meanwhile (another operator, another instance) the change is
 * refused with VERSION_CONFLICT listing what changed; nothing is rebased
 * silently, so two operators pressing +10 s together shift the round once.
 */
import { ShakeError, isShakeError } from '../common/errors.ts';
import type { Logger } from '../common/logger.ts';
import { catalogued } from '../contracts/errors.ts';
import { confirmationsNeeded, type Confirmation } from '../contracts/show/confirmations.ts';
import { applyCorrection, describeCorrection, type Correction } from '../contracts/show/corrections.ts';
import { describeDiff, diffShows, type ShowDiff } from '../contracts/show/diff.ts';
import type { ShowConfig } from '../contracts/show/types.ts';
import { validateShowConfig, type FieldError } from '../contracts/show/validate.ts';
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
  /** Moving a round that runs or starts within this window needs confirmed: true. */
  imminentWindowMs: number;
  /** A whole-document change to the rounds must be published by another operator than the one who prepared it. */
  twoPersonRule: boolean;
  /** Sponsors holding seed packets (null = unknown: no unfed-round confirmation). */
  heldSponsorIds: () => ReadonlySet<string> | null;
  now: () => number;
  logger: Logger;
}

/** Who asks for a change, from which version, why, and whether they confirmed what needs confirming. */
export interface ChangeRequest {
  operator: string;
  baseVersion: number;
  /** The operator's reason, shown in the history after the description of the change. */
  comment?: string;
  confirmed?: boolean;
  /** Who prepared the document (a published draft); checked against operator under the two-person rule. */
  preparedBy?: string;
}

/** What the console shows before a publish: field errors, or the diff against the base and what needs confirming. */
export interface Preview {
  latestVersion: number;
  errors: FieldError[];
  diff: ShowDiff | null;
  confirmations: Confirmation[];
}

interface Built { draft: unknown; what: string; note?: string; twoPerson?: boolean }

export interface HistoryEntry {
  version: number;
  updatedBy: string;
  updatedAtMs: number;
  /** What changed and, after " — ", the operator's comment. */
  comment: string;
}

/** Separates the generated description of a change from the operator's comment in ShowConfig.comment. */
export const COMMENT_SEPARATOR = ' — ';

export class ConfigService {
  private readonly lastWritten = new Map<string, GatewayReport>();

  constructor(readonly store: ConfigStore, private readonly opts: ConfigServiceOptions) {}

  latest(): ShowConfig | null { return this.store.latest(); }

  get imminentWindowMs(): number { return this.opts.imminentWindowMs; }

  heldSponsorIds(): string[] | null {
    const held = this.opts.heldSponsorIds();
    return held ? [...held].sort() : null;
  }

  history(): HistoryEntry[] {
    return this.store.versions().map((d) => ({ version: d.version, updatedBy: d.updatedBy, updatedAtMs: d.updatedAtMs, comment: d.comment })).reverse();
  }

  /** Stores a whole document as the next version. */
  submit(input: unknown, req: ChangeRequest): Promise<ShowConfig> {
    return this.commitNext(req, (base) => {
      if (typeof input !== 'object' || input === null || Array.isArray(input)) return { draft: input, what: '' };
      const o = input as Record<string, unknown>;
      const v = validateShowConfig({ ...o, version: 0, updatedBy: '', updatedAtMs: 0, comment: '' });
      const what = v.ok && base ? describeDiff(diffShows(base, v.value)) : 'whole document';
      return { draft: input, what, note: req.comment ?? (typeof o.comment === 'string' ? o.comment : ''), twoPerson: true };
    });
  }

  /** Applies a live correction to the version the operator saw. */
  correct(c: Correction, req: ChangeRequest): Promise<ShowConfig> {
    return this.commitNext(req, (base) => {
      if (!base) throw new ShakeError('NO_CONFIG', 'there is no document to correct yet');
      return { draft: applyCorrection(base, c, this.opts.now()), what: describeCorrection(c) };
    });
  }

  /** Makes an old version's content the newest version (gateways only move forward). */
  async rollback(toVersion: number, req: ChangeRequest): Promise<ShowConfig> {
    const old = await this.store.get(toVersion);
    if (!old) throw new ShakeError('VERSION_NOT_FOUND', `no version ${toVersion}`);
    return this.commitNext(req, () => ({ draft: old, what: `rollback to version ${toVersion}` }));
  }

  /** Checks a proposed whole document against the version it was edited from; changes nothing. */
  async preview(input: unknown, baseVersion: number): Promise<Preview> {
    const latestVersion = this.store.latest()?.version ?? 0;
    const o = typeof input === 'object' && input !== null && !Array.isArray(input) ? input : {};
    const v = validateShowConfig({ ...o, version: baseVersion + 1, updatedBy: 'preview', updatedAtMs: this.opts.now(), comment: '' });
    if (!v.ok) return { latestVersion, errors: v.errors, diff: null, confirmations: [] };
    const base = await this.store.get(baseVersion).catch(() => null);
    return {
      latestVersion, errors: [], diff: base ? diffShows(base, v.value) : null,
      confirmations: confirmationsNeeded(base, v.value, { nowMs: this.opts.now(), imminentWindowMs: this.opts.imminentWindowMs, heldSponsorIds: this.opts.heldSponsorIds() }),
    };
  }

  get twoPersonRule(): boolean { return this.opts.twoPersonRule; }

  /** Stores doc as version 1 if the store is empty (another instance may win; that is fine). */
  async seedIfEmpty(doc: ShowConfig): Promise<void> {
    if (this.store.latest()) return;
    try {
      await this.store.create({ ...doc, version: 1, updatedBy: 'system', updatedAtMs: this.opts.now() });
    } catch (e) {
      if (!(isShakeError(e) && e.code === 'VERSION_TAKEN')) throw e;
    }
  }

  /** Validates the next version built on base, and refuses it when something needs a confirmation the request lacks. */
  private prepare(req: ChangeRequest, base: ShowConfig | null, built: Built): ShowConfig {
    if (typeof built.draft !== 'object' || built.draft === null || Array.isArray(built.draft)) {
      throw new ShakeError('SHOW_CONFIG_INVALID', 'document refused: 1 problem(s)', { errors: [{ path: '(root)', reason: 'must be an object' }] });
    }
    const note = (built.note ?? req.comment ?? '').trim();
    const comment = note ? `${built.what}${COMMENT_SEPARATOR}${note}` : built.what;
    const v = validateShowConfig({ ...built.draft, version: req.baseVersion + 1, updatedBy: req.operator, updatedAtMs: this.opts.now(), comment: comment.slice(0, 1000) });
    if (!v.ok) throw new ShakeError('SHOW_CONFIG_INVALID', `document refused: ${v.errors.length} problem(s)`, { errors: v.errors });
    if (this.opts.twoPersonRule && built.twoPerson && (!req.preparedBy || req.preparedBy === req.operator)
        && (!base || diffShows(base, v.value).rounds.length > 0)) {
      throw catalogued('TWO_PERSON_RULE', undefined, { preparedBy: req.preparedBy ?? null, operator: req.operator });
    }
    if (!req.confirmed) {
      const confirmations = confirmationsNeeded(base, v.value, { nowMs: this.opts.now(), imminentWindowMs: this.opts.imminentWindowMs, heldSponsorIds: this.opts.heldSponsorIds() });
      if (confirmations.length > 0) throw catalogued('CONFIRMATION_REQUIRED', undefined, { confirmations });
    }
    return v.value;
  }

  /** VERSION_CONFLICT naming every version accepted since the request's base, and the net difference. */
  private async conflict(req: ChangeRequest): Promise<ShakeError> {
    const latest = this.store.latest();
    const baseDoc = await this.store.get(req.baseVersion).catch(() => null);
    const meanwhile = this.history().filter((h) => h.version > req.baseVersion);
    return catalogued('VERSION_CONFLICT', `prepared from version ${req.baseVersion} but the latest is ${latest?.version ?? 0}: ${meanwhile.map((h) => `v${h.version} by ${h.updatedBy}: ${h.comment}`).join('; ')}`, {
      baseVersion: req.baseVersion, latestVersion: latest?.version ?? 0, meanwhile,
      diff: baseDoc && latest ? diffShows(baseDoc, latest) : null,
    });
  }

  /**
   * Builds, validates and durably stores version baseVersion + 1. Refuses with
   * VERSION_CONFLICT if this instance already knows a newer version, or if
   * another instance took that number first. Retries the same document while
   * the store is unavailable (e.g. a replica leader election after a site
   * loss) until commitTimeoutMs; a retried write that turns out to have landed
   * the first time is recognised (the stored version equals ours), so an
   * ambiguous failure never applies a change twice.
   */
  private async commitNext(req: ChangeRequest, build: (base: ShowConfig | null) => Built): Promise<ShowConfig> {
    if (!Number.isSafeInteger(req.baseVersion) || req.baseVersion < 0) throw catalogued('BASE_VERSION_REQUIRED');
    const deadline = this.opts.now() + this.opts.commitTimeoutMs;
    const base = this.store.latest();
    if ((base?.version ?? 0) !== req.baseVersion) throw await this.conflict(req);
    const doc = this.prepare(req, base, build(base));
    let retries = 0;
    for (;;) {
      try {
        await this.store.create(doc);
        this.opts.logger.info({ version: doc.version, operator: req.operator, comment: doc.comment, retries }, 'config version accepted');
        return doc;
      } catch (e) {
        if (!isShakeError(e)) throw e;
        if (e.code === 'VERSION_TAKEN') {
          const stored = await this.store.get(doc.version).catch(() => null);
          if (stored && JSON.stringify(stored) === JSON.stringify(doc)) return doc; // our own earlier (ambiguous) write
          throw await this.conflict(req);
        }
        if (e.code !== 'STORE_UNAVAILABLE' || this.opts.now() >= deadline) throw e;
        retries++;
        this.opts.logger.warn({ version: doc.version, retries, err: e.message }, 'store unavailable, retrying the same version');
        await new Promise((r) => setTimeout(r, Math.min(250, 20 * retries)));
      }
    }
  }

  /** Records a gateway's report (persisted when it changed or every reportWriteIntervalMs). */
  async report(r: Omit<GatewayReport, 'seenAtMs' | 'via'>): Promise<void> {
    const full: GatewayReport = { ...r, seenAtMs: this.opts.now(), via: this.opts.instanceName };
    const prev = this.lastWritten.get(r.gatewayId);
    const changed = !prev || prev.configVersion !== full.configVersion || prev.clockSynced !== full.clockSynced
      || Math.abs((prev.clockOffsetMs ?? 0) - (full.clockOffsetMs ?? 0)) > 1 || (prev.clockOffsetMs === null) !== (full.clockOffsetMs === null)
      || JSON.stringify(prev.resourceCoverage ?? null) !== JSON.stringify(full.resourceCoverage ?? null)
      // Round figures move with every packet: written at the report interval, except a pool turning empty or refilled (a warning).
      || (prev.poolLevel === 0) !== (full.poolLevel === 0);
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
