/**
 * The console's "Money SETs" table in headless Chromium (playwright-core,
 * Debian chromium) against a config instance process watching two stand-in
 * SETs (real HTTP servers answering /health like packet-service): both rows
 * up with their backlog and pay rate; one SET killed turns its row red and
 * DOWN and is listed among the warnings (what to look at now); back up, it
 * leaves them. A SET that answers with work waiting and nothing applied turns
 * amber and STALLED (not the red of DOWN) and is listed with its backlog and
 * for how long; once it applies again, it leaves them. GET /api/money-sets and
 * the config_money_set_* gauges on /metrics say the same.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import t from 'tap';
import { freePorts } from '../../common/ports.ts';
import { spawnEntry, type EntryProcess } from '../../ops/topology/spawn-entry.ts';
import { parsePrometheusText } from '../../test/helpers/prometheus-text.ts';
import type { MoneySetState } from '../money-sets-monitor.ts';
import { FakeMoneySet } from './helpers/fake-money-set.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'cfg-money-sets-'));
const sets = [new FakeMoneySet(), new FakeMoneySet()];
let inst: EntryProcess | null = null;
let browser: Browser | null = null;
// Shared by the two tests: the second goes on from where the first leaves the instance and the page.
let page: Page;
let url = '';
let paying: NodeJS.Timeout | undefined;
t.teardown(async () => {
  clearInterval(paying);
  await browser?.close();
  await inst?.kill('SIGTERM');
  await Promise.all(sets.map((s) => s.close()));
});

async function until<T>(probe: () => Promise<T | null>, what: string, timeoutMs = 15_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (v !== null) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

t.test('console: two SETs shown up; a killed one turns red and DOWN and is listed to look at', async (t) => {
  for (const s of sets) await s.listen();
  sets[0]!.health = { ok: true, queueLag: 17, applied: 0, rejectedTotal: { CAP_REACHED: 2 } };
  const [port] = await freePorts(1);
  url = `http://127.0.0.1:${port}`;
  writeFileSync(path.join(dir, 'instance.json'), JSON.stringify({
    site: 'sh', instanceId: 'c1', port, store: { kind: 'sqlite', path: path.join(dir, 'c.sqlite') }, operators: [{ name: 'carol', token: 'console-token-123' }],
    moneySets: sets.map((s, i) => ({ set: i, url: s.url })), moneySetPollIntervalMs: 500, moneySetPollTimeoutMs: 400, moneySetStallAfterMs: 1_000,
  }));
  inst = await spawnEntry('config-service/main.ts', ['--config', path.join(dir, 'instance.json')], path.join(dir, 'instance.log'), { SHAKE_LOG_LEVEL: 'warn' });
  await inst.waitFor('listening', 30_000);
  // SET 0 pays while the tests watch (both of them), so its rate shows and it is never stalled.
  paying = setInterval(() => { sets[0]!.health = { ...sets[0]!.health, applied: Number(sets[0]!.health.applied) + 25 }; }, 100);

  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  page = await browser.newPage();
  await page.goto(url);
  const row = (i: number) => page.locator(`#money-sets tr[data-money-set="${i}"]`);
  await page.locator('#money-sets tr.set-up[data-money-set="0"]').waitFor({ timeout: 15_000 });
  await page.locator('#money-sets tr.set-up[data-money-set="1"]').waitFor({ timeout: 15_000 });
  t.equal(await page.locator('#money-sets tbody tr').count(), 2, 'one row per SET');
  t.equal(await row(0).locator('.set-state').textContent(), 'up');
  t.match(await row(0).textContent(), sets[0]!.url, 'the row names the SET\'s URL');
  t.equal(await row(0).locator('.set-backlog').textContent(), '17', 'backlog from the SET\'s queue lag');
  t.equal(await row(0).locator('.set-refused').textContent(), '2');
  await page.locator('#money-sets tr[data-money-set="0"] .set-rate', { hasText: /^[1-9]\d*\.\d$/ }).waitFor({ timeout: 15_000 });
  t.pass(`SET 0 pays: ${await row(0).locator('.set-rate').textContent()} ops/s`);
  t.match(await row(0).locator('.set-seen').textContent(), /s ago/);
  t.notMatch(await page.textContent('#warnings'), /money SET/, 'nothing to look at while both answer');

  const api = (await (await fetch(`${url}/api/money-sets`)).json()) as { sets: MoneySetState[]; pollIntervalMs: number };
  t.same(api.sets.map((s) => [s.set, s.url, s.up]), [[0, sets[0]!.url, true], [1, sets[1]!.url, true]], 'GET /api/money-sets lists both up');
  t.equal(api.pollIntervalMs, 500);

  // SET 1 killed: its row turns red and DOWN, and the warnings name it.
  await sets[1]!.close();
  await page.locator('#money-sets tr.down[data-money-set="1"]').waitFor({ timeout: 10_000 });
  t.equal(await row(1).locator('.set-state').textContent(), 'DOWN');
  t.equal(await row(1).evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(139, 0, 0)', 'the row is red');
  t.match(await row(1).locator('.set-error').textContent(), /fetch failed|no answer/, 'the last error is shown');
  await page.locator('#warnings li', { hasText: 'money SET 1 DOWN' }).waitFor({ timeout: 5_000 });
  t.pass('listed among what to look at now');
  t.equal(await row(0).locator('.set-state').textContent(), 'up', 'SET 0 still up');

  const gauges = await until(async () => {
    const fams = parsePrometheusText(await (await fetch(`${url}/metrics`)).text());
    const up = fams.get('config_money_set_up')?.samples.map((s) => [s.labels.money_set, s.value]);
    return JSON.stringify(up) === JSON.stringify([['0', 1], ['1', 0]]) ? fams : null;
  }, 'config_money_set_up 1 for SET 0 and 0 for SET 1');
  t.same(gauges.get('config_money_set_backlog_messages')?.samples.find((s) => s.labels.money_set === '0')?.value, 17, 'backlog gauge');
  t.equal(gauges.get('config_money_set_pay_operations_per_second')?.type, 'gauge');

  // Back up: the row and the warning clear.
  await sets[1]!.listen(sets[1]!.port);
  await page.locator('#money-sets tr.set-up[data-money-set="1"]').waitFor({ timeout: 10_000 });
  await until(async () => (/money SET 1/.test((await page.textContent('#warnings')) ?? '') ? null : true), 'the warning to clear');
  t.pass('SET 1 back up, no longer listed');
});

t.test('console: a SET that answers but applies nothing with work waiting turns amber and STALLED', async (t) => {
  const row = page.locator('#money-sets tr[data-money-set="1"]');
  sets[1]!.health = { ok: true, queueLag: 40, applied: 5, rejectedTotal: {} };
  await page.locator('#money-sets tr.stalled[data-money-set="1"]').waitFor({ timeout: 10_000 });
  t.equal(await row.locator('.set-state').textContent(), 'STALLED');
  t.equal(await row.evaluate((e) => getComputedStyle(e).backgroundColor), 'rgb(184, 134, 11)', 'the row is amber, not the red of DOWN');
  const line = page.locator('#warnings li', { hasText: 'money SET 1 STALLED' });
  await line.waitFor({ timeout: 5_000 });
  t.match(await line.textContent(), /backlog 40, nothing applied for \d+ s/, 'the warning gives its backlog and for how long');
  t.equal(await page.locator('#money-sets tr.stalled').count(), 1, 'SET 0, paying, is not stalled');

  const api = (await (await fetch(`${url}/api/money-sets`)).json()) as { sets: MoneySetState[] };
  t.match(api.sets[1], { up: true, stalled: true, stalledSinceMs: Number }, 'GET /api/money-sets: stalled, since when');
  t.match(api.sets[0], { stalled: false });
  await until(async () => {
    const fams = parsePrometheusText(await (await fetch(`${url}/metrics`)).text());
    const stalled = fams.get('config_money_set_stalled')?.samples.map((s) => [s.labels.money_set, s.value]);
    return JSON.stringify(stalled) === JSON.stringify([['0', 0], ['1', 1]]) ? true : null;
  }, 'config_money_set_stalled 0 for SET 0 and 1 for SET 1');
  t.pass('config_money_set_stalled says the same');

  // It applies again: the row and the warning clear.
  sets[1]!.health = { ...sets[1]!.health, applied: 6 };
  await page.locator('#money-sets tr.set-up:not(.stalled)[data-money-set="1"]').waitFor({ timeout: 10_000 });
  await until(async () => (/money SET 1/.test((await page.textContent('#warnings')) ?? '') ? null : true), 'the warning to clear');
  t.pass('SET 1 applies again, no longer listed');
});
