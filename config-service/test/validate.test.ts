import t from 'tap';
import { defaultShowConfig } from '../../contracts/show/default-show.ts';
import { applyCorrection, parseCorrection } from '../../contracts/show/corrections.ts';
import { validateShowConfig } from '../../contracts/show/validate.ts';
import type { ShowConfig } from '../../contracts/show/types.ts';

const NOW = 1_800_000_000_000;
const base = () => defaultShowConfig(NOW, { gatewayIds: ['gw-1', 'gw-2'] });
const errorsOf = (doc: unknown) => {
  const r = validateShowConfig(doc);
  return r.ok ? [] : r.errors;
};

t.test('the embedded default show is valid and has rounds starting shortly after now', async (t) => {
  const r = validateShowConfig(base());
  t.ok(r.ok, JSON.stringify(r.ok ? [] : r.errors));
  const d = base();
  t.ok(d.rounds.length >= 3);
  t.ok(d.rounds[0].startMs > NOW && d.rounds[0].startMs - NOW <= 60_000);
  t.same(d.caps, { packetsPerUser: 3, packetsPerSponsor: 1 });
  t.same(defaultShowConfig(NOW).fleet, [{ gatewayId: 'gw-1', weight: 1 }]);
});

t.test('precise paths and reasons', async (t) => {
  const cases: [string, (d: ShowConfig) => void, string, RegExp][] = [
    ['end before start', (d) => { d.rounds[1].endMs = d.rounds[1].startMs; }, 'rounds[1].endMs', /greater than startMs/],
    ['overlapping rounds', (d) => { d.rounds[1].startMs = d.rounds[0].endMs - 1; }, 'rounds[1].startMs', /overlaps/],
    ['unsorted segments', (d) => { [d.segments[0], d.segments[1]] = [d.segments[1], d.segments[0]]; }, 'segments[1].startMs', /out of order/],
    ['unknown content id', (d) => { d.segments[0].greetingCardIds.push('card-404'); }, 'segments[0].greetingCardIds[2]', /not in resources/],
    ['wrong content kind', (d) => { d.segments[0].greetingCardIds = ['video-1']; }, 'segments[0].greetingCardIds[0]', /star-video, expected greeting-card/],
    ['zero weights', (d) => { d.segments[2].weights = { nothing: 0, greetingCard: 0, starVideo: 0, takeARest: 0 }; }, 'segments[2].weights', /all be zero/],
    ['probability', (d) => { d.rounds[0].packetDrawProbability = 1.5; }, 'rounds[0].packetDrawProbability', /<= 1/],
    ['rate', (d) => { d.rounds[0].releaseRatePerSec = 0; }, 'rounds[0].releaseRatePerSec', /> 0/],
    ['no sponsors', (d) => { d.rounds[2].sponsorIds = []; }, 'rounds[2].sponsorIds', /at least 1/],
    ['duplicate round id', (d) => { d.rounds[2].id = 'r1'; }, 'rounds[2].id', /duplicate/],
    ['caps', (d) => { d.caps.packetsPerSponsor = 4; }, 'caps.packetsPerSponsor', /<= caps.packetsPerUser/],
    ['hysteresis', (d) => { d.overload.tiers[2].exitBelow = 0.9; }, 'overload.tiers[2].exitBelow', /hysteresis/],
    ['tier order', (d) => { d.overload.tiers[3].enterAbove = 0.5; d.overload.tiers[3].exitBelow = 0.4; }, 'overload.tiers[3].enterAbove', /must be >/],
    ['sha256', (d) => { d.resources[0].sha256 = 'xyz'; }, 'resources[0].sha256', /hex/],
    ['typo field', (d) => { (d.rounds[0] as unknown as Record<string, unknown>).startMS = 1; }, 'rounds[0].startMS', /unknown field/],
    ['non-integer time', (d) => { d.rounds[0].startMs = 1.5; }, 'rounds[0].startMs', /integer/],
    ['fleet dup', (d) => { d.fleet[1].gatewayId = 'gw-1'; }, 'fleet[1].gatewayId', /duplicate/],
    ['bad id', (d) => { d.fleet[0].gatewayId = 'gw 1/x'; }, 'fleet[0].gatewayId', /letters, digits/],
  ];
  for (const [name, mutate, path, reason] of cases) {
    const d = base();
    mutate(d);
    const errs = errorsOf(d);
    const hit = errs.find((e) => e.path === path);
    t.ok(hit && reason.test(hit.reason), `${name}: ${path} ${hit?.reason ?? JSON.stringify(errs)}`);
  }
  t.same(errorsOf(null), [{ path: '(root)', reason: 'must be an object' }]);
  t.ok(errorsOf({}).length >= 10, 'an empty object reports every missing field');
});

t.test('a valid result is a copy, not the input', async (t) => {
  const d = base();
  const r = validateShowConfig(d);
  t.ok(r.ok);
  if (r.ok) { t.not(r.value, d); t.same(r.value, d); }
});

t.test('corrections', async (t) => {
  const d = base();
  const r3 = d.rounds[2];
  const shifted = applyCorrection(d, { op: 'shift-round', roundId: 'r3', deltaMs: 40_000 }, NOW);
  t.equal(shifted.rounds[2].startMs, r3.startMs + 40_000);
  t.equal(shifted.rounds[2].endMs, r3.endMs + 40_000);
  t.equal(d.rounds[2].startMs, r3.startMs, 'input untouched');
  const cascade = applyCorrection(d, { op: 'shift-round', roundId: 'r2', deltaMs: 40_000, cascade: true }, NOW);
  t.equal(cascade.rounds[1].startMs - d.rounds[1].startMs, 40_000);
  t.equal(cascade.rounds[2].startMs - d.rounds[2].startMs, 40_000);
  t.equal(cascade.rounds[0].startMs, d.rounds[0].startMs);
  const during = d.rounds[0].startMs + 5_000;
  t.equal(applyCorrection(d, { op: 'end-round-now', roundId: 'r1' }, during).rounds[0].endMs, during);
  t.throws(() => applyCorrection(d, { op: 'end-round-now', roundId: 'r2' }, during), { code: 'ROUND_NOT_RUNNING' });
  const started = applyCorrection(d, { op: 'start-round-now', roundId: 'r2' }, during + 100_000);
  t.equal(started.rounds[1].startMs, during + 100_000);
  t.throws(() => applyCorrection(d, { op: 'shift-round', roundId: 'r9', deltaMs: 1 }, NOW), { code: 'ROUND_NOT_FOUND' });
  t.throws(() => parseCorrection({ op: 'shift-round', roundId: 'r1', deltaMs: 'x' }), { code: 'INVALID_CORRECTION' });
  t.throws(() => parseCorrection({ op: 'explode', roundId: 'r1' }), { code: 'INVALID_CORRECTION' });
});
