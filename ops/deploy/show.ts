/**
 * The show a local deployment starts with, checked against the seed packets it
 * holds: the embedded default built from the held sponsors, or an operator's
 * file (`--show`). A show any of whose rounds can never be fed is refused
 * before anything starts: it would run, silently giving nobody a packet.
 */
import { readFileSync } from 'node:fs';
import { catalogued } from '../../contracts/errors.ts';
import { defaultShowConfig } from '../../contracts/show/default-show.ts';
import { unfedRounds } from '../../contracts/show/feed-check.ts';
import type { ShowConfig } from '../../contracts/show/types.ts';
import { parseShowConfig } from '../../gateway/index.ts';
import { readManifest } from '../../seed-splitter/index.ts';

/** Sponsors that hold at least one seed packet in some machine's part. */
export function heldSponsors(manifestPath: string): Set<string> {
  const held = new Set<string>();
  for (const m of readManifest(manifestPath).machines) for (const s of m.sponsors) if (s.count > 0) held.add(s.id);
  return held;
}

export function deploymentShow(o: { showFile?: string; gatewayIds: string[]; held: ReadonlySet<string>; nowMs: number }): ShowConfig {
  const show = o.showFile
    ? parseShowConfig(readFileSync(o.showFile, 'utf8'), o.showFile)
    : defaultShowConfig(o.nowMs, { gatewayIds: o.gatewayIds, sponsorIds: [...o.held].sort() });
  refuseUnfed(show, o.held, o.showFile ?? 'the embedded default show');
  return show;
}

/** Throws SHOW_UNFED naming every round whose sponsors hold no packets. */
export function refuseUnfed(show: Pick<ShowConfig, 'rounds'>, held: ReadonlySet<string>, origin: string): void {
  const unfed = unfedRounds(show, held);
  if (unfed.length === 0) return;
  const rounds = unfed.map((r) => `${r.roundId} (${r.sponsorIds.join(', ')})`).join('; ');
  throw catalogued('SHOW_UNFED',
    `${origin}: rounds whose sponsors hold no seed packets would give nobody a red packet: ${rounds}; the seeds hold ${[...held].sort().join(', ') || 'nothing'}`,
    { unfed, held: [...held] });
}
