// Console entry: state polling (with instance failover), the live tables,
// corrections with confirmation, history with rollback, drafts.
import { Api } from './api.js';
import { clock, el, localTime, relative } from './format.js';
import { roundColumns, segmentColumns, gatewayColumns, figureColumns, moneySetColumns, moneySetRowClass, renderTable, warnings } from './tables.js';
import { Editor } from './editor.js';

const $ = (id) => document.getElementById(id);
const ui = {
  token: sessionStorage.getItem('operatorToken') || '', skew: 0, state: null, inFlight: false,
  now: () => Date.now() + ui.skew,
  say(text, err) { $('msg').textContent = text; $('msg').className = err ? 'err' : ''; },
  /** Sends one change; every change button is disabled until the answer is in. Resolves the answer (or null). */
  async send(path, body) {
    if (!ui.token) { ui.say('read-only: no operator token', true); return null; }
    ui.inFlight = true; setMode();
    try {
      const r = await api.post(path, body, ui.token);
      if (r.ok) ui.say(r.body.version ? `accepted: version ${r.body.version} (${r.body.document.comment})` : 'saved');
      else ui.say(describeError(r.body), true);
      await refresh();
      return r;
    } catch (e) { ui.say('request failed: ' + e, true); return null; } finally { ui.inFlight = false; setMode(); }
  },
};
const api = new Api((base) => { showInstance(); ui.say('instance did not answer: now talking to ' + base, true); });

export function describeError(err) {
  if (!err) return 'refused';
  const d = err.details || {};
  if (err.code === 'VERSION_CONFLICT') {
    const what = (d.meanwhile || []).map((h) => `v${h.version} by ${h.updatedBy}: ${h.comment}`).join('; ');
    return `CONFLICT: the show changed since version ${d.baseVersion} (now ${d.latestVersion}): ${what}. Nothing was applied.`;
  }
  if (err.code === 'CONFIRMATION_REQUIRED') return 'CONFIRMATION_REQUIRED: ' + (d.confirmations || []).map(describeConfirmation).join('; ');
  const errs = (d.errors || []).map((e) => e.path + ': ' + e.reason).join('; ');
  return err.code + ': ' + err.message + (errs ? ' - ' + errs : '');
}

export function describeConfirmation(c) {
  if (c.kind === 'unfed-round') return `round ${c.roundId} "${c.title}": no seed packets for sponsor(s) ${c.sponsorIds.join(', ')} - it would give nobody a packet`;
  const when = c.running ? 'RUNNING' : 'starts ' + relative(c.startMs - ui.now());
  if (c.newStartMs === null) return `round ${c.roundId} "${c.title}" (${when}) would be DELETED`;
  return `round ${c.roundId} "${c.title}" (${when}) moves to ${localTime(c.newStartMs)} (${relative(c.newStartMs - ui.now())}) .. ${localTime(c.newEndMs)}`;
}

function setMode() {
  $('mode').textContent = ui.token ? 'operator mode' : 'read-only (enter an operator token to make changes)';
  for (const b of document.querySelectorAll('button[data-change]')) b.disabled = !ui.token || ui.inFlight;
}

function showInstance() {
  const s = ui.state;
  $('instance').textContent = `(talking to ${s ? s.instance.site + '/' + s.instance.instanceId : '?'} at ${api.current})`;
  document.title = 'Show console - ' + (s ? s.instance.site + '/' + s.instance.instanceId : api.current);
}

/** A correction on one round; a running or imminent round asks first, naming it and its new time (cancel = nothing sent). */
function correct(r, label, op, extra) {
  const s = ui.state; const n = ui.now();
  const imminent = r.endMs > n && r.startMs - n <= s.imminentWindowMs;
  if (imminent) {
    const delta = op === 'shift-round' ? extra.deltaMs : op === 'start-round-now' ? n - r.startMs : 0;
    const newStart = r.startMs + delta; const newEnd = op === 'end-round-now' ? n : r.endMs + delta;
    const state = n >= r.startMs ? 'is RUNNING' : 'starts ' + relative(r.startMs - n);
    const text = `Round ${r.id} "${r.title}" ${state}.\n${label}: it would run ${localTime(newStart)} (${relative(newStart - n)}) .. ${localTime(newEnd)}.\nSend this correction?`;
    if (!confirm(text)) { ui.say(`not sent: ${label} on round ${r.id} was not confirmed`); return; }
  }
  void ui.send('/config/correction', { op, roundId: r.id, ...extra, baseVersion: s.latest.version, confirmed: imminent });
}

const CORRECTIONS = [
  ['-10s', 'shift-round', { deltaMs: -10000 }], ['+10s', 'shift-round', { deltaMs: 10000 }], ['+40s', 'shift-round', { deltaMs: 40000 }],
  ['+40s all later', 'shift-round', { deltaMs: 40000, cascade: true }], ['start now', 'start-round-now', {}], ['end now', 'end-round-now', {}],
];
const correctionCell = (r) => el('span', {}, ...CORRECTIONS.map(([label, op, extra]) =>
  el('button', { 'data-change': '1', 'data-round': r.id, 'data-op': label, onclick: () => correct(r, label, op, extra) }, label)));

