/**
 * Recycling against the real money service (packet-service, HTTP GET /recycled):
 * packets the harness gateway issued are opened; unshared split amounts pass
 * their share deadline and one packet is refused at the per-user cap. The
 * money side mints new packets for that money (recycled-id scheme, its own
 * machine index) and the agent of the machine that issued the sources feeds them; the other machine's agent takes none.
 * Accounting: sources are "recycled", minted packets are each in one state.
 */
import t from 'tap';
import path from 'node:path';
import { rmSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import pino from 'pino';
import { makeSplit } from './seed-fixture.ts';
import { GatewayHarness, showWithRound } from './gateway-harness.ts';
import { agentConfig, shortSocketPath } from './agent-fixture.ts';
import { startAgent } from '../agent.ts';
import { DEV_SECRETS } from '../../common/secrets.ts';
import { accountPart } from '../accounting/account.ts';
import { makeConfig } from '../../packet-service/config.ts';
import { PacketService } from '../../packet-service/service.ts';
import { createHttpServer, listen } from '../../packet-service/http.ts';
import { isRecycledId, parsePacketId, recycledIdParts } from '../../seed-splitter/format/index.ts';
import { MONEY_MACHINE_BASE } from '../../packet-service/shard/book-ops.ts';

const silent = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

t.test('returned money comes back as new packets on the machine that issued it', async (t) => {
  const dir = t.testdir();
  const split = makeSplit(dir, { count: 600, machines: ['gw-1', 'gw-2'] });
  let clock = Date.now();
  const psDir = mkdtempSync(path.join(tmpdir(), 'agent-recycle-ps-'));
  const svc = new PacketService(makeConfig({ dataDir: psDir, shardCount: 2, shareDeadlineMs: 60_000, synchronous: 'NORMAL' }), { clock: () => clock, logger: silent });
  await svc.importSeedFiles([path.join(dir, 'original.seed')]);
  // The agent presents its configured service credential (the development one in agentConfig()).
  const serviceToken = DEV_SECRETS.service;
  const server = createHttpServer(svc, { serviceToken });
  const port = await listen(server, '127.0.0.1', 0);
  t.teardown(async () => { await new Promise((r) => server.close(r)); await svc.close(); rmSync(psDir, { recursive: true, force: true }); });

  const sock = shortSocketPath(t);
  const now = Date.now();
  const h = new GatewayHarness({ socketPath: sock, dataDir: dir, gatewayId: 'gw-1',
    show: showWithRound({ startMs: now, endMs: now + 120_000, ratePerSec: 200, fleet: [{ gatewayId: 'gw-1', weight: 1 }] }) });
  await h.start();
  t.teardown(() => h.close());
  const cfg = agentConfig(dir, split, { socketPath: sock, issuedDbPath: h.issuedPath });
  cfg.recycle = { sourceUrl: `http://127.0.0.1:${port}`, pollIntervalMs: 50, pageLimit: 1000 };
  // Room in the pool for everything this test feeds: with the default target (200) the pool could fill up before the
  // agent minted the recycled packets, which then (rightly) waited in its queue and the test saw none fed.
  cfg.feed.poolTargetLevel = 1000;
  const agent = await startAgent(cfg, silent);
  t.teardown(() => agent.close());
  // gw-2's agent polls the same money service; it must mint nothing for gw-1's packets.
  const sock2 = shortSocketPath(t);
  const cfg2 = agentConfig(dir, split, { gatewayId: 'gw-2', socketPath: sock2, issuedDbPath: path.join(dir, 'gw-2-issued.db') });
  cfg2.recycle = cfg.recycle;
  const agent2 = await startAgent(cfg2, silent);
  t.teardown(() => agent2.close());

  // Wait (a condition, not a fixed time: the agent may connect late on a loaded machine) for enough packets fed.
  for (const until = Date.now() + 60_000; h.producer.level() < 60 && Date.now() < until;) await sleep(50);
  h.stopTaking();
  const taken: { packetId: string; sponsorId: string; amountCents: number; shares: number; shareAmountCents: number }[] = [];
  for (let p = h.consumer.next(); p && taken.length < 40; p = h.consumer.next()) {
    taken.push({ packetId: p.packetId, sponsorId: p.sponsorId, amountCents: Number(p.amountCents), shares: p.shares, shareAmountCents: Number(p.shareAmountCents) });
  }
  h.consumer.rewind();
  t.equal(h.takeOnce(40), 40, '40 issued');

  const withShares = taken.filter((p) => p.shares > 0).slice(0, 6);
  const plain = taken.filter((p) => p.shares === 0);
  t.ok(withShares.length >= 3 && plain.length >= 4, 'the seed has both kinds');
  for (const [i, p] of withShares.entries()) {
    const r = await svc.apply({ opId: `open:${p.packetId}`, entryId: `gw-1:o${i}`, kind: 'open', roundId: 'r1', userId: `winner-${i}`, ...p });
    t.notMatch(r.outcome, /refused|invalid/, `opened (${r.outcome})`);
  }
  // One user wins 4 plain packets: the 4th is refused at the cap (3) and returned whole.
  for (const [i, p] of plain.slice(0, 4).entries()) await svc.apply({ opId: `open:${p.packetId}`, entryId: `gw-1:c${i}`, kind: 'open', roundId: 'r1', userId: 'greedy', ...p });
  clock += 61_000;
  await svc.sweep();
  const exported = (await svc.recycled(undefined)).items;
  t.equal(exported.length, withShares.length + 1, 'money service exports the unshared amounts and the refused packet');

  for (const until = Date.now() + 60_000; ((await agent.status()) as any).recycle.minted < withShares.length + 1 && Date.now() < until;) await sleep(50);
  for (const until = Date.now() + 60_000; ((await agent2.status()) as any).recycle.itemsSeen < withShares.length + 1 && Date.now() < until;) await sleep(50);
  const st = (await agent.status()) as any;
  t.match(st.recycle, { minted: withShares.length + 1, refused: 0 });
  const st2 = (await agent2.status()) as any;
  t.match(st2.recycle, { minted: 0, notMine: withShares.length + 1 }, 'the other machine re-issues none of them');

  // Minting queues the packets; the feed hands them to the gateway at its rate. Closing before then left them queued.
  for (const until = Date.now() + 60_000; ((await agent.status()) as any).feed.queueLength > 0 && Date.now() < until;) await sleep(50);
  await agent.close();
  const rep = accountPart({ stateDir: cfg.stateDir, partPath: cfg.seedPartPath, manifestPath: cfg.manifestPath, machineId: 'gw-1',
    issuedDbPath: h.issuedPath, aliveGatewayStartedAtMs: h.startedAtMs, gatewayPoolLevel: h.producer.level(), perPacket: true });
  t.same(rep.violationCounts, {});
  t.equal(rep.mintedRecycled, withShares.length + 1);
  t.equal(rep.seeds.recycled, withShares.length + 1, 'the sources are accounted as recycled');
  t.equal(rep.recycledPackets.in_pool + rep.recycledPackets.queued + rep.recycledPackets.issued, withShares.length + 1);
  t.ok(rep.recycledPackets.in_pool > 0, 'minted packets were fed to the gateway');
  const minted = Object.keys(rep.states!).filter((id) => isRecycledId(parsePacketId(id)));
  t.equal(minted.length, withShares.length + 1);
  t.ok(minted.every((id) => recycledIdParts(parsePacketId(id)).machineIndex >= MONEY_MACHINE_BASE), 'ids minted by the money side (its machine index)');
  const exportedMints = new Set(exported.map((i) => i.mint?.packetId));
  t.ok(minted.every((id) => exportedMints.has(id)), 'the agent feeds exactly the packets the money side minted');
  t.equal(new Set(minted).size, minted.length, 'all new ids');
});
