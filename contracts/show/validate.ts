/**
 * Validates an untrusted value as a ShowConfig. Reports every problem with a
 * precise field path ("rounds[2].endMs") and reason; a document that fails
 * here is never stored by the config service nor applied by a gateway.
 */
import type { ShowConfig } from './types.ts';
import { Checker, ID_PATTERN, ID_PATTERN_NAME, type FieldError } from './checks.ts';

export type { FieldError };
export type ValidationResult = { ok: true; value: ShowConfig } | { ok: false; errors: FieldError[] };

const MAX_ITEMS = 1000;
const TOP_FIELDS = ['version', 'showId', 'updatedBy', 'updatedAtMs', 'comment', 'caps', 'segments', 'rounds', 'resources', 'overload', 'fleet'] as const;
const RESOURCE_KINDS = ['greeting-card', 'star-video', 'sponsor-logo', 'other'] as const;
const id = (c: Checker, v: unknown, p: string) => c.string(v, p, { pattern: ID_PATTERN, patternName: ID_PATTERN_NAME });

export function validateShowConfig(input: unknown): ValidationResult {
  const c = new Checker();
  if (!c.object(input, '')) return { ok: false, errors: [{ path: '(root)', reason: 'must be an object' }] };
  c.noUnknown(input, '', TOP_FIELDS);
  c.int(input.version, 'version', 0);
  id(c, input.showId, 'showId');
  c.string(input.updatedBy, 'updatedBy', { maxLength: 200 });
  c.int(input.updatedAtMs, 'updatedAtMs', 0);
  c.string(input.comment, 'comment', { maxLength: 1000 });
  checkCaps(c, input.caps);
  const resourceKinds = checkResources(c, input.resources);
  checkSegments(c, input.segments, resourceKinds);
  checkRounds(c, input.rounds);
  checkOverload(c, input.overload);
  checkFleet(c, input.fleet);
  if (c.errors.length > 0) return { ok: false, errors: c.errors };
  return { ok: true, value: structuredClone(input) as unknown as ShowConfig };
}

function checkCaps(c: Checker, caps: unknown): void {
  if (!c.object(caps, 'caps')) return;
  c.noUnknown(caps, 'caps', ['packetsPerUser', 'packetsPerSponsor']);
  const u = c.int(caps.packetsPerUser, 'caps.packetsPerUser', 1, 1000);
  const s = c.int(caps.packetsPerSponsor, 'caps.packetsPerSponsor', 1, 1000);
  if (u && s && (caps.packetsPerSponsor as number) > (caps.packetsPerUser as number)) {
    c.fail('caps.packetsPerSponsor', 'must be <= caps.packetsPerUser');
  }
}

function checkResources(c: Checker, resources: unknown): Map<string, string> {
  const kinds = new Map<string, string>();
  if (!c.array(resources, 'resources') ) return kinds;
  if (resources.length > MAX_ITEMS * 10) c.fail('resources', `must have at most ${MAX_ITEMS * 10} items`);
  resources.forEach((r, i) => {
    const p = `resources[${i}]`;
    if (!c.object(r, p)) return;
    c.noUnknown(r, p, ['id', 'kind', 'url', 'sha256', 'sizeBytes']);
    if (r.sizeBytes !== undefined && !(Number.isSafeInteger(r.sizeBytes) && (r.sizeBytes as number) >= 0)) c.fail(`${p}.sizeBytes`, 'must be a non-negative integer');
    const okId = id(c, r.id, `${p}.id`);
    const okKind = c.oneOf(r.kind, `${p}.kind`, RESOURCE_KINDS);
    c.string(r.url, `${p}.url`, { nonEmpty: true, maxLength: 2048 });
    c.string(r.sha256, `${p}.sha256`, { pattern: /^[0-9a-f]{64}$/, patternName: '64 lowercase hex digits' });
    if (okId && okKind && !kinds.has(r.id as string)) kinds.set(r.id as string, r.kind as string);
  });
  c.uniqueIds(resources as { id?: unknown }[], 'resources');
  return kinds;
}

