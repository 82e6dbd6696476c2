/** The env overrides a deployment starts the packet service with, expected journals included. */
import t from 'tap';
import { configInputFromEnv } from '../env-config.ts';
import { makeConfig } from '../config.ts';

t.test('PACKET_EXPECTED_JOURNALS sets the gateways expiry waits for; without it the file decides', async (t) => {
  const c = makeConfig(configInputFromEnv({ dataDir: '/tmp/x' }, { PACKET_EXPECTED_JOURNALS: 'gw-1, gw-2,' }));
  t.same(c.expiry.expectedJournals, ['gw-1', 'gw-2']);
  const file = makeConfig(configInputFromEnv({ dataDir: '/tmp/x', expiry: { expectedJournals: ['gw-9'], intervalMs: 500 } }, {}));
  t.same(file.expiry, { expectedJournals: ['gw-9'], intervalMs: 500 });
  const over = makeConfig(configInputFromEnv({ expiry: { expectedJournals: ['gw-9'], intervalMs: 500 } }, { PACKET_EXPECTED_JOURNALS: 'gw-1', PACKET_DATA_DIR: '/tmp/y' }));
  t.same([over.expiry, over.dataDir], [{ expectedJournals: ['gw-1'], intervalMs: 500 }, '/tmp/y'], 'env wins, the rest of the file stays');
  t.same(makeConfig(configInputFromEnv({}, {})).expiry.expectedJournals, [], 'missing: none expected (README says what that risks)');
});
