// The show editor: a draft copy of the live document (rounds and programme
// segments) edited field by field, checked by the service (errors shown next
// to the field), reviewed as a diff against the live version (local times
// and "in 4 min 12 s"), then published with a comment, or saved as a draft
// for another operator to publish (two-person rule).
import { el, fromInputTime, localTime, relative, toInputTime } from './format.js';
import { describeConfirmation, describeError } from './main.js';

const $ = (id) => document.getElementById(id);
const list = (v) => v.split(',').map((x) => x.trim()).filter(Boolean);
const ROUND_FIELDS = [
  ['id', 'text'], ['title', 'text'], ['startMs', 'time'], ['endMs', 'time'], ['sponsorIds', 'list'], ['releaseRatePerSec', 'number'], ['packetDrawProbability', 'number'],
];
const SEGMENT_FIELDS = [
  ['id', 'text'], ['title', 'text'], ['startMs', 'time'], ['endMs', 'time'], ['weights.nothing', 'number'], ['weights.greetingCard', 'number'],
  ['weights.starVideo', 'number'], ['weights.takeARest', 'number'], ['greetingCardIds', 'list'], ['starVideoIds', 'list'],
];

const getPath = (o, p) => p.split('.').reduce((x, k) => x[k], o);
function setPath(o, p, v) { const ks = p.split('.'); const last = ks.pop(); ks.reduce((x, k) => x[k], o)[last] = v; }
function show(kind, v) { return kind === 'time' ? toInputTime(v) : kind === 'list' ? v.join(', ') : String(v); }
function parse(kind, v) { return kind === 'time' ? fromInputTime(v) : kind === 'list' ? list(v) : kind === 'number' ? (v.trim() === '' ? NaN : Number(v)) : v; }
const fmtValue = (field, v) => (/Ms$/.test(field) && typeof v === 'number' ? `${localTime(v)}` : JSON.stringify(v));

export class Editor {
  constructor(ui, api) {
    this.ui = ui; this.api = api; this.draft = null; this.baseVersion = 0; this.pendingDraft = null;
    $('add-round').onclick = () => this.addRound();
    $('add-segment').onclick = () => this.addSegment();
    $('review').onclick = () => void this.review();
    $('discard-edit').onclick = () => this.close();
    $('review-cancel').onclick = () => $('review-dialog').close();
    $('review-publish').onclick = () => void this.publish(false);
    $('review-save-draft').onclick = () => void this.publish(true);
  }

  open() {
    const live = this.ui.state && this.ui.state.latest;
    if (!live) return;
    this.draft = structuredClone(live); this.baseVersion = live.version; this.pendingDraft = null;
    $('editor').hidden = false; $('editor-base').textContent = `(edited from version ${live.version})`;
    this.render();
  }
  close() { this.draft = null; $('editor').hidden = true; }

  addRound() {
    const n = this.ui.now(); const ids = new Set(this.draft.rounds.map((r) => r.id));
    let i = this.draft.rounds.length + 1; while (ids.has('r' + i)) i++;
    const start = Math.ceil((n + 10 * 60_000) / 1000) * 1000;
    const held = this.ui.state.heldSponsorIds;
    this.draft.rounds.push({ id: 'r' + i, title: 'Red-packet round ' + i, startMs: start, endMs: start + 60_000, releaseRatePerSec: 1000,
      sponsorIds: held && held.length ? [held[0]] : [], packetDrawProbability: 0.5 });
    this.render();
  }
  addSegment() {
    const last = this.draft.segments[this.draft.segments.length - 1];
    const start = last ? last.endMs : Math.ceil(this.ui.now() / 1000) * 1000;
    this.draft.segments.push({ id: 'seg-' + (this.draft.segments.length + 1), title: 'New segment', startMs: start, endMs: start + 10 * 60_000,
      weights: { nothing: 1, greetingCard: 0, starVideo: 0, takeARest: 0 }, greetingCardIds: [], starVideoIds: [] });
    this.render();
  }

  renderPart(table, part, fields) {
    table.tHead.replaceChildren(el('tr', {}, ...fields.map(([f]) => el('th', {}, f)), el('th', {}, '')));
    table.tBodies[0].replaceChildren(...this.draft[part].map((item, i) => el('tr', { 'data-path': `${part}[${i}]` },
      ...fields.map(([f, kind]) => {
        const path = `${part}[${i}].${f}`;
        const input = el('input', { 'data-path': path, 'data-field': f, type: kind === 'time' ? 'datetime-local' : kind === 'number' ? 'number' : 'text',
          step: kind === 'time' ? '0.001' : kind === 'number' ? 'any' : undefined, value: show(kind, getPath(item, f)) });
        input.addEventListener('change', () => setPath(item, f, parse(kind, input.value)));
        return el('td', {}, input, el('span', { class: 'field-error', 'data-error-for': path }));
      }),
      el('td', {}, el('button', { 'data-delete': `${part}[${i}]`, onclick: () => { this.draft[part].splice(i, 1); this.render(); } }, 'delete')))));
  }
  render() {
    this.renderPart($('edit-rounds'), 'rounds', ROUND_FIELDS);
    this.renderPart($('edit-segments'), 'segments', SEGMENT_FIELDS);
    $('editor-errors').replaceChildren();
  }

