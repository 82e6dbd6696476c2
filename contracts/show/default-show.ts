/**
 * The embedded default show document (for `npm start` and rehearsals): a demo
 * timeline with three segments and three red-packet rounds starting shortly
 * after `nowMs`, seed caps 3/1, four overload tiers, a fleet of one gateway.
 *
 * Its rounds name the sponsors the deployment's seed packets hold (by default
 * the seed generator's sponsors, which is what `npm start` generates): a round
 * naming sponsors nobody holds would give nobody a packet, silently.
 */
import { DEFAULT_SPONSORS } from './default-sponsors.ts';
import type { Resource, ShowConfig } from './types.ts';
import { demoResource } from './demo-resources.ts';
import { DEFAULT_PACKETS_PER_SPONSOR, DEFAULT_PACKETS_PER_USER } from '../caps.ts';

export interface DefaultShowOptions {
  gatewayIds?: string[];
  showId?: string;
  /** Sponsors the deployment holds seed packets for, dealt over the rounds (default: the seed generator's). */
  sponsorIds?: readonly string[];
  /** First round starts this long after now (default 12 s: a newcomer wins a packet within a minute of starting). */
  firstRoundInMs?: number;
  /** Length of every demo round (default 60 s). */
  roundLengthMs?: number;
}

const sec = 1000;
const min = 60 * sec;
export const DEFAULT_FIRST_ROUND_IN_MS = 12 * sec;

/**
 * Deals sponsors round-robin over the rounds (round i gets sponsors i, i+n, ...),
 * so each round has several sponsors and a user can reach the show's cap in one
 * round; with fewer sponsors than rounds a round reuses them.
 */
function dealSponsors(sponsorIds: readonly string[], rounds: number): string[][] {
  if (sponsorIds.length === 0) throw new Error('the default show needs at least one sponsor');
  return Array.from({ length: rounds }, (_, r) => {
    const dealt = sponsorIds.filter((_, i) => i % rounds === r);
    return dealt.length > 0 ? dealt : [sponsorIds[r % sponsorIds.length]!];
  });
}

/** Demo files the embedded deployment serves itself (ops/phone-web/), with their real size and SHA-256. */
function resource(id: string, kind: Resource['kind']): Resource {
  return demoResource(id, kind);
}

export function defaultShowConfig(nowMs: number, opts: DefaultShowOptions = {}): ShowConfig {
  const t0 = Math.floor(nowMs / sec) * sec;
  const first = opts.firstRoundInMs ?? DEFAULT_FIRST_ROUND_IN_MS;
  const len = opts.roundLengthMs ?? 60 * sec;
  const gatewayIds = opts.gatewayIds ?? ['gw-1'];
  const sponsors = dealSponsors(opts.sponsorIds ?? DEFAULT_SPONSORS, 3);
  const roundAt = (i: number, startMs: number) => ({
    id: `r${i}`,
    title: `Red-packet round ${i}`,
    startMs,
    endMs: startMs + len,
    releaseRatePerSec: 50_000,
    sponsorIds: sponsors[i - 1]!,
    packetDrawProbability: 0.5,
  });
  return {
    version: 0,
    showId: opts.showId ?? 'spring-gala',
    updatedBy: 'system',
    updatedAtMs: nowMs,
    comment: 'embedded default show',
    caps: { packetsPerUser: DEFAULT_PACKETS_PER_USER, packetsPerSponsor: DEFAULT_PACKETS_PER_SPONSOR },
    segments: [
      { id: 'opening', title: 'Opening', startMs: t0 - min, endMs: t0 + 5 * min,
        weights: { nothing: 50, greetingCard: 40, starVideo: 0, takeARest: 10 },
        greetingCardIds: ['card-1', 'card-2'], starVideoIds: [] },
      { id: 'song-dance', title: 'Song and dance', startMs: t0 + 5 * min, endMs: t0 + 20 * min,
        weights: { nothing: 40, greetingCard: 30, starVideo: 20, takeARest: 10 },
        greetingCardIds: ['card-1'], starVideoIds: ['video-1'] },
      { id: 'midnight', title: 'Countdown to midnight', startMs: t0 + 20 * min, endMs: t0 + 60 * min,
        weights: { nothing: 30, greetingCard: 30, starVideo: 30, takeARest: 10 },
        greetingCardIds: ['card-2'], starVideoIds: ['video-1', 'video-2'] },
    ],
    rounds: [
      roundAt(1, t0 + first),
      roundAt(2, t0 + first + len + 3 * min),
      roundAt(3, t0 + first + 2 * len + 10 * min),
    ],
    resources: [
      resource('card-1', 'greeting-card'), resource('card-2', 'greeting-card'),
      resource('video-1', 'star-video'), resource('video-2', 'star-video'),
      ...[...new Set(sponsors.flat())].map((s) => resource(`logo-${s}`, 'sponsor-logo')),
    ],
    overload: {
      tiers: [
        { tier: 0, enterAbove: 0, exitBelow: 0, minShakeIntervalMs: 1000 },
        { tier: 1, enterAbove: 0.7, exitBelow: 0.6, minShakeIntervalMs: 2000 },
        { tier: 2, enterAbove: 0.85, exitBelow: 0.75, minShakeIntervalMs: 5000 },
        { tier: 3, enterAbove: 0.95, exitBelow: 0.9, minShakeIntervalMs: 15000 },
      ],
    },
    fleet: gatewayIds.map((gatewayId) => ({ gatewayId, weight: 1 })),
  };
}
