/**
 * Drafts: a whole-document change prepared by one operator and published
 * later, possibly by another (required for rounds under the two-person rule,
 * as in Apollo's portal where edit and publish are separate rights). A draft
 * lives in the shared store, so it can be published on any instance; it
 * keeps the version it was edited from, so publishing it after the show moved
 * on is a conflict, never a silent overwrite.
 */
import { randomUUID } from 'node:crypto';
import { catalogued } from '../contracts/errors.ts';
import { ShakeError } from '../common/errors.ts';
import type { ShowConfig } from '../contracts/show/types.ts';
import type { ChangeRequest, ConfigService } from './service.ts';
import type { ConfigStore, Draft } from './store/types.ts';

export class DraftDesk {
  constructor(private readonly service: ConfigService, private readonly store: ConfigStore, private readonly now: () => number) {}

  list(): Draft[] { return this.store.drafts().sort((a, b) => a.preparedAtMs - b.preparedAtMs); }

  /** Stores a valid proposed document as a draft (refused with the field errors when invalid). */
  async prepare(document: unknown, req: ChangeRequest): Promise<Draft> {
    const p = await this.service.preview(document, req.baseVersion);
    if (p.errors.length > 0) throw new ShakeError('SHOW_CONFIG_INVALID', `document refused: ${p.errors.length} problem(s)`, { errors: p.errors });
    const draft: Draft = { id: randomUUID(), document, baseVersion: req.baseVersion, preparedBy: req.operator, preparedAtMs: this.now(), comment: req.comment ?? '' };
    await this.store.putDraft(draft);
    return draft;
  }

  /** Publishes a draft as the next version (by req.operator), then removes it. */
  async publish(id: string, req: Omit<ChangeRequest, 'baseVersion' | 'preparedBy'>): Promise<ShowConfig> {
    const draft = this.find(id);
    const note = [draft.comment, req.comment].filter((x) => x && x.trim()).join('; ');
    const doc = await this.service.submit(draft.document, {
      ...req, baseVersion: draft.baseVersion, preparedBy: draft.preparedBy, comment: `${note}${note ? ' ' : ''}(prepared by ${draft.preparedBy})`,
    });
    await this.store.deleteDraft(id);
    return doc;
  }

  async discard(id: string): Promise<void> {
    this.find(id);
    await this.store.deleteDraft(id);
  }

  private find(id: string): Draft {
    const d = this.store.drafts().find((x) => x.id === id);
    if (!d) throw catalogued('DRAFT_NOT_FOUND', `no draft ${id}`);
    return d;
  }
}