/** Checks start/end of every item, then that the list is sorted and non-overlapping. */
function checkTimeRanges(c: Checker, items: unknown[], path: string): void {
  let prevEnd: number | null = null;
  let prevIdx = -1;
  items.forEach((it, i) => {
    if (typeof it !== 'object' || it === null) return;
    const r = it as Record<string, unknown>;
    const okS = c.int(r.startMs, `${path}[${i}].startMs`, 0);
    const okE = c.int(r.endMs, `${path}[${i}].endMs`, 0);
    if (!okS || !okE) return;
    const start = r.startMs as number;
    const end = r.endMs as number;
    if (end <= start) c.fail(`${path}[${i}].endMs`, `must be greater than startMs (${start})`);
    if (prevEnd !== null && start < prevEnd) {
      c.fail(`${path}[${i}].startMs`, `overlaps or is out of order with ${path}[${prevIdx}] (which ends at ${prevEnd}); ${path} must be sorted and non-overlapping`);
    }
    prevEnd = end;
    prevIdx = i;
  });
}

function checkContentIds(c: Checker, v: unknown, p: string, kinds: Map<string, string>, kind: string): v is string[] {
  if (!c.array(v, p)) return false;
  v.forEach((x, j) => {
    if (!id(c, x, `${p}[${j}]`)) return;
    const k = kinds.get(x as string);
    if (k === undefined) c.fail(`${p}[${j}]`, `"${x}" is not in resources`);
    else if (k !== kind) c.fail(`${p}[${j}]`, `resource "${x}" is a ${k}, expected ${kind}`);
  });
  return true;
}

function checkSegments(c: Checker, segments: unknown, kinds: Map<string, string>): void {
  if (!c.array(segments, 'segments')) return;
  if (segments.length > MAX_ITEMS) c.fail('segments', `must have at most ${MAX_ITEMS} items`);
  segments.forEach((s, i) => {
    const p = `segments[${i}]`;
    if (!c.object(s, p)) return;
    c.noUnknown(s, p, ['id', 'title', 'startMs', 'endMs', 'weights', 'greetingCardIds', 'starVideoIds']);
    id(c, s.id, `${p}.id`);
    c.string(s.title, `${p}.title`, { maxLength: 200 });
    const cards = checkContentIds(c, s.greetingCardIds, `${p}.greetingCardIds`, kinds, 'greeting-card');
    const videos = checkContentIds(c, s.starVideoIds, `${p}.starVideoIds`, kinds, 'star-video');
    const w = s.weights;
    if (!c.object(w, `${p}.weights`)) return;
    c.noUnknown(w, `${p}.weights`, ['nothing', 'greetingCard', 'starVideo', 'takeARest']);
    const names = ['nothing', 'greetingCard', 'starVideo', 'takeARest'] as const;
    const allOk = names.map((n) => c.int(w[n], `${p}.weights.${n}`, 0, 1_000_000)).every(Boolean);
    if (!allOk) return;
    if (names.reduce((a, n) => a + (w[n] as number), 0) === 0) c.fail(`${p}.weights`, 'must not all be zero');
    if (cards && (w.greetingCard as number) > 0 && (s.greetingCardIds as string[]).length === 0) {
      c.fail(`${p}.greetingCardIds`, 'must not be empty when weights.greetingCard > 0');
    }
    if (videos && (w.starVideo as number) > 0 && (s.starVideoIds as string[]).length === 0) {
      c.fail(`${p}.starVideoIds`, 'must not be empty when weights.starVideo > 0');
    }
  });
  c.uniqueIds(segments as { id?: unknown }[], 'segments');
  checkTimeRanges(c, segments, 'segments');
}

