/**
 * The live-event console: one self-contained page (no bundler). Shows the
 * timeline, the next round's countdown, every gateway's version and clock
 * offset, and the change history; with an operator token it offers one-click
 * corrections and rollback. Without a token it is a read-only view.
 */
export function consolePage(identity: { site: string; instanceId: string }): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Show console - ${identity.site}/${identity.instanceId}</title>
<style>
body{font-family:system-ui,sans-serif;margin:1rem;background:#111;color:#eee}
table{border-collapse:collapse;margin:.5rem 0 1.5rem}td,th{border:1px solid #444;padding:.25rem .5rem;font-size:14px}
.running{background:#5a1d1d}.behind{background:#6b4b00}.drift,.unsynced{color:#ff7070;font-weight:bold}.stale{opacity:.5}
#countdown{font-size:2rem;margin:.5rem 0}#msg{min-height:1.5rem;color:#9f9}#msg.err{color:#f77}
button{margin:0 .1rem}button:disabled{opacity:.4}
</style></head><body>
<h1>Show console <small>(${identity.site}/${identity.instanceId})</small></h1>
<div>Operator token: <input id="token" type="password" size="24"> <button id="use-token">Use token</button>
 <button id="clear-token">Clear</button> <span id="mode"></span></div>
<div id="msg"></div>
<div>Config version <b id="version">-</b> <span id="showid"></span></div>
<div id="countdown">-</div>
<h2>Red-packet rounds</h2><table id="rounds"><thead><tr><th>id</th><th>title</th><th>start</th><th>end</th><th>status</th><th>rate/s</th><th>correct</th></tr></thead><tbody></tbody></table>
<h2>Programme</h2><table id="segments"><thead><tr><th>id</th><th>title</th><th>start</th><th>end</th><th>weights n/g/s/r</th></tr></thead><tbody></tbody></table>
<h2>Gateways</h2><table id="gateways"><thead><tr><th>gateway</th><th>version</th><th>behind</th><th>clock offset ms</th><th>clock</th><th>last seen</th><th>via</th></tr></thead><tbody></tbody></table>
<h2>Change history</h2><table id="history"><thead><tr><th>version</th><th>who</th><th>when</th><th>what</th><th></th></tr></thead><tbody></tbody></table>
<script>
let token = sessionStorage.getItem('operatorToken') || '';
let skew = 0; let state = null;
const $ = (id) => document.getElementById(id);
function el(tag, attrs, ...kids) { const e = document.createElement(tag); for (const [k, v] of Object.entries(attrs || {})) { if (k === 'class') e.className = v; else if (k.startsWith('on')) e.addEventListener(k.slice(2), v); else e.setAttribute(k, v); } for (const k of kids) e.append(k instanceof Node ? k : String(k)); return e; }
const t = (ms) => new Date(ms).toLocaleTimeString(undefined, { hour12: false }) + '.' + String(ms % 1000).padStart(3, '0');
const now = () => Date.now() + skew;
function fmtDur(ms) { const s = Math.max(0, ms) / 1000; const m = Math.floor(s / 60); return m + ':' + (s - m * 60).toFixed(1).padStart(4, '0'); }
function say(text, err) { $('msg').textContent = text; $('msg').className = err ? 'err' : ''; }
function setMode() { $('mode').textContent = token ? 'operator mode' : 'read-only (enter an operator token to make changes)'; for (const b of document.querySelectorAll('button[data-change]')) b.disabled = !token; }
async function change(path, body) {
  if (!token) { say('read-only: no operator token', true); return; }
  try {
    const r = await fetch(path, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token }, body: JSON.stringify(body) });
    const j = await r.json();
    if (!r.ok) { const errs = (j.details && j.details.errors || []).map((e) => e.path + ': ' + e.reason).join('; '); say(j.code + ': ' + j.message + (errs ? ' - ' + errs : ''), true); }
    else say('accepted: version ' + j.version + ' (' + j.document.comment + ')');
    await refresh();
  } catch (e) { say('request failed: ' + e, true); }
}
const corr = (roundId, op, extra) => change('/config/correction', Object.assign({ op, roundId }, extra || {}));
const keys = {};
const changed = (k, v) => { const j = JSON.stringify(v); if (keys[k] === j) return false; keys[k] = j; return true; };
function roundStatus(r, n) { return n < r.startMs ? 'starts in ' + fmtDur(r.startMs - n) : n < r.endMs ? 'RUNNING, ends in ' + fmtDur(r.endMs - n) : 'ended'; }
function tick() {
  if (!state) return;
  const d = state.latest; const n = now();
  for (const r of (d ? d.rounds : [])) {
    const row = document.querySelector('#rounds tr[data-round="' + r.id + '"]');
    if (!row) continue;
    row.querySelector('.status').textContent = roundStatus(r, n);
    row.className = n >= r.startMs && n < r.endMs ? 'running' : '';
  }
  const next = d && d.rounds.find((r) => n < r.endMs);
  $('countdown').textContent = !next ? 'no more rounds' : n < next.startMs ? 'Next round ' + next.id + ' starts in ' + fmtDur(next.startMs - n) : 'Round ' + next.id + ' RUNNING - ends in ' + fmtDur(next.endMs - n);
}
function render() {
  const d = state.latest; const n = now();
  $('version').textContent = d ? d.version : 'none'; $('showid').textContent = d ? d.showId + ' - last change by ' + d.updatedBy + ': ' + d.comment : '';
  if (changed('doc', d ? d.version : null)) {
    const rb = $('rounds').tBodies[0]; rb.replaceChildren();
    for (const r of (d ? d.rounds : [])) {
      const b = (label, op, extra) => el('button', { 'data-change': '1', 'data-round': r.id, 'data-op': label, onclick: () => corr(r.id, op, extra) }, label);
      rb.append(el('tr', { 'data-round': r.id }, el('td', {}, r.id), el('td', {}, r.title), el('td', {}, t(r.startMs)), el('td', {}, t(r.endMs)), el('td', { class: 'status' }, ''), el('td', {}, r.releaseRatePerSec),
        el('td', {}, b('-10s', 'shift-round', { deltaMs: -10000 }), b('+10s', 'shift-round', { deltaMs: 10000 }), b('+40s', 'shift-round', { deltaMs: 40000 }),
          b('+40s all later', 'shift-round', { deltaMs: 40000, cascade: true }), b('start now', 'start-round-now'), b('end now', 'end-round-now'))));
    }
    const sb = $('segments').tBodies[0]; sb.replaceChildren();
    for (const s of (d ? d.segments : [])) { const w = s.weights; sb.append(el('tr', {}, ...[s.id, s.title, t(s.startMs), t(s.endMs), [w.nothing, w.greetingCard, w.starVideo, w.takeARest].join('/')].map((x) => el('td', {}, x)))); }
  }
  if (changed('gw', state.gateways.map((g) => [g.gatewayId, g.configVersion, g.behind, g.clockOffsetMs, g.clockFlag, g.stale, g.via]))) {
    const gb = $('gateways').tBodies[0]; gb.replaceChildren();
    for (const g of state.gateways) {
      gb.append(el('tr', { 'data-gateway': g.gatewayId, class: (g.behind ? 'behind ' : '') + (g.stale ? 'stale' : '') }, el('td', {}, g.gatewayId), el('td', { class: 'gw-version' }, g.configVersion == null ? '-' : g.configVersion),
        el('td', { class: 'gw-behind' }, g.behind ? 'BEHIND' : 'ok'), el('td', { class: 'gw-offset' }, g.clockOffsetMs == null ? '-' : g.clockOffsetMs.toFixed(1)), el('td', { class: 'gw-clock ' + g.clockFlag }, g.clockFlag),
        el('td', {}, g.lastSeenMs ? t(g.lastSeenMs) : 'never'), el('td', {}, g.via || '-')));
    }
  }
  if (changed('hist', [state.history, d ? d.version : null])) {
    const hb = $('history').tBodies[0]; hb.replaceChildren();
    for (const h of state.history) {
      hb.append(el('tr', { 'data-version': h.version }, el('td', {}, h.version), el('td', {}, h.updatedBy), el('td', {}, new Date(h.updatedAtMs).toLocaleString()), el('td', {}, h.comment),
        el('td', {}, d && h.version !== d.version ? el('button', { 'data-change': '1', 'data-rollback': h.version, onclick: () => { if (confirm('Roll back to version ' + h.version + '?')) change('/config/rollback', { version: h.version }); } }, 'roll back to this') : '')));
    }
  }
  setMode(); tick();
}
async function refresh() {
  try {
    const t0 = Date.now(); const r = await fetch('/api/state'); const s = await r.json(); const t1 = Date.now();
    skew = s.serverNowMs - (t0 + t1) / 2; state = s; render();
  } catch (e) { say('cannot reach the config instance: ' + e, true); }
}
$('use-token').onclick = () => { token = $('token').value.trim(); sessionStorage.setItem('operatorToken', token); setMode(); say(token ? 'token set' : 'read-only'); };
$('clear-token').onclick = () => { token = ''; $('token').value = ''; sessionStorage.removeItem('operatorToken'); setMode(); say('read-only'); };
setMode(); refresh(); setInterval(refresh, 1000); setInterval(tick, 200);
</script></body></html>`;
}
