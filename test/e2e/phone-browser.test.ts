/**
 * A phone in the browser, end to end: headless Chromium (playwright-core, the
 * system's chromium) against a real embedded deployment. The page loads the
 * SDK bundle, connects, pre-downloads and verifies the show's resources,
 * shakes until it wins a packet with shares during a round, opens and shares
 * it; a second user in a second page grabs it by id and sees the balance. A
 * corrupted resource file is refused and reported.
 */
import t from 'tap';
import path from 'node:path';
import { mkdtempSync, rmSync, writeFileSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { chromium, type Page } from 'playwright-core';
import { Deployment } from '../../ops/deploy/deployment.ts';
import { applyShow } from '../../bench/drill/show-setup.ts';
import { defaultShowConfig } from '../../contracts/show/default-show.ts';

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Clicks shake until a won packet with shares is listed (its id) or the user holds 3 packets (null). */
const SHAKE_UNTIL_SHARES = `(async () => {
  const count = () => Number(document.querySelector('[data-testid=shakes]').textContent);
  const withShares = () => Array.from(document.querySelectorAll('#packets li'))
    .find((li) => !li.querySelector('.share').disabled)?.getAttribute('data-packet-id') ?? null;
  for (let i = 0; i < 300; i++) {
    const before = count();
    document.querySelector('[data-testid=shake]').click();
    const t0 = Date.now();
    while (count() === before && Date.now() - t0 < 10000) await new Promise((r) => setTimeout(r, 5));
    const found = withShares();
    if (found || document.querySelectorAll('#packets li').length >= 3) return found;
  }
  return null;
})()`;

async function connectAs(page: Page, url: string, user: string): Promise<void> {
  await page.goto(`${url}?user=${user}`);
  await page.getByTestId('connect').click();
  await page.waitForSelector('[data-testid=status][data-connected=true]', { timeout: 15_000 });
}

t.test('a phone in the browser: connect, resources, shake, open, share; a friend grabs in a second page', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'phone-browser-'));
  const dep = await Deployment.start({ profile: 'embedded', dir, fresh: true, gateways: 1, basePort: 0, seedCount: 2000, logLevel: 'warn', say: () => {} });
  t.teardown(async () => { await dep.stop(); rmSync(dir, { recursive: true, force: true }); });
  const info = dep.info;
  // The embedded show lists a logo per seeded sponsor plus its cards and videos: count what it holds.
  const resourceCount = (JSON.parse(readFileSync(path.join(dir, 'show.json'), 'utf8')) as { resources: unknown[] }).resources.length;
  const now = Date.now();
  const base = defaultShowConfig(now, { gatewayIds: info.gateways.map((g) => g.id), showId: 'phone-browser' });
  // One overload tier without a shake interval: on a loaded test machine the default tiers would space shakes by seconds.
  await applyShow(info, { ...base, overload: { tiers: [{ tier: 0, enterAbove: 0, exitBelow: 0, minShakeIntervalMs: 0 }] }, rounds: [{
    id: 'browser-round', title: 'browser round', startMs: now - 1000, endMs: now + 600_000, releaseRatePerSec: 200,
    sponsorIds: info.seeds.sponsors, packetDrawProbability: 1,
  }] });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  t.teardown(() => browser.close());
  const url = info.phone!.url;

  const a = await browser.newPage();
  const pageErrors: string[] = [];
  a.on('pageerror', (e) => pageErrors.push(e.message));
  await connectAs(a, url, 'alice-0');
  await a.waitForSelector('[data-testid=resources][data-complete=true]', { timeout: 15_000 });
  t.match(await a.getByTestId('resources').textContent(), new RegExp(`all ${resourceCount} verified, 0 refused`), `the show's ${resourceCount} resources are downloaded and verified`);

  // Shake until a packet with shares is won (a user holds at most 3: switch user if none of them has shares).
  // The clicking runs inside the page: one round trip to the browser per user, not per shake.
  let sharePacket: string | null = null;
  for (let user = 0; !sharePacket && user < 6; user++) {
    if (user > 0) await connectAs(a, url, `alice-${user}`);
    // A string, not a function: the test runner's transform would add helpers the page does not have.
    sharePacket = await a.evaluate(SHAKE_UNTIL_SHARES) as string | null;
  }
  if (!sharePacket) throw new Error('no packet with shares was won');
  t.pass(`won packet ${sharePacket} with shares (${((Date.now() - now) / 1000).toFixed(1)} s after the round started)`);
  const li = a.locator(`#packets li[data-packet-id="${sharePacket}"]`);
  await li.locator('.open').click();
  await li.locator('.state[data-opened=true]').waitFor();
  await li.locator('.share').click();
  await li.locator('.state[data-group-id]').waitFor();
  const groupId = await li.locator('.state').getAttribute('data-group-id');
  t.equal(groupId, sharePacket, 'the page shows the group packet id to send to friends');

  const b = await browser.newPage();
  await connectAs(b, url, 'bob');
  await b.getByTestId('grab-id').fill(groupId!);
  let code = '';
  // DUPLICATE: an earlier attempt was answered TRY_AGAIN_LATER (slow money side) yet went through; the first amount comes back.
  for (let i = 0; i < 60 && code !== 'OK' && code !== 'DUPLICATE'; i++) {
    await b.evaluate(() => { delete (document.querySelector('[data-testid=grab-result]') as HTMLElement).dataset.code; });
    await b.getByTestId('grab').click();
    await b.waitForSelector('[data-testid=grab-result][data-code]');
    code = (await b.getByTestId('grab-result').getAttribute('data-code'))!;
    if (code !== 'OK' && code !== 'DUPLICATE') await b.waitForTimeout(250); // the group packet reaches the money service a moment after the share
  }
  t.ok(code === 'OK' || code === 'DUPLICATE', `bob grabs the shared packet from his page (${code})`);
  const grabbed = Number(await b.getByTestId('grab-result').getAttribute('data-amount-cents'));
  t.ok(grabbed >= 1, `bob grabbed ${grabbed} cents`);
  let shown = '';
  for (let i = 0; i < 20 && shown !== String(grabbed); i++) {
    // A balance answered TRY_AGAIN_LATER (a loaded machine) shows the code: refresh, as a user would.
    if (i > 0) { await b.getByTestId('balance-btn').click(); await b.waitForTimeout(300); }
    shown = (await b.getByTestId('balance').getAttribute('data-cents')) ?? (await b.getByTestId('balance').textContent()) ?? '';
  }
  t.equal(shown, String(grabbed), 'bob\'s page shows his balance');

  // A corrupted file on the server: a fresh phone refuses it and says so.
  const dirFiles = readdirSync(info.phone!.resourcesDir);
  const victim = dirFiles.find((f) => f.startsWith('card-1'))!;
  writeFileSync(path.join(info.phone!.resourcesDir, victim), 'not the card');
  const c = await browser.newPage();
  await connectAs(c, url, 'carol');
  await c.waitForSelector('[data-testid=resource-problems] li', { timeout: 15_000 });
  t.match(await c.getByTestId('resource-problems').textContent(), /RESOURCE_CORRUPT card-1/, 'the corrupted resource is refused and reported');
  t.match(await c.getByTestId('resources').textContent(), new RegExp(`${resourceCount - 1} verified, 1 refused; holding v0`), 'the rest is verified; the incomplete manifest is not held');
  t.same(pageErrors, [], 'no page errors');
});