  /** Puts each validator error next to its field (or its row, or in the list below). */
  showErrors(errors) {
    this.render();
    const parent = (p) => p.replace(/(\.[^.[\]]+|\[\d+\])$/, '');
    for (const e of errors) {
      let path = e.path; let spot = null;
      while (path) {
        spot = document.querySelector(`[data-error-for="${CSS.escape(path)}"]`) || document.querySelector(`tr[data-path="${CSS.escape(path)}"] td:last-child`);
        if (spot) break;
        const up = parent(path); path = up === path ? '' : up;
      }
      const text = `${e.path}: ${e.reason}`;
      if (spot) { spot.append(el('span', { class: 'field-error' }, text)); const input = document.querySelector(`input[data-path="${CSS.escape(path)}"]`); if (input) input.classList.add('bad'); }
      else $('editor-errors').append(el('li', {}, text));
    }
  }

  async review() {
    const byStart = (a, b) => a.startMs - b.startMs;
    this.draft.rounds.sort(byStart); this.draft.segments.sort(byStart);
    this.pendingDraft = null;
    await this.preview(this.draft, this.baseVersion);
  }

  reviewDraft(d) {
    this.pendingDraft = d;
    void this.preview(d.document, d.baseVersion);
  }

  async preview(document, baseVersion) {
    const r = await this.api.request('/api/preview', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ document, baseVersion }) });
    const p = await r.json();
    if (!r.ok) { this.ui.say(describeError(p), true); return; }
    if (p.errors.length > 0) { if (!this.pendingDraft) this.showErrors(p.errors); this.ui.say(`the draft has ${p.errors.length} problem(s), shown next to the fields`, true); return; }
    if (!this.pendingDraft) this.render();
    this.reviewData = { document, baseVersion, confirmations: p.confirmations, roundsChanged: p.diff && p.diff.rounds.length > 0 };
    $('review-base').textContent = `(version ${baseVersion}${p.latestVersion !== baseVersion ? `; the live version is now ${p.latestVersion}: publishing will be refused as a conflict` : ''})`;
    $('review-diff').replaceChildren(...this.diffItems(p.diff));
    $('review-confirm').hidden = p.confirmations.length === 0;
    $('review-confirmations').replaceChildren(...p.confirmations.map((c) => el('li', { 'data-confirmation': c.roundId }, describeConfirmation(c))));
    $('review-confirmed').checked = false; $('review-msg').textContent = '';
    $('review-save-draft').hidden = !!this.pendingDraft;
    $('review-comment').value = this.pendingDraft ? this.pendingDraft.comment : '';
    $('review-dialog').showModal();
  }

  diffItems(diff) {
    if (!diff) return [el('li', {}, 'base version not found: the whole document replaces the live one')];
    const n = this.ui.now();
    const item = (kind, c) => el('li', { 'data-diff': `${kind}:${c.id}` }, `${kind} ${c.id} ${c.change}`,
      ...c.fields.map((f) => el('div', {}, `${f.field}: ${fmtValue(f.field, f.from)} -> ${fmtValue(f.field, f.to)}${/Ms$/.test(f.field) && typeof f.to === 'number' ? ` (${relative(f.to - n)})` : ''}`)));
    const items = [...diff.rounds.map((c) => item('round', c)), ...diff.segments.map((c) => item('segment', c)), ...diff.other.map((k) => el('li', {}, `${k} changed`))];
    return items.length ? items : [el('li', {}, 'no change')];
  }

  async publish(asDraft) {
    const d = this.reviewData; const comment = $('review-comment').value.trim();
    if (!comment) { $('review-msg').textContent = 'a comment (why) is required'; return; }
    if (d.confirmations.length > 0 && !$('review-confirmed').checked) { $('review-msg').textContent = 'tick the confirmation first'; return; }
    const confirmed = d.confirmations.length > 0;
    const r = this.pendingDraft ? await this.ui.send(`/drafts/${this.pendingDraft.id}/publish`, { comment: '', confirmed })
      : asDraft ? await this.ui.send('/drafts', { document: d.document, baseVersion: d.baseVersion, comment })
      : await this.ui.send('/config', { document: d.document, baseVersion: d.baseVersion, comment, confirmed });
    if (!r) return;
    if (!r.ok) { $('review-msg').textContent = describeError(r.body); return; }
    $('review-dialog').close();
    if (!this.pendingDraft) this.close();
  }
}
