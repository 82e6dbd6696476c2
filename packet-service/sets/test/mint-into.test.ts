/**
 * A third SET added during a run for newly minted (recycled) packets, with real
 * processes on a 3-node JetStream cluster: two SETs recycle unshared split amounts
 * (minted in their own books); then SET 2 starts and every SET is opened to mint
 * into SETs 0, 1 and 2. Money recycled from then on is minted for the SET its
 * source id picks; a mint for another SET reaches that SET's book as a MINT entry
 * before the agents can see it. Every minted packet is paid by the SET its id
 * carries, old packets stay where they were, nothing moves, and one reconciliation
 * over the three SETs is exact.
 */
import t from 'tap';
import fs from 'node:fs';
import { JetStreamPublisher } from '../../../queue/jetstream-publisher.ts';
import { startCluster } from '../../../queue/test/cluster-fixture.ts';
import { packetIdToString } from '../../../seed-splitter/format/ids.ts';
import { mintTarget } from '../../../contracts/sets.ts';
import { serviceAuthHeaders } from '../../../common/service-auth.ts';
import { bookInDir, pid, reconcileSeeds, tempDir, type Seed } from '../../test/helpers.ts';
import type { RecycledItem } from '../../shard/messages.ts';
import { setInId, setOfPacket } from '../set-of-packet.ts';
import { entry, health, queueFor, rowsOf, SERVICE_TOKEN, setConfig, startSet, stopSet, waitFor, type SetProc } from './set-harness.ts';

const HALF = 90;
const OPEN_ALL = [0, 1, 2];
const top = { shareDeadlineMs: 1500, sweepIntervalMs: 200 };

/** One packet per user (no cap refuses), each with a split amount nobody shares: it is recycled after the deadline. */
function seeds(): Seed[] {
  return Array.from({ length: 2 * HALF }, (_, i) => ({ packetId: pid((i + 1) * 104_729), userId: `u${i}`, sponsorId: `s${i % 3}`,
    amountCents: 100 + (i % 37), shares: 3, shareAmountCents: 60 + (i % 5) * 3 }));
}

/** Everything a SET exported on GET /recycled so far (the agents' view), from the start. */
async function recycledOf(p: SetProc): Promise<RecycledItem[]> {
  const out: RecycledItem[] = [];
  let since = '';
  for (;;) {
    const res = await fetch(`http://127.0.0.1:${p.port}/recycled?limit=1000${since ? `&since=${since}` : ''}`, { headers: serviceAuthHeaders(SERVICE_TOKEN) });
    const body = (await res.json()) as { items: RecycledItem[]; next: string };
    out.push(...body.items);
    if (body.items.length === 0) return out;
    since = body.next;
  }
}

const bookIds = (p: SetProc) => new Set(rowsOf<{ id: number }>(p.dataDir, 'SELECT id FROM t_packet').map((r) => packetIdToString(r.id)));

