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

/** What the operator should look at now: gateways behind or drifting, rounds nobody can feed. */
export function warnings(s, nowMs) {
  const out = [];
  for (const g of s.gateways) {
    if (g.stale) out.push(`gateway ${g.gatewayId}: no report for ${g.lastSeenMs ? Math.round((nowMs - g.lastSeenMs) / 1000) + ' s' : 'ever'}`);
    else if (g.behind) out.push(`gateway ${g.gatewayId} is behind: runs version ${g.configVersion}, latest is ${s.latest ? s.latest.version : '?'}`);
    if (g.clockFlag === 'drift') out.push(`gateway ${g.gatewayId}: clock off by ${g.clockOffsetMs.toFixed(1)} ms`);
    if (g.clockFlag === 'unsynced') out.push(`gateway ${g.gatewayId}: clock not synchronised`);
  }
  if (s.heldSponsorIds && s.latest) {
    const held = new Set(s.heldSponsorIds);
    for (const r of s.latest.rounds) {
      if (r.endMs > nowMs && !r.sponsorIds.some((x) => held.has(x))) out.push(`round ${r.id}: no seed packets for its sponsor(s) ${r.sponsorIds.join(', ')} - it gives nobody a packet`);
    }
  }
  return out;
}