function checkRounds(c: Checker, rounds: unknown): void {
  if (!c.array(rounds, 'rounds')) return;
  if (rounds.length > MAX_ITEMS) c.fail('rounds', `must have at most ${MAX_ITEMS} items`);
  rounds.forEach((r, i) => {
    const p = `rounds[${i}]`;
    if (!c.object(r, p)) return;
    c.noUnknown(r, p, ['id', 'title', 'startMs', 'endMs', 'releaseRatePerSec', 'sponsorIds', 'packetDrawProbability']);
    id(c, r.id, `${p}.id`);
    c.string(r.title, `${p}.title`, { maxLength: 200 });
    c.number(r.releaseRatePerSec, `${p}.releaseRatePerSec`, 0, 100_000_000);
    if (typeof r.releaseRatePerSec === 'number' && r.releaseRatePerSec === 0) c.fail(`${p}.releaseRatePerSec`, 'must be > 0');
    if (c.array(r.sponsorIds, `${p}.sponsorIds`, 1)) {
      (r.sponsorIds as unknown[]).forEach((s, j) => id(c, s, `${p}.sponsorIds[${j}]`));
      const seen = new Set<unknown>();
      (r.sponsorIds as unknown[]).forEach((s, j) => {
        if (seen.has(s)) c.fail(`${p}.sponsorIds[${j}]`, `duplicate sponsor "${String(s)}"`);
        seen.add(s);
      });
    }
    if (c.number(r.packetDrawProbability, `${p}.packetDrawProbability`, 0, 1) && r.packetDrawProbability === 0) {
      c.fail(`${p}.packetDrawProbability`, 'must be > 0');
    }
  });
  c.uniqueIds(rounds as { id?: unknown }[], 'rounds');
  checkTimeRanges(c, rounds, 'rounds');
}

function checkOverload(c: Checker, overload: unknown): void {
  if (!c.object(overload, 'overload')) return;
  c.noUnknown(overload, 'overload', ['tiers']);
  const tiers = overload.tiers;
  if (!c.array(tiers, 'overload.tiers', 1)) return;
  let prev: { enterAbove: number; minShakeIntervalMs: number } | null = null;
  tiers.forEach((t, i) => {
    const p = `overload.tiers[${i}]`;
    if (!c.object(t, p)) return;
    c.noUnknown(t, p, ['tier', 'enterAbove', 'exitBelow', 'minShakeIntervalMs']);
    if (c.int(t.tier, `${p}.tier`, 0) && t.tier !== i) c.fail(`${p}.tier`, `must be ${i} (tiers are listed in order from 0)`);
    const okE = c.number(t.enterAbove, `${p}.enterAbove`, 0, 1);
    const okX = c.number(t.exitBelow, `${p}.exitBelow`, 0, 1);
    const okI = c.int(t.minShakeIntervalMs, `${p}.minShakeIntervalMs`, 0, 3_600_000);
    if (!okE || !okX || !okI) { prev = null; return; }
    const cur = { enterAbove: t.enterAbove as number, minShakeIntervalMs: t.minShakeIntervalMs as number };
    if (i > 0) {
      if ((t.exitBelow as number) >= cur.enterAbove) c.fail(`${p}.exitBelow`, 'must be < enterAbove (hysteresis)');
      if (prev !== null) {
        const pv: { enterAbove: number; minShakeIntervalMs: number } = prev;
        if (cur.enterAbove <= pv.enterAbove) c.fail(`${p}.enterAbove`, `must be > overload.tiers[${i - 1}].enterAbove`);
        if (cur.minShakeIntervalMs < pv.minShakeIntervalMs) c.fail(`${p}.minShakeIntervalMs`, `must be >= overload.tiers[${i - 1}].minShakeIntervalMs`);
      }
    }
    prev = cur;
  });
}

function checkFleet(c: Checker, fleet: unknown): void {
  if (!c.array(fleet, 'fleet', 1)) return;
  if (fleet.length > 100_000) c.fail('fleet', 'must have at most 100000 members');
  fleet.forEach((m, i) => {
    const p = `fleet[${i}]`;
    if (!c.object(m, p)) return;
    c.noUnknown(m, p, ['gatewayId', 'weight']);
    id(c, m.gatewayId, `${p}.gatewayId`);
    if (c.number(m.weight, `${p}.weight`, 0, 1_000_000) && m.weight === 0) c.fail(`${p}.weight`, 'must be > 0');
  });
  c.uniqueIds(fleet as { id?: unknown }[], 'fleet', 'gatewayId');
}
