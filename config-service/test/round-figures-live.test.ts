/**
 * The live picture end to end: a real gateway process counts a round's packets
 * (fed, issued, opened, shared) and its pool level, reports them to a real
 * config instance, and /api/state shows the fleet's figures for the round and
 * warns when the gateway's pool is empty while the round runs; the console
 * page shows both (headless Chromium).
 */
import t from 'tap';
import { chromium } from 'playwright-core';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { startGatewayProcess } from '../../test/helpers/gateway-process.ts';
import { startConfigInstance } from '../../test/helpers/config-instance-process.ts';
import { TestPhone } from '../../test/helpers/phone.ts';
import { drill, packets } from '../../test/helpers/show-drill.ts';
import type { ShowConfig } from '../../contracts/show/types.ts';
import type { LiveFigures } from '../../contracts/round-report.ts';

const secret = 'e2e-secret-0123456789';
const operatorToken = 'operator-token-for-tests';

async function until<T>(what: string, read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let v = await read();
  while (!ok(v)) {
    if (Date.now() > deadline) throw new Error(`${what}: not reached; last ${JSON.stringify(v).slice(0, 400)}`);
    await sleep(100);
    v = await read();
  }
  return v;
}

t.test('a gateway\'s per-round figures and pool level reach the console state; an empty pool during the round is warned about', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'round-figures-'));
  const instance = await startConfigInstance({
    store: { kind: 'sqlite', path: path.join(dir, 'config.sqlite') }, operators: [{ name: 'tester', token: operatorToken }], seedFleet: ['gw-1'],
  });
  t.teardown(() => instance.stop());
  const gw = await startGatewayProcess({ SHAKE_AUTH_SECRET: secret, SHAKE_FAULT_INJECTION: '1', SHAKE_CONFIG_URLS: instance.url });
  t.teardown(() => gw.stop());
  const state = async () => (await (await fetch(`${instance.url}/api/state`)).json()) as { figures: LiveFigures; latest: ShowConfig };

  const v1 = (await state()).latest;
  const startMs = Date.now() + 1500;
  const doc = { ...v1, caps: { packetsPerUser: 10, packetsPerSponsor: 10 },
    rounds: [{ ...v1.rounds[0]!, id: 'live', startMs, endMs: startMs + 60_000, releaseRatePerSec: 10, packetDrawProbability: 1, sponsorIds: ['sponsor-a'] }] };
  const posted = await instance.post('/config', { document: doc, baseVersion: v1.version, comment: 'a round for the figures', confirmed: true }, operatorToken);
  t.equal(posted.status, 200, `the round is published (${String(posted.json.code ?? 'ok')})`);
  await until('round running on the gateway', () => gw.status(), (s) => s.config.countdownRound === 'live');

  t.equal((await drill.feed(gw.adminPort, packets(3, ['sponsor-a']))).accepted, 3, 'three packets fed during the round');
  const phone = await TestPhone.connect(gw.url, { secret, userId: 'figures' });
  t.teardown(() => phone.close());
  const tokens: string[] = [];
  for (let i = 0; i < 3; i++) {
    const shake = (await phone.call({ shake: {} }, 15_000)).shake!;
    t.ok(shake.packet?.token, `shake ${i} won a packet`);
    tokens.push(shake.packet!.token!);
  }
  t.equal((await phone.call({ open: { packetToken: tokens[0] } }, 15_000)).open?.status, 1, 'opened');
  t.equal((await phone.call({ open: { packetToken: tokens[1] } }, 15_000)).open?.status, 1, 'opened');
  t.equal((await phone.call({ share: { packetToken: tokens[2] } }, 15_000)).share?.status, 1, 'shared');

  const s = await until('figures reported', state, (x) => x.figures.rounds[0]?.shared === 1);
  const live = s.figures.rounds.find((r) => r.roundId === 'live')!;
  t.match(live, { running: true, released: 3, issued: 3, opened: 2, shared: 1, gateways: 1 }, 'the fleet\'s figures for the round');
  t.ok(live.target >= 10 && live.target <= 600, `target ${live.target} = 10/s x elapsed`);
  t.same(s.figures.pools, [{ gatewayId: 'gw-1', poolLevel: 0, seenAtMs: s.figures.pools[0]!.seenAtMs }], 'pool level per gateway: every packet handed out');
  t.same(s.figures.poolEmpty, [{ gatewayId: 'gw-1', roundId: 'live' }], 'pool empty during a running round');

  // The console page (headless Chromium) shows the table and the warning.
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  t.teardown(() => browser.close());
  const page = await browser.newPage();
  await page.goto(instance.url);
  await page.locator('#warnings li', { hasText: 'gateway gw-1: pool empty during round live' }).waitFor({ timeout: 10_000 });
  const row = page.locator('#figures tr[data-figures="live"]');
  await row.locator('.fig-issued', { hasText: /^3$/ }).waitFor({ timeout: 10_000 });
  t.match(await row.locator('.fig-released').textContent(), /^3 \/ \d+/, 'released / target shown');
  t.equal(await row.locator('.fig-pools').textContent(), 'gw-1: 0', 'pool per gateway shown on the running round');
  t.pass('the console shows the round\'s figures and warns about the empty pool');

  await drill.feed(gw.adminPort, packets(5, ['sponsor-a'], 'q'));
  const refilled = await until('refill reported', state, (x) => x.figures.pools[0]?.poolLevel === 5);
  t.same(refilled.figures.poolEmpty, [], 'a refilled pool is no longer warned about');
  t.equal(refilled.figures.rounds[0]!.released, 8, 'released counts every packet fed during the round');
});
