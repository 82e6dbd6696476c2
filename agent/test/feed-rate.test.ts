/**
 * The agent (in-process) feeds a real AgentLinkServer + PoolProducer at its
 * fleet share of the round's rate, in exact per-second counts, only during
 * the round, never above the pool target; accounting balances afterwards.
 */
import t from 'tap';
import { parsePrometheusText, histogramProblems } from '../../test/helpers/prometheus-text.ts';
import path from 'node:path';
import pino from 'pino';
import { makeSplit } from './seed-fixture.ts';
import { GatewayHarness, showWithRound } from './gateway-harness.ts';
import { agentConfig, rateFigures, shortSocketPath } from './agent-fixture.ts';
import { startAgent } from '../agent.ts';
import { accountPart } from '../accounting/account.ts';

const silent = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

t.test('feeds its share at a constant rate during the round only', async (t) => {
  const dir = t.testdir();
  const sock = shortSocketPath(t);
  const split = makeSplit(dir, { count: 4000, machines: ['gw-1', 'gw-2'] });
  const startMs = Math.ceil(Date.now() / 1000) * 1000 + 2000; // round starts 500 ms before: a partial second first, then whole ones
  const endMs = startMs + 3000;
  const times: number[] = [];
  const h = new GatewayHarness({
    socketPath: sock, dataDir: dir, gatewayId: 'gw-1',
    show: showWithRound({ startMs: startMs - 500, endMs, ratePerSec: 200, fleet: [{ gatewayId: 'gw-1', weight: 1 }, { gatewayId: 'gw-2', weight: 1 }] }),
    onOffered: (n, at) => { for (let i = 0; i < n; i++) times.push(at); },
  });
  await h.start();
  h.startTaking(2);
  t.teardown(() => h.close());
  const cfg = agentConfig(dir, split, { socketPath: sock, issuedDbPath: h.issuedPath });
  const agent = await startAgent(cfg, silent);
  t.teardown(() => agent.close());
  t.equal(agent.feedRefusal(), null, 'part accepted');
  await sleep(endMs - Date.now() + 400);

  t.ok(times.every((x) => x >= startMs - 500 && x < endMs + 20), 'nothing fed outside the round');
  const f = rateFigures(times, startMs, endMs);
  // Exact (100 per second) when the process is not starved; under CPU contention (parallel test files on a
  // 2-core box) a slot can be missed — never made up by a burst — and the agent counts it. The 1 % criterion
  // itself is measured by bench/agent-release-rate.ts.
  const missed = ((await agent.status()) as any).feed.slotsMissed as number;
  t.ok(f.perSecond.every((n) => n <= 101), `never above the share in a second (${f.perSecond.join(' ')})`);
  t.equal(times.length + missed, 350, `every slot of the round fed or counted missed (fed ${times.length}, missed ${missed})`);
  t.ok(missed <= 35, `few misses even under contention (${missed} of 350 slots; the starved process skips slots rather than bursting)`);
  const partial = times.filter((x) => x < startMs).length;
  t.ok(partial <= 51, `at most ~50 in the first half second (${partial})`);
  t.ok(f.max100ms <= 12, `no 100 ms window above 1.2x share (max ${f.max100ms})`);
  if (process.env.DEBUG_TIMES) console.error(times.map((x) => x - startMs + 500).join(' '));

  const st = await agent.status() as any;
  t.equal(st.link.connected, true);
  t.equal(st.feed.fedTotal, times.length, 'status fedTotal matches what the pool received');
  const metrics = await (await fetch(`http://127.0.0.1:${agent.adminPort}/metrics`)).text();
  t.match(metrics, /agent_fed_total \d+/);
  t.match(metrics, /agent_pool_level \d+/);
  const fams = parsePrometheusText(metrics);
  t.equal(fams.get('agent_fed_total')?.samples[0].value, st.feed.fedTotal, 'fed total: /metrics = /status');
  t.ok(fams.has('nodejs_eventloop_lag_seconds') && fams.has('process_cpu_seconds_total'), 'process and event-loop metrics');
  for (const [name, f] of fams) if (f.type === 'histogram') t.same(histogramProblems(f).filter((p) => !/no samples/.test(p)), [], `${name} well formed`);
  t.equal((await fetch(`http://127.0.0.1:${agent.adminPort}/health`)).status, 200, '/health answers');

  await agent.close();
  await sleep(50);
  const rep = accountPart({ stateDir: cfg.stateDir, partPath: cfg.seedPartPath, manifestPath: cfg.manifestPath, machineId: 'gw-1',
    issuedDbPath: h.issuedPath, aliveGatewayStartedAtMs: h.startedAtMs, gatewayPoolLevel: h.producer.level() });
  t.same(rep.violationCounts, {}, 'no accounting violations');
  t.equal(rep.seedsAccounted, rep.partRecords, 'each seed counted once');
  t.equal(rep.seeds.issued + rep.seeds.in_pool, times.length, 'fed = issued + in pool');
  t.equal(rep.seeds.unfed, rep.partRecords - times.length);
});