t.test('a third SET opened for new packets: recycled money minted there is paid there; nothing moves', async (t) => {
  const cluster = await startCluster(t, SERVICE_TOKEN);
  const dir = tempDir('ps-mint-');
  const sets: SetProc[] = [];
  t.teardown(async () => { for (const s of sets) await stopSet(s, 'SIGKILL'); fs.rmSync(dir, { recursive: true, force: true }); });
  const all = seeds();
  for (let i = 0; i < 2; i++) sets.push(await setConfig(dir, i, cluster.urls, 2, { top }));
  await Promise.all(sets.map((s) => bookInDir(s.dataDir, 2, all, { index: s.index, seedSets: 2, capSets: 2 })));
  await Promise.all(sets.map(startSet));
  const pub = await JetStreamPublisher.create(queueFor(cluster.urls, 3), { serviceToken: SERVICE_TOKEN });
  t.teardown(() => pub.close());
  const exported = async (ss: SetProc[]) => (await Promise.all(ss.map(recycledOf))).flat();

  // Phase A, two SETs minting in their own books (as before).
  await Promise.all(all.slice(0, HALF).map((s) => pub.publish(entry('open', s))));
  await waitFor('phase A split amounts recycled', async () => (await exported(sets)).length === HALF);
  const old = await exported(sets);
  t.ok(old.every((r) => r.mint && setInId(r.mint.packetId) === setOfPacket(r.packetId, 2)), 'before SET 2: each mint carries the SET that recycled it');
  const before = sets.map(bookIds);

  // SET 2 added; every SET is opened to mint into 0, 1 and 2 (a restart with the deployment's new list).
  const third = await setConfig(dir, 2, cluster.urls, 3, { top, mintInto: OPEN_ALL });
  await startSet(third);
  for (const s of sets) {
    await stopSet(s);
    await setConfig(dir, s.index, cluster.urls, 3, { top, mintInto: OPEN_ALL }, s.port);
    await startSet(s);
  }
  sets.push(third);

  // Phase B: recycled from now on, minted for the SET each source id picks.
  await Promise.all(all.slice(HALF).map((s) => pub.publish(entry('open', s))));
  await waitFor('phase B split amounts recycled and exported', async () => (await exported(sets)).length === 2 * HALF);
  const items = await exported(sets);
  t.equal((await recycledOf(third)).length, 0, 'SET 2 recycled nothing: it holds no seed');
  const fresh = items.filter((r) => !old.some((o) => o.packetId === r.packetId));
  t.equal(fresh.length, HALF);
  for (const r of fresh) if (setInId(r.mint!.packetId) !== mintTarget(r.packetId, OPEN_ALL)) t.fail(`mint of ${r.packetId} for the wrong SET`);
  const forThird = fresh.filter((r) => setInId(r.mint!.packetId) === 2);
  t.ok(forThird.length > HALF / 6, `SET 2 took a share of the new mints (${forThird.length} of ${HALF})`);
  t.ok([0, 1].every((s) => forThird.some((r) => setOfPacket(r.packetId, 2) === s)), 'both old SETs minted for SET 2');
  const outbox = [0, 1].flatMap((i) => rowsOf<{ target_set: number; published_at_ms: number | null }>(sets[i].dataDir, 'SELECT target_set, published_at_ms FROM t_mint_out'));
  t.equal(outbox.length, fresh.filter((r) => setInId(r.mint!.packetId) !== setOfPacket(r.packetId, 2)).length, 'one outbox row per mint for another SET');
  t.ok(outbox.every((o) => o.published_at_ms !== null), 'every exported mint was published first');

  // The agents feed every mint (old and new); phones open them: each is paid by the SET its id carries.
  const mints: Seed[] = items.map((r, i) => ({ packetId: r.mint!.packetId, userId: `v${i}`, sponsorId: r.sponsorId, amountCents: r.mint!.amountCents,
    shares: r.mint!.shares, shareAmountCents: r.mint!.shareAmountCents }));
  const applied0 = await Promise.all(sets.map(async (s) => (await health(s)).applied));
  await Promise.all(mints.map((s) => pub.publish(entry('open', s))));
  const state = new Map<string, string>();
  await waitFor('every mint opened', async () => {
    state.clear();
    for (const s of sets) for (const r of rowsOf<{ id: number; state: string }>(s.dataDir, 'SELECT id, state FROM t_packet')) state.set(`${s.index}:${packetIdToString(r.id)}`, r.state);
    return mints.every((m) => state.get(`${setInId(m.packetId)}:${m.packetId}`) === 'opened');
  });
  const applied = await Promise.all(sets.map(async (s, i) => (await health(s)).applied - applied0[i]));
  t.same(applied, [0, 1, 2].map((i) => mints.filter((m) => setInId(m.packetId) === i).length), `each SET applied the opens of its own mints (${applied.join(' / ')})`);

  // Nothing moved: old books kept every packet; SET 2 holds only what was minted for it; no packet in two books.
  const after = sets.map(bookIds);
  for (const i of [0, 1]) {
    t.ok([...before[i]].every((id) => after[i].has(id)), `SET ${i} kept every packet it held`);
    t.ok([...after[i]].filter((id) => !before[i].has(id)).every((id) => setInId(id) === i), `SET ${i}'s new packets are its own mints only`);
  }
  t.same([...after[2]].sort(), forThird.map((r) => r.mint!.packetId).sort(), 'SET 2\'s book: exactly the packets minted for it');
  const seen = [...after[0], ...after[1], ...after[2]];
  t.equal(new Set(seen).size, seen.length, 'no packet is held by two SETs');

  // One reconciliation over the three SETs: every cent of every seed accounted for, mints included.
  await waitFor('queues drained', async () => (await Promise.all(sets.map(health))).every((h) => h.queueLag === 0));
  for (const s of sets) await stopSet(s);
  const rec = reconcileSeeds(dir, all, sets.map((s) => s.dataDir));
  const report = JSON.parse(rec.stdout || '{}') as { differences: string[] };
  t.same(report.differences, [], 'one reconciliation over three SETs: no difference');
  t.equal(rec.status, 0, `reconcile exits 0 ${rec.stderr}`);
});
