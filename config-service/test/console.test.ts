/**
 * The live-event console in a real headless browser (Debian chromium via
 * playwright-core): read-only without a token (and the server refuses a
 * change even if the page is forced), a one-click correction with a token
 * reaching a gateway process, the gateway's version and clock offset shown,
 * and a rollback from the history.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import t from 'tap';
import { freePorts } from '../../common/ports.ts';
import { ChronyServer } from '../../ops/chrony/chrony-server.ts';
import type { FollowerHostConfig } from '../../ops/topology/follower-host.ts';
import { spawnEntry, type EntryProcess } from '../../ops/topology/spawn-entry.ts';

const TOKEN = 'console-token-123';
const dir = mkdtempSync(path.join(os.tmpdir(), 'cfg-console-'));
const procs: EntryProcess[] = [];
let browser: Browser | null = null;
let chrony: ChronyServer | null = null;
t.teardown(async () => {
  await browser?.close();
  await Promise.all(procs.map((p) => p.kill('SIGTERM')));
  await chrony?.stop();
});

type GwStatus = { configVersion: number; rounds: { id: string; startMs: number; endMs: number }[] };

t.test('console: read-only view, correction reaching a gateway, rollback', async (t) => {
  const [port, ntpPort, statusPort] = await freePorts(3);
  chrony = await ChronyServer.start({ dir: path.join(dir, 'chrony'), port: ntpPort });
  const gwDir = path.join(dir, 'gw-1');
  writeFileSync(path.join(dir, 'instance.json'), JSON.stringify({ site: 'sh', instanceId: 'c1', port, store: { kind: 'sqlite', path: path.join(dir, 'c.sqlite') },
    operators: [{ name: 'carol', token: TOKEN }], fileTargets: [gwDir], seedFleet: ['gw-1'] }));
  const inst = await spawnEntry('config-service/main.ts', ['--config', path.join(dir, 'instance.json')], path.join(dir, 'instance.log'), { SHAKE_LOG_LEVEL: 'warn' });
  procs.push(inst);
  await inst.waitFor('listening', 30_000);
  const url = `http://127.0.0.1:${port}`;
  const hostCfg: FollowerHostConfig = { gatewayId: 'gw-1', configDir: gwDir, instanceUrls: [url], pollIntervalMs: 500, ntpServers: [chrony.address], localClockSkewMs: 120, statusPort };
  writeFileSync(path.join(dir, 'gw.json'), JSON.stringify(hostCfg));
  const gw = await spawnEntry('ops/topology/follower-host.ts', ['--config', path.join(dir, 'gw.json')], path.join(dir, 'gw.log'), { SHAKE_LOG_LEVEL: 'warn' });
  procs.push(gw);
  await gw.waitFor('ready', 30_000);
  const gwStatus = async () => (await (await fetch(`http://127.0.0.1:${statusPort}/status`)).json()) as GwStatus;

  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  const page = await browser.newPage();
  page.on('dialog', (d) => { void d.accept(); });
  await page.goto(url);

  // Read-only without a token.
  await page.locator('#rounds tr[data-round="r1"]').waitFor();
  t.match(await page.textContent('#mode'), /read-only/);
  t.equal(await page.locator('button[data-change]:enabled').count(), 0, 'every change button is disabled');
  // r1 starts 30 s after the seed: on a loaded machine it may already be running here.
  t.match(await page.textContent('#countdown'), /Next round r1 starts in \d+:\d\d\.\d|Round r1 RUNNING - ends in \d+:\d\d\.\d/);
  await page.locator('#gateways tr[data-gateway="gw-1"] .gw-version', { hasText: '1' }).waitFor({ timeout: 5000 });
  t.match(await page.textContent('#gateways tr[data-gateway="gw-1"] .gw-clock'), /drift/, 'gateway clock 120 ms off is flagged');
  t.match(await page.textContent('#gateways tr[data-gateway="gw-1"] .gw-offset'), /^-1[12]\d\.\d$/, 'its offset is shown');
  // Bypass the page's disabled buttons: the server itself refuses a change without a token.
  const status = await page.evaluate(async () => (await fetch('/config/correction', { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ op: 'shift-round', roundId: 'r1', deltaMs: 40000 }) })).status);
  t.equal(status, 401, 'a change sent from the browser without a token is refused');
  // A wrong token enables the buttons, but the change is refused and the page says why.
  await page.evaluate(() => { sessionStorage.setItem('operatorToken', 'wrong-token'); });
  await page.reload();
  await page.locator('#rounds tr[data-round="r1"]').waitFor();
  await page.click('#rounds tr[data-round="r1"] button[data-op="+40s"]');
  await page.locator('#msg', { hasText: 'UNAUTHORIZED' }).waitFor();
  t.equal((await gwStatus()).configVersion, 1, 'nothing changed');

  // Operator token: one click shifts round r1 by +40 s; the gateway applies it.
  const before = (await gwStatus()).rounds.find((r) => r.id === 'r1')!;
  await page.fill('#token', TOKEN);
  await page.click('#use-token');
  t.match(await page.textContent('#mode'), /operator mode/);
  const applied = gw.waitFor('apply', 10_000, (e) => e.version === 2);
  const clickedAt = Date.now();
  await page.click('#rounds tr[data-round="r1"] button[data-op="+40s"]');
  await page.locator('#msg', { hasText: 'accepted: version 2' }).waitFor();
  await applied;
  t.pass(`gateway applied the page's correction ${Date.now() - clickedAt} ms after the click`);
  const after = (await gwStatus()).rounds.find((r) => r.id === 'r1')!;
  t.equal(after.startMs - before.startMs, 40_000, 'round r1 starts 40 s later on the gateway');
  t.equal(after.endMs - before.endMs, 40_000);
  await page.locator('#gateways tr[data-gateway="gw-1"] .gw-version', { hasText: '2' }).waitFor({ timeout: 5000 });
  await page.locator('#history tr[data-version="2"]', { hasText: 'carol' }).waitFor();
  t.match(await page.textContent('#history tr[data-version="2"]'), /shift round r1 by \+40 s/);

  // Roll back to version 1 from the history.
  const rolled = gw.waitFor('apply', 10_000, (e) => e.version === 3);
  await page.click('#history tr[data-version="1"] button[data-rollback]');
  await rolled;
  t.same((await gwStatus()).rounds.find((r) => r.id === 'r1'), before, 'gateway runs version 1 content again as version 3');
  await page.locator('#history tr[data-version="3"]', { hasText: 'rollback to version 1' }).waitFor();
});
