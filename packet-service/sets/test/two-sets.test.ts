/**
 * Two money SET processes on a real 3-node JetStream cluster: every acknowledged
 * open/share is paid by the SET that owns the packet, none twice; caps hold for
 * users whose packets live on different SETs (decided once by the user's cap SET);
 * one SET killed (SIGKILL) for ~10 s: the other keeps paying, the killed one drains
 * its backlog after restart; a third SET added for newly minted packets pays them
 * and nothing moves; one reconciliation over all SETs is exact.
 */
import t from 'tap';
import fs from 'node:fs';
import { JetStreamPublisher } from '../../../queue/jetstream-queue.ts';
import { startCluster } from '../../../queue/test/cluster-fixture.ts';
import { packetIdToString } from '../../../seed-splitter/format/ids.ts';
import { bookInDir, pid, reconcileSeeds, tempDir, type Seed } from '../../test/helpers.ts';
import { mintedId, setOfPacket } from '../set-of-packet.ts';
import { entry, health, queueFor, rowsOf, SERVICE_TOKEN, setConfig, startSet, stopSet, waitFor, type SetProc } from './set-harness.ts';

const USERS = 240;
const PER_USER = 5;

/** Each user opens 5 packets of sponsors s0 s1 s2 s3 s0 (3 may pay: the 4th distinct sponsor hits the user cap, the 2nd s0 the sponsor cap). */
function seeds(): Seed[] {
  const out: Seed[] = [];
  for (let u = 0; u < USERS; u++) for (let k = 0; k < PER_USER; k++) {
    const n = 1 + u * PER_USER + k;
    const shares = k === 1 ? 3 : 0;
    out.push({ packetId: pid(n * 104_729), userId: `u${u}`, sponsorId: `s${k % 4}`, amountCents: 100 + (n % 37), shares, shareAmountCents: shares * 20 });
  }
  return out;
}

