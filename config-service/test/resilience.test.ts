/**
 * The deployed topology for real: 3 NATS nodes, 2 sites x 3 config instances,
 * 3 gateway processes, each change reaching every gateway while instances,
 * a whole site, or two of the three channels are down; a gateway that was
 * down converges; changes without a token or with an invalid document are
 * refused and change nothing.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import t from 'tap';
import { Harness, latestVersion, postChange, TOKEN } from './helpers/harness.ts';
import { waitFor } from '../../queue/test/helpers.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'cfg-resilience-'));
const h = new Harness({ dir, gateways: 3, pollIntervalMs: 500 });
t.teardown(() => h.stop());
const SEED_BAR_MS = 10_000;

/** Posts a small correction to instance url and returns the accepted version. */
async function change(url: string, deltaMs = 1000): Promise<number> {
  const r = await postChange(url, '/config/correction', { op: 'shift-round', roundId: 'r3', deltaMs });
  if (r.status !== 200) throw new Error(`change refused: ${r.status} ${JSON.stringify(r.body)}`);
  return r.body.version as number;
}

t.before(async () => { await h.start(); });

t.test('every gateway runs the seeded version over all channels', async (t) => {
  await h.waitAllApplied(1, SEED_BAR_MS);
  const st = await h.status(h.gateways[0]);
  t.equal(st.configVersion, 1, '/status reports configVersion');
});

t.test('a change reaches every gateway', async (t) => {
  const t0 = Date.now();
  const v = await change(h.topo.urls[0]);
  const done = await h.waitAllApplied(v, SEED_BAR_MS);
  t.ok(done - t0 < 2000, `all 3 gateways applied v${v} in ${done - t0} ms`);
  for (const url of h.topo.urls) t.equal(await latestVersion(url), v, `${url} knows v${v}`);
});

t.test('one instance down: a change posted elsewhere still reaches every gateway', async (t) => {
  const victim = h.topo.instances[0];
  await h.topo.killInstance(victim);
  const t0 = Date.now();
  const v = await change(h.topo.instances[4].url);
  const done = await h.waitAllApplied(v, SEED_BAR_MS);
  t.pass(`v${v} on all gateways ${done - t0} ms after post, with ${victim.site}/${victim.instanceId} down`);
  await h.topo.startInstance(victim);
  t.equal(await latestVersion(victim.url), v, 'restarted instance caught up from the replicated store');
});

for (const [a, b, left] of [['push', 'poll', 'file'], ['push', 'file', 'poll'], ['poll', 'file', 'push']] as const) {
  t.test(`channels ${a} and ${b} down: the change arrives by ${left}`, async (t) => {
    await h.cutChannel(a);
    await h.cutChannel(b);
    try {
      const t0 = Date.now();
      const v = await change(h.topo.urls[1]);
      const done = await h.waitAllApplied(v, SEED_BAR_MS);
      t.pass(`v${v} on all gateways in ${done - t0} ms`);
      for (const g of h.gateways) t.equal(g.appliedVia.get(v), left, `${g.id} applied v${v} via ${left}`);
    } finally {
      await h.restoreChannel(a);
      await h.restoreChannel(b);
    }
  });
}

t.test('a whole site down (3 instances + its NATS node): a change at the other site reaches every gateway', async (t) => {
  await h.topo.killSite('sh');
  try {
    const t0 = Date.now();
    const v = await change(h.topo.siteInstances('sz')[2].url);
    const done = await h.waitAllApplied(v, SEED_BAR_MS);
    t.pass(`v${v} on all gateways ${done - t0} ms after post with site sh down`);
  } finally {
    await h.topo.restartSite('sh');
  }
  const latest = await latestVersion(h.topo.urls[5]);
  // A restarted instance catches up from its peers after it is up: give it time, then assert.
  for (const hd of h.topo.siteInstances('sh')) {
    await waitFor(async () => (await latestVersion(hd.url)) === latest, 15_000, `${hd.site}/${hd.instanceId} to catch up to v${latest}`);
    t.equal(await latestVersion(hd.url), latest, `${hd.site}/${hd.instanceId} back and current`);
  }
});

