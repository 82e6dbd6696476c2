/**
 * Load tiers against a real gateway process: a ping flood (pings are not
 * paced, so the load stays while it runs) drives the tier up; when it stops
 * the tier comes back to 0, without flapping. Meanwhile a phone that follows
 * the client rules is never closed and one that ignores the tier is.
 */
import t from 'tap';
import { setTimeout as sleep } from 'node:timers/promises';
import { startGatewayProcess } from '../../../test/helpers/gateway-process.ts';
import { gatewayConfigFile } from '../../../test/helpers/gateway-config-file.ts';
import { drill } from '../../../test/helpers/show-drill.ts';
import { TestPhone } from '../../../test/helpers/phone.ts';
import { LoadClient } from '../../../bench/lib/ws-load-client.ts';
import { makeUserToken } from '../../auth/user-token.ts';
import { defaultShowConfig } from '../../../contracts/show/default-show.ts';
import { shake } from '../../../contracts/proto/gen/shake.js';
import { limitAfterReply, nextShakeDelayMs, NO_LIMIT, type ClientLimit } from '../../../contracts/client-rules.ts';

const secret = 'tiers-secret-0123456789';

/** True if a ServerMessage carries field `field` at the top level (Pong is 8). */
function hasField(b: Uint8Array, field: number): boolean {
  let p = 0;
  const varint = (): number => {
    let v = 0, mul = 1, byte = 0;
    do { byte = b[p++]; v += (byte & 0x7f) * mul; mul *= 128; } while (byte & 0x80 && p < b.length);
    return v;
  };
  while (p < b.length) {
    const tag = varint();
    if (tag >>> 3 === field) return true;
    const wire = tag & 7;
    if (wire === 0) varint();
    else if (wire === 2) { const n = varint(); p += n; }
    else return false;
  }
  return false;
}

/** Runs of equal tiers collapsed; direction reversals counted (up then down = 1). */
function reversals(series: number[]): number {
  const runs = series.filter((v, i) => i === 0 || v !== series[i - 1]);
  let n = 0;
  for (let i = 2; i < runs.length; i++) if (Math.sign(runs[i] - runs[i - 1]) !== Math.sign(runs[i - 1] - runs[i - 2])) n++;
  return n;
}

t.test('reversals()', async (t) => {
  t.equal(reversals([0, 0, 1, 2, 2, 1, 0]), 1);
  t.equal(reversals([0, 1, 0, 1, 0]), 3);
});

t.test('tiers follow a driven load up and down with hysteresis; obeying phone kept, ignoring phone closed', async (t) => {
  const gw = await startGatewayProcess({
    SHAKE_AUTH_SECRET: secret,
    SHAKE_FAULT_INJECTION: '1',
    SHAKE_GATEWAY_CONFIG: gatewayConfigFile({ overload: { sampleIntervalMs: 100, minDwellMs: 1000, pacing: { maxStrikes: 4 } } }),
  });
  t.teardown(() => gw.stop());
  // Let the start-up work (standby worker loading) pass before the tiers get sensitive thresholds.
  for (let calm = 0, i = 0; calm < 10 && i < 150; i++) {
    const o = (await gw.status()).overload;
    calm = o.tierChanges === 0 && o.secondsInTier['0'] > 0 && o.score < 0.1 ? calm + 1 : 0;
    await sleep(100);
  }
  const show = defaultShowConfig(Date.now(), { gatewayIds: ['gw-1'] });
  show.version = 1000;
  show.overload.tiers = [
    { tier: 0, enterAbove: 0, exitBelow: 0, minShakeIntervalMs: 0 },
    { tier: 1, enterAbove: 0.3, exitBelow: 0.15, minShakeIntervalMs: 300 },
    { tier: 2, enterAbove: 0.55, exitBelow: 0.4, minShakeIntervalMs: 600 },
  ];
  t.same(await drill.applyShow(gw.adminPort, show), { applied: true });

  const series: number[] = [];
  let polling = true;
  const poller = (async () => {
    while (polling) {
      const o = (await gw.status()).overload; series.push(o.tier); if (process.env.DBG) console.error("POLL", o.tier, JSON.stringify(o.signals), o.score);
      await sleep(100);
    }
  })();
  await sleep(800);
  t.ok(series.every((x) => x === 0), 'idle: tier 0');

  const ping = shake.v1.ClientMessage.encode({ seq: 1, ping: {} }).finish();
  const flood = new LoadClient({
    host: '127.0.0.1', port: gw.wsPort, connections: 40, payload: ping,
    path: (i) => `/?token=${encodeURIComponent(makeUserToken(secret, `flood-${i}`, Date.now() + 600_000))}`,
    validateReply: (b) => hasField(b, 8),
  });
  t.teardown(() => flood.close());
  t.equal((await flood.connect()).connected, 40);

  const obeys = await TestPhone.connect(gw.url, { secret, userId: 'obeys' });
  const ignores = await TestPhone.connect(gw.url, { secret, userId: 'ignores' });
  let stopPhones = false;
  const obeyLoop = (async () => {
    let limit: ClientLimit = NO_LIMIT;
    let last = 0;
    for (let seq = 1; !stopPhones; seq++) {
      // Its own cadence is 100 ms; the gateway's limit stretches it.
      await sleep(Math.max(100, nextShakeDelayMs(limit, Date.now() - last, Math.random)));
      last = Date.now();
      obeys.send({ seq, shake: {} });
      await obeys.until((x) => x.replies.length >= seq, 5000);
      limit = limitAfterReply(limit, obeys.replies[seq - 1]);
    }
  })();
  const ignoreLoop = (async () => {
    for (let seq = 1; !stopPhones && !ignores.closed; seq++) {
      await sleep(100);
      ignores.send({ seq, shake: {} });
    }
  })();

  const loaded = await flood.run({ mode: { kind: 'closed', inFlight: 16 }, warmupMs: 0, durationMs: 5000, drainMs: 2000 });
  t.ok(loaded.okRps > 1000, `flood: ${Math.round(loaded.okRps)} pings/s`);
  t.equal(loaded.closed, 0, 'pings are not paced: no flood connection closed');
  const peak = Math.max(...series);
  t.ok(peak >= 1, `tier went up under load (peak ${peak}; series ${series.join('')})`);
  const dropAt = series.length;
  await sleep(4000);
  stopPhones = true;
  await obeyLoop;
  await ignoreLoop;
  polling = false;
  await poller;

  const after = series.slice(dropAt);
  const back = after.indexOf(0);
  t.ok(back >= 0 && after.slice(back).every((x) => x === 0), `back to tier 0 after the load (${back * 100} ms) and stays: ${after.join('')}`);
  t.ok(reversals(series) <= 1, `no flapping: one way up, one way down (${series.join('')})`);
  t.equal(obeys.closed, null, 'obeying phone never closed');
  t.ok(obeys.replies.some((r) => (r.rateLimit?.tier ?? 0) >= 1), 'obeying phone was told the tier');
  t.same(ignores.closed, { code: 1008, reason: 'RATE_LIMIT_IGNORED' }, 'phone ignoring the tier was closed');
  const st = (await gw.status()).overload;
  t.ok(st.tierChanges >= 2 && st.tierChanges <= 4, `${st.tierChanges} tier changes`);
  obeys.close();
});
