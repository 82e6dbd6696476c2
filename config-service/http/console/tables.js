// The live tables as column lists ({ head, cell(row), class? }): adding a
// column is one entry here. renderTable redraws a table from its columns.
import { el, localTime } from './format.js';

/** Redraws a table; each cell gets its row and the whole console state. */
export function renderTable(table, columns, rows, rowAttrs, state) {
  table.tHead.replaceChildren(el('tr', {}, ...columns.map((c) => el('th', {}, c.head))));
  table.tBodies[0].replaceChildren(...rows.map((r) => el('tr', rowAttrs(r), ...columns.map((c) => el('td', { class: c.class }, c.cell(r, state))))));
}

export const roundColumns = (correctionCell) => [
  { head: 'id', cell: (r) => r.id }, { head: 'title', cell: (r) => r.title },
  { head: 'start', cell: (r) => localTime(r.startMs) }, { head: 'end', cell: (r) => localTime(r.endMs) },
  { head: 'status', class: 'status', cell: () => '' }, { head: 'rate/s', cell: (r) => r.releaseRatePerSec },
  { head: 'draw p', cell: (r) => r.packetDrawProbability }, { head: 'sponsors', cell: (r) => r.sponsorIds.join(', ') },
  { head: 'correct', cell: correctionCell },
];

export const segmentColumns = [
  { head: 'id', cell: (s) => s.id }, { head: 'title', cell: (s) => s.title },
  { head: 'start', cell: (s) => localTime(s.startMs) }, { head: 'end', cell: (s) => localTime(s.endMs) },
  { head: 'weights n/g/s/r', cell: (s) => [s.weights.nothing, s.weights.greetingCard, s.weights.starVideo, s.weights.takeARest].join('/') },
  { head: 'cards / videos', cell: (s) => s.greetingCardIds.join(' ') + ' / ' + s.starVideoIds.join(' ') },
];

export const gatewayColumns = [
  { head: 'gateway', cell: (g) => g.gatewayId },
  { head: 'version', class: 'gw-version', cell: (g) => (g.configVersion == null ? '-' : g.configVersion) },
  { head: 'behind', class: 'gw-behind', cell: (g) => (g.behind ? 'BEHIND' : 'ok') },
  { head: 'channel', class: 'gw-channel', cell: (g) => g.channel || '-' },
  { head: 'clock offset ms', class: 'gw-offset', cell: (g) => (g.clockOffsetMs == null ? '-' : g.clockOffsetMs.toFixed(1)) },
  { head: 'clock', class: 'gw-clock', cell: (g) => el('span', { class: g.clockFlag }, g.clockFlag) },
  { head: 'synced', class: 'gw-synced', cell: (g) => (g.clockFlag === 'unsynced' || g.clockFlag === 'unknown' ? 'no' : 'yes') },
  { head: 'last report', class: 'gw-age', cell: (g, s) => (g.lastSeenMs ? `${Math.max(0, Math.round((s.serverNowMs - g.lastSeenMs) / 1000))} s ago (${localTime(g.lastSeenMs)})` : 'never') },
  { head: 'via', cell: (g) => g.via || '-' },
];

/** Per round of the live show: fleet sums from the gateways' reports; pool levels while it runs. */
export const figureColumns = [
  { head: 'round', cell: (f) => f.roundId },
  { head: 'state', cell: (f, s) => (f.running ? 'running' : f.endMs <= s.serverNowMs ? 'ended' : 'upcoming') },
  { head: 'released / target', class: 'fig-released', cell: (f) => `${f.released} / ${f.target}` + (f.target ? ` (${Math.round((100 * f.released) / f.target)} %)` : '') },
  { head: 'issued', class: 'fig-issued', cell: (f) => f.issued },
  { head: 'opened', class: 'fig-opened', cell: (f) => f.opened },
  { head: 'shared', class: 'fig-shared', cell: (f) => f.shared },
  { head: 'gateways reporting', cell: (f) => f.gateways },
  { head: 'pool per gateway', class: 'fig-pools', cell: (f, s) => (f.running ? s.figures.pools.map((p) => `${p.gatewayId}: ${p.poolLevel == null ? '-' : p.poolLevel}`).join(', ') : '-') },
];

