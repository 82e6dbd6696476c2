/** The per-round report parameter (rounds=, pool=) and the fleet's per-round figures. */
import t from 'tap';
import { encodeRoundsParam, liveFigures, MAX_REPORTED_ROUNDS, parseRoundsParam, roundFiguresParams, type RoundCounts } from '../../contracts/round-report.ts';
import { defaultShowConfig } from '../../contracts/show/default-show.ts';
import type { GatewayReport } from '../store/types.ts';

const counts = (roundId: string, n: number): RoundCounts => ({ roundId, released: n, issued: n - 1, opened: n - 2, shared: n - 3 });

t.test('encode and parse round-trip', async (t) => {
  const rounds = [counts('r1', 100), counts('round_2-b', 4_294_967_295)];
  const raw = encodeRoundsParam(rounds);
  t.equal(raw, 'r1:100:99:98:97,round_2-b:4294967295:4294967294:4294967293:4294967292');
  t.same(parseRoundsParam(raw), rounds);
  const many = Array.from({ length: MAX_REPORTED_ROUNDS + 5 }, (_, i) => counts(`r${i}`, 10));
  t.same(parseRoundsParam(encodeRoundsParam(many)), many.slice(-MAX_REPORTED_ROUNDS), 'the encoder keeps the latest rounds within the bound');
  const url = new URL(`http://x/config?gatewayId=gw-1&rounds=${encodeURIComponent(raw)}&pool=42`);
  t.same(roundFiguresParams(url), { rounds, poolLevel: 42 });
  t.same(roundFiguresParams(new URL('http://x/config?gatewayId=gw-1')), {}, 'absent parameters: nothing recorded');
});

t.test('hostile or malformed parameters are refused whole', async (t) => {
  const hostile = [
    '', 'r1', 'r1:1:2:3', 'r1:1:2:3:4:5', 'r1:-1:0:0:0', 'r1:1.5:0:0:0', 'r1:1e3:0:0:0', 'r1:4294967296:0:0:0',
    'r1:99999999999:0:0:0', ':1:1:1:1', '-r:1:1:1:1', 'r 1:1:1:1:1', 'r1:1:1:1:1,', 'r1:1:1:1:1,,r2:1:1:1:1',
    'r1:1:1:1:1,r1:2:2:2:2', '__proto__:1:1:1:1', `${'a'.repeat(65)}:1:1:1:1`, 'r1:0x10:0:0:0', 'r1:1:1:1:1;drop',
    Array.from({ length: MAX_REPORTED_ROUNDS + 1 }, (_, i) => `r${i}:1:1:1:1`).join(','), 'r1:1:1:1:1,'.repeat(300),
  ];
  for (const raw of hostile) t.equal(parseRoundsParam(raw), null, `refused: ${JSON.stringify(raw.slice(0, 40))}`);
  for (const pool of ['-1', '1.5', 'x', '', '99999999999', '4294967296', '1e3']) {
    t.same(roundFiguresParams(new URL(`http://x/config?pool=${encodeURIComponent(pool)}&rounds=bad`)), {}, `pool=${pool} and a bad rounds= are not recorded`);
  }
});

t.test('fleet sums per round, target, pool levels and the pool-empty warning', async (t) => {
  const now = 1_000_000;
  const show = defaultShowConfig(now);
  const doc = { ...show, fleet: [{ gatewayId: 'gw-1', weight: 1 }, { gatewayId: 'gw-2', weight: 1 }, { gatewayId: 'gw-3', weight: 1 }],
    rounds: [
      { ...show.rounds[0]!, id: 'past', startMs: now - 20_000, endMs: now - 10_000, releaseRatePerSec: 10 },
      { ...show.rounds[0]!, id: 'live', startMs: now - 4_000, endMs: now + 6_000, releaseRatePerSec: 100 },
    ] };
  const report = (gatewayId: string, rounds: RoundCounts[], poolLevel?: number): GatewayReport => ({
    gatewayId, configVersion: 1, clockOffsetMs: 0, clockSynced: true, seenAtMs: now - 500, via: 'A/1', channel: 'poll', rounds, ...(poolLevel === undefined ? {} : { poolLevel }),
  });
  const f = liveFigures([
    report('gw-1', [counts('past', 50), counts('live', 200)], 30),
    report('gw-2', [counts('live', 150)], 0),
    report('gw-outside', [counts('live', 1_000_000)], 0),
  ], doc, now);
  const [past, live] = f.rounds;
  t.match(past, { roundId: 'past', running: false, target: 100, released: 50, issued: 49, gateways: 1 }, 'an ended round: target capped at its length');
  t.match(live, { roundId: 'live', running: true, target: 400, released: 350, issued: 348, opened: 346, shared: 344, gateways: 2 }, 'a running round: target = rate x elapsed; gateways outside the fleet left out');
  t.same(f.pools, [{ gatewayId: 'gw-1', poolLevel: 30, seenAtMs: now - 500 }, { gatewayId: 'gw-2', poolLevel: 0, seenAtMs: now - 500 }, { gatewayId: 'gw-3', poolLevel: null, seenAtMs: null }]);
  t.same(f.poolEmpty, [{ gatewayId: 'gw-2', roundId: 'live' }], 'the empty pool is warned about while a round runs');
  t.same(liveFigures([report('gw-2', [], 0)], doc, now + 60_000).poolEmpty, [], 'no warning when no round runs');
  t.same(liveFigures([], null, now), { rounds: [], pools: [], poolEmpty: [] }, 'no show: nothing');
});