t.test('never fills the pool above the target; pauses when no one takes', async (t) => {
  const dir = t.testdir();
  const sock = shortSocketPath(t);
  const split = makeSplit(dir, { count: 2000, machines: ['gw-1'] });
  const startMs = Date.now() + 300;
  const h = new GatewayHarness({
    socketPath: sock, dataDir: dir, gatewayId: 'gw-1', capacity: 50,
    show: showWithRound({ startMs, endMs: startMs + 60_000, ratePerSec: 400, fleet: [{ gatewayId: 'gw-1', weight: 1 }] }),
  });
  await h.start();
  t.teardown(() => h.close());
  const cfg = agentConfig(dir, split, { socketPath: sock, issuedDbPath: h.issuedPath });
  cfg.feed.poolTargetLevel = 30;
  const agent = await startAgent(cfg, silent);
  t.teardown(() => agent.close());
  let maxLevel = 0;
  const poll = setInterval(() => { maxLevel = Math.max(maxLevel, h.producer.level()); }, 2);
  await sleep(1200);
  t.equal(h.producer.level(), 30, 'filled to the target');
  h.takePerTick = 5;
  h.startTaking(50); // 100/s taken, 400/s allowed: the agent only tops up
  await sleep(1000);
  clearInterval(poll);
  t.ok(maxLevel <= 30, `pool level never above the target (max ${maxLevel})`);
  h.stopTaking();
  await agent.close();
  const rep = accountPart({ stateDir: cfg.stateDir, partPath: cfg.seedPartPath, manifestPath: cfg.manifestPath, machineId: 'gw-1',
    issuedDbPath: h.issuedPath, aliveGatewayStartedAtMs: h.startedAtMs, gatewayPoolLevel: h.producer.level() });
  t.same(rep.violationCounts, {});
  t.equal(rep.seeds.in_pool, h.producer.level());
  t.equal(rep.seeds.issued, h.issuedCount);
});

t.test('a low rate is met when each FeedAck takes longer than a slot (regression: one packet per round trip)', async (t) => {
  // 60/s is a slot every ~17 ms; a gateway answering each batch after ~25 ms (a loaded machine) used to
  // cap the feed at one packet per round trip (~39/s). Batches now cover the round trip's share.
  const dir = t.testdir();
  const sock = shortSocketPath(t);
  const split = makeSplit(dir, { count: 2000, machines: ['gw-1'] });
  const startMs = Math.ceil(Date.now() / 1000) * 1000 + 2000;
  const endMs = startMs + 3000;
  const times: number[] = [];
  const busyWait = (ms: number) => { const until = Date.now() + ms; while (Date.now() < until) { /* the gateway is slow to answer */ } };
  const h = new GatewayHarness({
    socketPath: sock, dataDir: dir, gatewayId: 'gw-1',
    show: showWithRound({ startMs, endMs, ratePerSec: 60, fleet: [{ gatewayId: 'gw-1', weight: 1 }] }),
    onOffered: (n, at) => { for (let i = 0; i < n; i++) times.push(at); busyWait(25); },
  });
  await h.start();
  h.startTaking(2);
  t.teardown(() => h.close());
  const agent = await startAgent(agentConfig(dir, split, { socketPath: sock, issuedDbPath: h.issuedPath }), silent);
  t.teardown(() => agent.close());
  await sleep(endMs - Date.now() + 400);
  const f = rateFigures(times, startMs, endMs);
  t.ok(times.length >= 0.85 * 180, `fed ${times.length} of the round's 180 (${f.perSecond.join(' ')} per second)`);
  t.ok(f.perSecond.every((n) => n <= 61), 'never above the rate in a second');
});