t.test('two SETs pay their own packets; caps across SETs; kill one; add a third', async (t) => {
  const cluster = await startCluster(t, SERVICE_TOKEN);
  const dir = tempDir('ps-sets-');
  const sets: SetProc[] = [];
  t.teardown(async () => { for (const s of sets) await stopSet(s, 'SIGKILL'); fs.rmSync(dir, { recursive: true, force: true }); });
  const all = seeds();
  for (let i = 0; i < 2; i++) sets.push(await setConfig(dir, i, cluster.urls, 2));
  const imported = await Promise.all(sets.map((s) => bookInDir(s.dataDir, 2, all, { index: s.index, seedSets: 2, capSets: 2 })));
  t.equal(imported[0].inserted + imported[1].inserted, all.length, 'the seed import put each packet into exactly one SET');
  for (const s of sets) {
    const ids = rowsOf<{ id: number }>(s.dataDir, 'SELECT id FROM t_packet').map((r) => packetIdToString(r.id));
    t.ok(ids.length > all.length / 4 && ids.every((id) => setOfPacket(id, 2) === s.index), `SET ${s.index} holds only its own packets (${ids.length})`);
  }
  await Promise.all(sets.map(startSet));

  const pub = await JetStreamPublisher.create(queueFor(cluster.urls, 2), { serviceToken: SERVICE_TOKEN });
  t.teardown(() => pub.close());
  const publishAll = (xs: Seed[]) => Promise.all(xs.map((s) => pub.publish(entry('open', s))));
  const publishShares = (xs: Seed[]) => Promise.all(xs.filter((s) => s.shares).map((s) => pub.publish(entry('share', s))));
  // Phase A: 60% of the users' opens (and their shares, each after its open).
  const cut = Math.floor(USERS * 0.6) * PER_USER;
  await publishAll(all.slice(0, cut));
  await publishShares(all.slice(0, cut));
  await waitFor('SET 1 paying', async () => (await health(sets[1])).applied > 50);

  // SET 1 killed mid-run and kept down ~10 s; phase B is published meanwhile.
  await stopSet(sets[1], 'SIGKILL');
  const killedAt = Date.now();
  const before0 = (await health(sets[0])).applied;
  await publishAll(all.slice(cut));
  await publishShares(all.slice(cut));
  await waitFor('SET 0 paying while SET 1 is down', async () => (await health(sets[0])).applied > before0 + 20, 30_000);
  const during0 = (await health(sets[0])).applied - before0;
  await new Promise((r) => setTimeout(r, Math.max(0, 10_000 - (Date.now() - killedAt)))); // the outage lasts 10 s
  t.ok(during0 > 20, `SET 0 kept paying while SET 1 was down (${during0} operations)`);
  await startSet(sets[1]);
  await waitFor('both SETs drained', async () => (await Promise.all(sets.map(health))).every((h) => h.queueLag === 0));

  // Every open paid (or refused by a cap) in the SET that owns its packet, once.
  const capRows = [...rowsOf<{ packet_id: string; user_id: string; sponsor_id: string; decision: string }>(sets[0].dataDir, 'SELECT * FROM t_cap'),
    ...rowsOf<{ packet_id: string; user_id: string; sponsor_id: string; decision: string }>(sets[1].dataDir, 'SELECT * FROM t_cap')];
  t.equal(capRows.length, all.length, 'one cap decision per opened packet, over both SETs');
  t.equal(new Set(capRows.map((r) => r.packet_id)).size, all.length, 'no packet decided twice');
  const admitted = new Map<string, number>();
  for (const r of capRows) if (r.decision === 'admitted') admitted.set(r.user_id, (admitted.get(r.user_id) ?? 0) + 1);
  t.same([...new Set(admitted.values())], [3], 'every user admitted exactly 3 packets, wherever their packets live');
  const split = all.filter((s) => s.userId === 'u0').map((s) => setOfPacket(s.packetId, 2));
  t.ok(new Set(all.map((s) => s.userId)).size === USERS && split.length === PER_USER, `u0's packets live on SETs ${split.join(',')}`);

  // One reconciliation over both SETs (read-only, from their data dirs): every cent of every seed accounted for.
  const rec = reconcileSeeds(dir, all, sets.map((s) => s.dataDir));
  const report = JSON.parse(rec.stdout || '{}') as { ok: boolean; differences: string[]; counts: { seeds: number; capRows: number } };
  t.same(report.differences, [], 'one reconciliation over both SETs: no difference');
  t.equal(rec.status, 0, `reconcile exits 0 ${rec.stderr}`);
  t.equal(report.counts.seeds, all.length, 'every acknowledged open recorded exactly once over both SETs');
  t.equal(report.counts.capRows, all.length, 'and decided once');

  // A third SET for newly minted packets: ids carrying SET 2 go there; the other SETs get nothing new.
  const third = await setConfig(dir, 2, cluster.urls, 3);
  sets.push(third);
  const minted: Seed[] = Array.from({ length: 40 }, (_, i) => ({ packetId: packetIdToString(mintedId(2, i % 2, 1000 + i)), userId: `v${i}`, sponsorId: 's1',
    amountCents: 500 + i, shares: 0, shareAmountCents: 0 }));
  t.equal((await bookInDir(third.dataDir, 2, minted, { index: 2, seedSets: 2, capSets: 2 })).inserted, minted.length);
  await startSet(third);
  const applied01 = await Promise.all(sets.slice(0, 2).map(async (s) => (await health(s)).applied));
  const pub3 = await JetStreamPublisher.create(queueFor(cluster.urls, 3), { serviceToken: SERVICE_TOKEN });
  t.teardown(() => pub3.close());
  await Promise.all(minted.map((s) => pub3.publish(entry('open', s))));
  await waitFor('SET 2 paid its packets', async () => (await health(third)).applied === minted.length && (await health(third)).queueLag === 0);
  t.same(await Promise.all(sets.slice(0, 2).map(async (s) => (await health(s)).applied)), applied01, 'SETs 0 and 1 applied nothing of them');
  t.equal(rowsOf<{ n: number }>(third.dataDir, 'SELECT count(*) AS n FROM t_cap').reduce((a, r) => a + r.n, 0), 0, 'SET 2 decides no caps: it asked its users\' cap SETs');
  const mintedIds = new Set(minted.map((s) => s.packetId));
  for (const s of sets) {
    const ids = rowsOf<{ id: number }>(s.dataDir, 'SELECT id FROM t_packet').map((r) => packetIdToString(r.id));
    t.ok(ids.every((id) => setOfPacket(id, 2) === s.index), `SET ${s.index}'s book holds only its own packets (the ones it minted for capped money carry its SET)`);
    if (s.index < 2) t.notOk(ids.some((id) => mintedIds.has(id)), `SET ${s.index} holds none of SET 2's packets: nothing moved`);
  }

  for (const s of sets) await stopSet(s);
});
