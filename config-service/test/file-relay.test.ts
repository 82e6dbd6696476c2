/**
 * The file channel across machines: no config instance writes into a gateway
 * directory; a relay process beside each gateway fetches every new version
 * from the config sites and writes the file the gateway watches. With the
 * gateways' push and poll both cut, a change still lands on every gateway,
 * by file.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import t from 'tap';
import { Harness, postChange } from './helpers/harness.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'cfg-relay-'));
const h = new Harness({ dir, gateways: 2, pollIntervalMs: 500, fileChannel: 'relay' });
t.teardown(() => h.stop());

t.test('push and poll cut: a change lands on every gateway through the relays', async (t) => {
  await h.start();
  await h.waitAllApplied(1, 15_000);
  await h.cutChannel('push');
  await h.cutChannel('poll');
  const t0 = Date.now();
  const r = await postChange(h.topo.urls[4], '/config/correction', { op: 'shift-round', roundId: 'r3', deltaMs: 1000 });
  t.equal(r.status, 200);
  const v = r.body.version as number;
  const done = await h.waitAllApplied(v, 10_000);
  t.pass(`v${v} on every gateway ${done - t0} ms after the post, push and poll cut`);
  for (const g of h.gateways) {
    t.equal(g.appliedVia.get(v), 'file', `${g.id} took v${v} by file`);
    t.same(readdirSync(g.configDir).filter((f) => f.startsWith('show')), ['show.relay.json'], `${g.id}: only the relay wrote its config dir`);
  }
});