const keys = {};
const changed = (k, v) => { const j = JSON.stringify(v); if (keys[k] === j) return false; keys[k] = j; return true; };

function tick() {
  const s = ui.state; if (!s) return;
  const d = s.latest; const n = ui.now();
  for (const r of (d ? d.rounds : [])) {
    const row = document.querySelector('#rounds tr[data-round="' + r.id + '"]');
    if (!row) continue;
    row.querySelector('.status').textContent = n < r.startMs ? 'starts ' + relative(r.startMs - n) : n < r.endMs ? 'RUNNING, ends in ' + clock(r.endMs - n) : 'ended';
    row.className = n >= r.startMs && n < r.endMs ? 'running' : '';
  }
  const next = d && d.rounds.find((r) => n < r.endMs);
  $('countdown').textContent = !next ? 'no more rounds' : n < next.startMs ? 'Next round ' + next.id + ' starts in ' + clock(next.startMs - n) : 'Round ' + next.id + ' RUNNING - ends in ' + clock(next.endMs - n);
}

function renderHistory(s) {
  const d = s.latest; const hb = $('history').tBodies[0]; hb.replaceChildren();
  for (const h of s.history) {
    const [what, ...why] = h.comment.split(' \u2014 ');
    const rollback = () => { if (confirm('Roll back to version ' + h.version + '?')) void ui.send('/config/rollback', { version: h.version, baseVersion: d.version, confirmed: true }); };
    hb.append(el('tr', { 'data-version': h.version }, el('td', {}, h.version), el('td', { class: 'who' }, h.updatedBy), el('td', {}, new Date(h.updatedAtMs).toLocaleString()),
      el('td', {}, what), el('td', {}, why.join(' \u2014 ')),
      el('td', {}, d && h.version !== d.version ? el('button', { 'data-change': '1', 'data-rollback': h.version, onclick: rollback }, 'roll back to this') : '')));
  }
}

function renderDrafts(s) {
  const db = $('drafts').tBodies[0]; db.replaceChildren();
  for (const dr of s.drafts) {
    db.append(el('tr', { 'data-draft': dr.id }, el('td', {}, dr.preparedBy), el('td', {}, localTime(dr.preparedAtMs)), el('td', {}, dr.baseVersion), el('td', {}, dr.comment),
      el('td', {}, el('button', { 'data-change': '1', onclick: () => editor.reviewDraft(dr) }, 'review and publish'),
        el('button', { 'data-change': '1', onclick: () => void ui.send(`/drafts/${dr.id}/discard`, {}) }, 'discard'))));
  }
}

function render() {
  const s = ui.state; const d = s.latest;
  $('version').textContent = d ? d.version : 'none';
  $('showid').textContent = d ? d.showId + ' - last change by ' + d.updatedBy + ': ' + d.comment : '';
  if (changed('doc', d ? d.version : null)) {
    renderTable($('rounds'), roundColumns(correctionCell), d ? d.rounds : [], (r) => ({ 'data-round': r.id }));
    renderTable($('segments'), segmentColumns, d ? d.segments : [], (x) => ({ 'data-segment': x.id }));
  }
  if (changed('gw', [s.gateways, Math.round(s.serverNowMs / 1000)])) renderTable($('gateways'), gatewayColumns, s.gateways, (g) => ({ 'data-gateway': g.gatewayId, class: (g.behind ? 'behind ' : '') + (g.stale ? 'stale' : '') }), s);
  const sets = s.moneySets || [];
  if (changed('sets', [sets, Math.round(s.serverNowMs / 1000)])) renderTable($('money-sets'), moneySetColumns, sets, (m) => ({ 'data-money-set': m.set, class: moneySetRowClass(m) }), s);
  if (s.figures && changed('fig', s.figures)) renderTable($('figures'), figureColumns, s.figures.rounds, (f) => ({ 'data-figures': f.roundId, class: f.running ? 'running' : '' }), s);
  if (changed('hist', [s.history, d ? d.version : null])) renderHistory(s);
  if (changed('drafts', s.drafts)) renderDrafts(s);
  const w = warnings(s, ui.now());
  if (changed('warn', w)) $('warnings').replaceChildren(...w.map((x) => el('li', {}, x)));
  showInstance(); setMode(); tick();
}

async function refresh() {
  try {
    const t0 = Date.now(); const s = await api.getJson('/api/state'); const t1 = Date.now();
    ui.skew = s.serverNowMs - (t0 + t1) / 2; ui.state = s; api.setPeers(s.peers || []); render();
  } catch (e) { ui.say('cannot reach any config instance: ' + e, true); }
}

const editor = new Editor(ui, api);
$('use-token').onclick = () => { ui.token = $('token').value.trim(); sessionStorage.setItem('operatorToken', ui.token); setMode(); ui.say(ui.token ? 'token set' : 'read-only'); };
$('clear-token').onclick = () => { ui.token = ''; $('token').value = ''; sessionStorage.removeItem('operatorToken'); setMode(); ui.say('read-only'); };
$('edit-show').onclick = () => editor.open();
setMode(); void refresh(); setInterval(refresh, 1000); setInterval(tick, 200);
