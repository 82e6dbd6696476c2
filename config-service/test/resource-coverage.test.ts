/** Fleet resource coverage: gateways' reports summed per manifest version, the latest document's version marked. */
import t from 'tap';
import { coverageParam, fleetCoverage } from '../resource-coverage.ts';
import { manifestVersion } from '../../contracts/show/resource-manifest.ts';
import { defaultShowConfig } from '../../contracts/show/default-show.ts';
import type { GatewayReport } from '../store/types.ts';

t.test('coverage per manifest version over the fleet', async (t) => {
  const show = defaultShowConfig(Date.now());
  const cur = manifestVersion(show.resources);
  t.ok(cur > 0 && Number.isSafeInteger(cur), 'a non-empty list has a version');
  t.equal(manifestVersion([...show.resources]), cur, 'the version depends on the content only');
  t.not(manifestVersion(show.resources.slice(1)), cur, 'another list, another version');
  const report = (gatewayId: string, q: string): GatewayReport => ({
    gatewayId, configVersion: 1, clockOffsetMs: 0, clockSynced: true, seenAtMs: 1, via: 'x', channel: 'poll',
    ...coverageParam(new URL(`http://x/config?resources=${q}`)),
  });
  const c = fleetCoverage([report('gw-1', `${cur}:30,0:10`), report('gw-2', `${cur}:50,123:10,bad,7:x`),
    { gatewayId: 'gw-3', configVersion: 1, clockOffsetMs: null, clockSynced: false, seenAtMs: 1, via: 'x', channel: 'push' }], show);
  t.same(c.byVersion, { [cur]: 80, 0: 10, 123: 10 }, 'phones summed per version; malformed entries dropped');
  t.equal(c.phones, 100);
  t.equal(c.currentVersion, cur);
  t.equal(c.currentShare, 0.8, '80 % hold the current manifest');
  t.same(c.gateways.map((g) => g.gatewayId), ['gw-1', 'gw-2'], 'gateways that report no coverage are not counted');
});