/** A money SET's state word: DOWN (does not answer), STALLED (answers, work waiting, nothing applied for the stall time), up. */
export function moneySetState(m) {
  if (!m.up) return m.failedPolls === 0 ? 'not polled yet' : 'DOWN';
  return m.stalled ? 'STALLED' : 'up';
}

/** The row's class: red when down, amber when stalled. */
export const moneySetRowClass = (m) => (!m.up ? (m.failedPolls > 0 ? 'down' : 'set-pending') : m.stalled ? 'set-up stalled' : 'set-up');

/** Each money SET the instance polls (GET /health every 2 s): a SET that does not answer is DOWN, its last figures kept; one stuck is STALLED. */
export const moneySetColumns = [
  { head: 'SET', cell: (m) => m.set },
  { head: 'URL', cell: (m) => m.url },
  { head: 'state', class: 'set-state', cell: (m) => moneySetState(m) },
  { head: 'backlog', class: 'set-backlog', cell: (m) => (m.backlog == null ? '-' : m.backlog) },
  { head: 'pay ops/s', class: 'set-rate', cell: (m) => (m.payOpsPerSecond == null ? '-' : m.payOpsPerSecond.toFixed(1)) },
  { head: 'applied', cell: (m) => (m.appliedTotal == null ? '-' : m.appliedTotal) },
  { head: 'refused', class: 'set-refused', cell: (m) => (m.refusedTotal == null ? '-' : m.refusedTotal) },
  { head: 'failed polls', class: 'set-failed', cell: (m) => m.failedPolls },
  { head: 'last seen', class: 'set-seen', cell: (m, s) => (m.lastSeenMs ? `${Math.max(0, Math.round((s.serverNowMs - m.lastSeenMs) / 1000))} s ago (${localTime(m.lastSeenMs)})` : 'never') },
  { head: 'last error', class: 'set-error', cell: (m) => (m.lastError ? `${m.lastError} (${localTime(m.lastErrorAtMs)})` : '-') },
];

/** What the operator should look at now: gateways behind or drifting, money SETs down or stalled, a pool empty during a round, rounds nobody can feed. */
export function warnings(s, nowMs) {
  const out = [];
  for (const g of s.gateways) {
    if (g.stale) out.push(`gateway ${g.gatewayId}: no report for ${g.lastSeenMs ? Math.round((nowMs - g.lastSeenMs) / 1000) + ' s' : 'ever'}`);
    else if (g.behind) out.push(`gateway ${g.gatewayId} is behind: runs version ${g.configVersion}, latest is ${s.latest ? s.latest.version : '?'}`);
    if (g.clockFlag === 'drift') out.push(`gateway ${g.gatewayId}: clock off by ${g.clockOffsetMs.toFixed(1)} ms`);
    if (g.clockFlag === 'unsynced') out.push(`gateway ${g.gatewayId}: clock not synchronised`);
  }
  for (const m of s.moneySets || []) {
    if (!m.up && m.failedPolls > 0) out.push(`money SET ${m.set} DOWN (${m.url}): ${m.lastSeenMs ? 'last answer ' + Math.round((nowMs - m.lastSeenMs) / 1000) + ' s ago' : 'never answered'} - ${m.lastError}`);
    else if (m.up && m.stalled) out.push(`money SET ${m.set} STALLED (${m.url}): backlog ${m.backlog}, nothing applied for ${Math.max(0, Math.round((nowMs - m.stalledSinceMs) / 1000))} s`);
  }
  for (const p of s.figures ? s.figures.poolEmpty : []) out.push(`gateway ${p.gatewayId}: pool empty during round ${p.roundId}`);
  if (s.heldSponsorIds && s.latest) {
    const held = new Set(s.heldSponsorIds);
    for (const r of s.latest.rounds) {
      if (r.endMs > nowMs && !r.sponsorIds.some((x) => held.has(x))) out.push(`round ${r.id}: no seed packets for its sponsor(s) ${r.sponsorIds.join(', ')} - it gives nobody a packet`);
    }
  }
  return out;
}