t.test('a gateway that was down during changes converges when it returns', async (t) => {
  const g = h.gateways[2];
  await h.stopGateway(g);
  const before = g.latestApplied;
  let v = 0;
  for (let i = 0; i < 3; i++) {
    const url = h.topo.urls[i * 2];
    // A correction is prepared on the version the instance knows: posted before the previous change reached it,
    // it is (rightly) refused with VERSION_CONFLICT. Wait for the instance to know the latest first.
    if (v > 0) await waitFor(async () => (await latestVersion(url)) >= v, 15_000, `${url} to know v${v}`);
    v = await change(url);
  }
  await h.waitAllApplied(v, SEED_BAR_MS, h.gateways.slice(0, 2));
  t.equal(g.latestApplied, before, 'the stopped gateway applied nothing meanwhile');
  const t0 = Date.now();
  await h.startGateway(g);
  const done = await h.waitAllApplied(v, SEED_BAR_MS, [g]);
  t.pass(`restarted ${g.id} at v${v} ${done - t0} ms after its start began`);
  t.equal((await h.status(g)).configVersion, v);
});

t.test('changes without a valid token are refused and change nothing', async (t) => {
  const url = h.topo.urls[3];
  // The previous test's changes may still be replicating to some instance: start from a settled version.
  await waitFor(async () => new Set(await Promise.all(h.topo.urls.map(latestVersion))).size === 1, 15_000, 'every instance to report the same latest version');
  const before = await latestVersion(url);
  const none = await postChange(url, '/config/correction', { op: 'shift-round', roundId: 'r3', deltaMs: 1000 }, null);
  t.equal(none.status, 401);
  t.equal((none.body as { code: string }).code, 'UNAUTHORIZED');
  const wrong = await postChange(url, '/config/correction', { op: 'shift-round', roundId: 'r3', deltaMs: 1000 }, `${TOKEN}x`);
  t.equal(wrong.status, 401);
  const doc = await (await fetch(`${url}/config`)).json();
  t.equal((await postChange(url, '/config', { document: doc }, null)).status, 401, 'whole document without token');
  t.equal((await postChange(url, '/config/rollback', { version: 1 }, 'nope')).status, 401, 'rollback without a valid token');
  await new Promise((r) => setTimeout(r, 700));
  for (const u of h.topo.urls) t.equal(await latestVersion(u), before, `${u} still at v${before}`);
  for (const g of h.gateways) t.equal(g.latestApplied, before, `${g.id} still at v${before}`);
});

t.test('an invalid document is refused with the reasons and changes nothing', async (t) => {
  const url = h.topo.urls[2];
  const before = await latestVersion(url);
  const doc = (await (await fetch(`${url}/config`)).json()) as Record<string, unknown> & { rounds: { startMs: number; endMs: number }[] };
  doc.rounds[0].endMs = doc.rounds[0].startMs - 1;
  (doc as Record<string, unknown>).caps = { packetsPerUser: 1, packetsPerSponsor: 2 };
  (doc as Record<string, unknown>).fleet = [];
  const r = await postChange(url, '/config', { document: doc });
  t.equal(r.status, 400);
  const err = r.body as { code: string; details: { errors: { path: string; reason: string }[] } };
  t.equal(err.code, 'SHOW_CONFIG_INVALID');
  const paths = err.details.errors.map((e) => e.path);
  t.ok(paths.includes('rounds[0].endMs'), 'names rounds[0].endMs');
  t.ok(paths.includes('caps.packetsPerSponsor'), 'names caps.packetsPerSponsor (above the per-user cap)');
  t.ok(paths.includes('fleet'), 'names fleet (empty)');
  const overlap = await postChange(url, '/config/correction', { op: 'shift-round', roundId: 'r1', deltaMs: 3_600_000 });
  t.equal(overlap.status, 400, 'a correction that would overlap rounds is refused');
  await new Promise((r) => setTimeout(r, 700));
  for (const u of h.topo.urls) t.equal(await latestVersion(u), before, `${u} still at v${before}`);
  for (const g of h.gateways) t.equal(g.latestApplied, before, `${g.id} still at v${before}`);
});

t.test('the instances show every gateway running the latest version with its clock report', async (t) => {
  await new Promise((r) => setTimeout(r, 1200));
  const latest = await latestVersion(h.topo.urls[0]);
  for (const url of [h.topo.urls[0], h.topo.urls[5]]) {
    const gws = (await (await fetch(`${url}/gateways`)).json()) as { gatewayId: string; configVersion: number; behind: boolean; stale: boolean }[];
    for (const g of h.gateways) {
      const row = gws.find((x) => x.gatewayId === g.id);
      t.ok(row, `${url} lists ${g.id}`);
      t.equal(row?.configVersion, latest, `${g.id} at v${latest} per ${url}`);
      t.equal(row?.behind, false);
    }
  }
});
