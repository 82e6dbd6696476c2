/**
 * A running round whose sponsors hold nothing on this machine, while other
 * sponsors' packets remain, is a problem the operator sees: in the agent's
 * /status (feed.problem AGENT_ROUND_UNFED) and as a failing line of the
 * deployment's health table, not only as a quiet `exhausted` flag.
 */
import t from 'tap';
import pino from 'pino';
import { makeSplit } from './seed-fixture.ts';
import { GatewayHarness, showWithRound } from './gateway-harness.ts';
import { agentConfig, shortSocketPath } from './agent-fixture.ts';
import { startAgent } from '../agent.ts';
import { checkHealth } from '../../ops/deploy/health.ts';
import type { DeploymentInfo } from '../../ops/deploy/types.ts';

const silent = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

t.test('a round naming sponsors this machine does not hold is reported as a problem', async (t) => {
  const dir = t.testdir();
  const sock = shortSocketPath(t);
  const split = makeSplit(dir, { count: 500, machines: ['gw-1'], sponsors: ['sponsor-01', 'sponsor-02'] });
  const h = new GatewayHarness({
    socketPath: sock, dataDir: dir, gatewayId: 'gw-1',
    show: showWithRound({ startMs: Date.now() - 1000, endMs: Date.now() + 60_000, ratePerSec: 100, fleet: [{ gatewayId: 'gw-1', weight: 1 }], sponsorIds: ['sponsor-a'] }),
  });
  await h.start();
  t.teardown(() => h.close());
  const agent = await startAgent(agentConfig(dir, split, { socketPath: sock, issuedDbPath: h.issuedPath }), silent);
  t.teardown(() => agent.close());

  let feed: any = null;
  for (let i = 0; i < 100 && !feed?.problem; i++) {
    feed = ((await agent.status()) as any).feed;
    await new Promise((r) => setTimeout(r, 100));
  }
  t.equal(feed.exhausted, true, 'nothing to feed for the round');
  t.equal(feed.problem?.code, 'AGENT_ROUND_UNFED', 'a problem in /status, with a code');
  t.match(feed.problem?.message, /round r1: its sponsors \(sponsor-a\) have no packets left here, while 500 packets of other sponsors remain/);
  t.equal(feed.fedTotal, 0);

  const info = {
    gateways: [{ id: 'gw-1', adminUrl: 'http://127.0.0.1:9', agentComponent: 'agent-gw-1', agentAdminUrl: `http://127.0.0.1:${agent.adminPort}` }],
    money: { url: 'http://127.0.0.1:9' }, config: { urls: [] }, nats: null,
  } as unknown as DeploymentInfo;
  const line = (await checkHealth(info)).find((l) => l.component === 'agent-gw-1')!;
  t.equal(line.ok, false, 'the health table marks the agent');
  t.match(line.detail, /AGENT_ROUND_UNFED/);
});
