/**
 * The console as operators use it on the night, in headless Chromium against
 * the deployed topology (3 NATS nodes, 2 sites x 3 config instances) and real
 * gateway processes with NTP-corrected clocks: a round created and published
 * in the console starts and ends on every gateway within 50 ms of its set
 * times; two operators pressing +10 s together shift the round once (the
 * other sees a conflict); shifting an imminent round needs a confirmation
 * and sends nothing without it; the page survives the death of the instance
 * that served it; changes without a valid token are refused and recorded nowhere.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import t from 'tap';
import type { ShowConfig } from '../../contracts/show/types.ts';
import { Harness, latestVersion, postChange, TOKEN } from './helpers/harness.ts';

const BOB = 'bob-token-0123456789';
const dir = mkdtempSync(path.join(os.tmpdir(), 'cfg-night-'));
const h = new Harness({
  dir, gateways: 2, pollIntervalMs: 500, chrony: true,
  operators: [{ name: 'alice', token: TOKEN }, { name: 'bob', token: BOB }],
  instanceOverrides: { heldSponsorIds: ['sponsor-a', 'sponsor-b', 'sponsor-c'] },
});
let browser: Browser | null = null;
t.teardown(async () => { await browser?.close(); await h.stop(); });

const latestDoc = async (url: string) => (await (await fetch(`${url}/config`)).json()) as ShowConfig;
const round = (d: ShowConfig, id: string) => d.rounds.find((r) => r.id === id)!;

async function openConsole(url: string, token: string | null): Promise<Page> {
  const page = await browser!.newPage();
  await page.goto(url);
  if (token) { await page.fill('#token', token); await page.click('#use-token'); }
  return page;
}
async function showsVersion(page: Page, v: number) { await page.locator('#version', { hasText: new RegExp(`^${v}$`) }).waitFor({ timeout: 10_000 }); }

t.before(async () => {
  await h.start();
  await h.waitAllApplied(1, 15_000);
  // Move the seeded rounds out of the way: the test schedules what it needs.
  const doc = await latestDoc(h.topo.urls[0]);
  const t0 = Date.now() + 20 * 60_000;
  doc.rounds.forEach((r, i) => { r.startMs = t0 + i * 5 * 60_000; r.endMs = r.startMs + 60_000; });
  const r = await postChange(h.topo.urls[0], '/config', { document: doc, comment: 'test setup' });
  if (r.status !== 200) throw new Error(JSON.stringify(r.body));
  await h.waitAllApplied(r.body.version as number, 10_000);
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
});

t.test('an unauthenticated or unknown-token change is refused and nothing is recorded', async (t) => {
  const url = h.topo.urls[1];
  const before = await latestVersion(url);
  const page = await openConsole(url, null);
  await showsVersion(page, before);
  t.equal(await page.locator('button[data-change]:enabled').count(), 0, 'read-only: every change button is disabled');
  const statuses = await page.evaluate(async (base) => Promise.all([
    fetch('/config/correction', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ op: 'shift-round', roundId: 'r3', deltaMs: 10000, baseVersion: base }) }),
    fetch('/config/rollback', { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-token' }, body: JSON.stringify({ version: 1, baseVersion: base }) }),
  ].map((p) => p.then((r) => r.status))), before);
  t.same(statuses, [401, 401], 'no token and an unknown token: 401');
  await page.fill('#token', 'unknown-token-xyz'); await page.click('#use-token');
  await page.click('#rounds tr[data-round="r3"] button[data-op="+10s"]');
  await page.locator('#msg', { hasText: 'UNAUTHORIZED' }).waitFor();
  for (const u of h.topo.urls) t.equal(await latestVersion(u), before, `${u} still at v${before}`);
  t.equal((await (await fetch(`${url}/history`)).json() as unknown[]).length, before, 'the history records nothing');
  await page.close();
});

t.test('a round created and published in the console starts and ends on every gateway within 50 ms', async (t) => {
  const page = await openConsole(h.topo.urls[0], TOKEN);
  const v = await latestVersion(h.topo.urls[0]);
  await showsVersion(page, v);
  await page.click('#edit-show');
  await page.click('#add-round');
  const startMs = Math.ceil((Date.now() + 18_000) / 1000) * 1000;
  const endMs = startMs + 3_000;
  // The page's own local-time formatting (the browser's time zone), loaded from the console's assets.
  const asInput = (ms: number) => page.evaluate(async ([x, mod]) => ((await import(mod)) as { toInputTime(v: number): string }).toInputTime(x), [ms, '/console/format.js'] as const);
  const field = (i: number, f: string) => page.locator(`#edit-rounds input[data-path="rounds[${i}].${f}"]`);
  await field(3, 'id').fill('r4');
  await field(3, 'startMs').fill(await asInput(startMs));
  await field(3, 'endMs').fill(await asInput(startMs - 1000)); // wrong on purpose: ends before it starts
  await field(3, 'sponsorIds').fill('sponsor-z');
  await page.click('#review');
  // Reviewing sorts the draft by start: r4 is now the first round.
  await page.locator('[data-error-for="rounds[0].endMs"]', { hasText: 'rounds[0].endMs' }).waitFor();
  t.pass('the validator error is shown next to the end field');
  await field(0, 'endMs').fill(await asInput(endMs));
  await page.click('#review');
  await page.locator('#review-dialog[open]').waitFor();
  t.match(await page.textContent('#review-diff'), /round r4 added/, 'the diff shows the new round');
  t.match(await page.textContent('#review-confirmations'), /r4.*sponsor-z/, 'a round with no seeded sponsor needs a confirmation naming it');
  await page.click('#review-publish');
  t.match(await page.textContent('#review-msg'), /comment/, 'a comment is required');
  await page.fill('#review-comment', 'extra round for the host');
  await page.check('#review-confirmed');
  const events = h.gateways.flatMap((g) => (['round-start', 'round-end'] as const).map((evt) =>
    g.proc!.waitFor(evt, 60_000, (e) => e.roundId === 'r4').then((e) => ({ g: g.id, evt, lateMs: e.lateMs as number }))));
  await page.click('#review-publish');
  await page.locator('#msg', { hasText: `accepted: version ${v + 1}` }).waitFor();
  t.ok(Date.now() < startMs - 2000, 'published well before the round starts');
  for (const e of await Promise.all(events)) t.ok(Math.abs(e.lateMs) <= 50, `${e.g} ${e.evt} ${e.lateMs} ms from the set time (corrected clock)`);
  await page.locator('#history tr[data-version="' + (v + 1) + '"] .who', { hasText: 'alice' }).waitFor();
  t.match(await page.textContent(`#history tr[data-version="${v + 1}"]`), /extra round for the host/, 'history: who, what and the comment');
  await page.close();
});

t.test('two operators press +10 s on the same round at once: one shift lands, the other sees a conflict', async (t) => {
  const v = await latestVersion(h.topo.urls[0]);
  const before = round(await latestDoc(h.topo.urls[0]), 'r3');
  const [a, b] = await Promise.all([openConsole(h.topo.urls[0], TOKEN), openConsole(h.topo.urls[4], BOB)]);
  await Promise.all([showsVersion(a, v), showsVersion(b, v)]);
  await Promise.all([a, b].map((p) => p.click('#rounds tr[data-round="r3"] button[data-op="+10s"]')));
  const outcome = (p: Page) => p.locator('#msg', { hasText: /accepted|CONFLICT/ }).textContent();
  const msgs = await Promise.all([outcome(a), outcome(b)]);
  t.equal(msgs.filter((m) => /accepted/.test(m ?? '')).length, 1, `exactly one accepted: ${JSON.stringify(msgs)}`);
  t.match(msgs.find((m) => /CONFLICT/.test(m ?? '')), /shift round r3 by \+10 s/, 'the other is told what changed meanwhile');
  await new Promise((r) => setTimeout(r, 500));
  t.equal(await latestVersion(h.topo.urls[2]), v + 1, 'one new version');
  t.equal(round(await latestDoc(h.topo.urls[2]), 'r3').startMs - before.startMs, 10_000, 'round r3 moved by 10 s, not 20 s');
  await Promise.all([a.close(), b.close()]);
});

t.test('shifting a round that starts within 5 min needs the confirmation; without it nothing is sent', async (t) => {
  const doc = await latestDoc(h.topo.urls[0]);
  const set = await postChange(h.topo.urls[0], '/config/correction', { op: 'set-round-times', roundId: 'r1', startMs: Date.now() + 120_000, endMs: Date.now() + 180_000 });
  t.equal(set.status, 200);
  const v = set.body.version as number;
  const page = await openConsole(h.topo.urls[0], TOKEN);
  await showsVersion(page, v);
  const sent: string[] = [];
  page.on('request', (r) => { if (r.method() === 'POST') sent.push(r.url()); });
  const dialog = page.waitForEvent('dialog');
  const click = page.click('#rounds tr[data-round="r1"] button[data-op="+10s"]');
  const d = await dialog;
  t.match(d.message(), /Round r1 .*starts in 1 min \d+ s/s, 'names the round and when it starts');
  t.match(d.message(), /would run \d\d:\d\d:\d\d\.\d{3} \(in 2 min/, 'and its new start time');
  await d.dismiss();
  await click;
  await page.locator('#msg', { hasText: 'not sent' }).waitFor();
  t.same(sent, [], 'nothing was sent');
  t.equal(await latestVersion(h.topo.urls[0]), v, 'no new version');
  page.once('dialog', (x) => { void x.accept(); });
  await page.click('#rounds tr[data-round="r1"] button[data-op="+10s"]');
  await page.locator('#msg', { hasText: `accepted: version ${v + 1}` }).waitFor();
  t.equal(round(await latestDoc(h.topo.urls[0]), 'r1').startMs - round(set.body.document as ShowConfig, 'r1').startMs, 10_000, 'confirmed: the shift landed');
  t.ok(doc.version < v);
  await page.close();
});

t.test('the instance serving the page dies: the page goes on against another and a correction still lands', async (t) => {
  const served = h.topo.instances[0];
  const page = await openConsole(served.url, TOKEN);
  const v = await latestVersion(served.url);
  await showsVersion(page, v);
  t.match(await page.textContent('#instance'), /sh\/c1/, 'shows the instance it talks to');
  const before = round(await latestDoc(h.topo.urls[3]), 'r3');
  await h.topo.killInstance(served);
  await page.locator('#instance', { hasNotText: 'sh/c1' }).waitFor({ timeout: 10_000 });
  t.pass(`now talking to ${await page.textContent('#instance')}`);
  await page.click('#rounds tr[data-round="r3"] button[data-op="+10s"]');
  await page.locator('#msg', { hasText: `accepted: version ${v + 1}` }).waitFor({ timeout: 20_000 });
  await h.waitAllApplied(v + 1, 10_000);
  t.equal(round(await latestDoc(h.topo.urls[3]), 'r3').startMs - before.startMs, 10_000, 'the correction landed on the surviving instances and the gateways');
  await page.close();
});
