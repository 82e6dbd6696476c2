/**
 * SNTP client and ClockMonitor against a real chronyd on loopback
 * (ops/chrony): measured offsets match a deliberately skewed machine clock,
 * drift beyond the threshold is flagged, and with no server answering the
 * monitor keeps its last offset and reports itself unsynced.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import t from 'tap';
import { createLogger } from '../../common/logger.ts';
import { freePorts } from '../../common/ports.ts';
import { ClockMonitor } from '../../gateway/clock/clock-monitor.ts';
import { readNtpTime, sntpQuery, writeNtpTime } from '../../gateway/clock/sntp.ts';
import { ChronyServer } from '../../ops/chrony/chrony-server.ts';

const logger = createLogger('clock-test', { level: 'error' });

t.test('NTP timestamp round trip', async (t) => {
  const b = Buffer.alloc(8);
  writeNtpTime(b, 0, 1_800_000_000_123.25);
  t.ok(Math.abs(readNtpTime(b, 0) - 1_800_000_000_123.25) < 0.001);
});

t.test('offsets against chronyd', async (t) => {
  const [port] = await freePorts(1);
  const chrony = await ChronyServer.start({ dir: mkdtempSync(path.join(os.tmpdir(), 'chrony-')), port });
  t.teardown(() => chrony.stop());
  const s0 = await sntpQuery(chrony.address, 500);
  t.ok(Math.abs(s0.offsetMs) < 5, `same machine: offset ${s0.offsetMs.toFixed(2)} ms, delay ${s0.delayMs.toFixed(2)} ms, stratum ${s0.stratum}`);
  for (const skew of [-1500, 700]) {
    const s = await sntpQuery(chrony.address, 500, () => Date.now() + skew);
    t.ok(Math.abs(s.offsetMs + skew) < 5, `machine clock ${skew} ms off: measured offset ${s.offsetMs.toFixed(2)} ms`);
  }
  const m = new ClockMonitor({ servers: [chrony.address, { host: '127.0.0.1', port: 9 }], intervalMs: 60_000, samplesPerServer: 3, timeoutMs: 200,
    thresholdMs: 50, staleAfterMs: 60_000, logger, localClock: () => Date.now() - 400 });
  await m.start();
  t.teardown(() => m.stop());
  const st = m.status();
  t.ok(st.synced, 'synced with one of two servers answering');
  t.ok(st.drifting, 'a 400 ms offset is flagged beyond the 50 ms threshold');
  t.ok(Math.abs(m.now() - Date.now()) < 5, `corrected now() within ${Math.abs(m.now() - Date.now()).toFixed(2)} ms of true time`);
  const ok = new ClockMonitor({ servers: [chrony.address], intervalMs: 60_000, samplesPerServer: 2, timeoutMs: 200, thresholdMs: 50, staleAfterMs: 60_000, logger });
  await ok.start();
  ok.stop();
  t.equal(ok.status().drifting, false, 'an accurate clock is not flagged');
});

t.test('no server answers: last offset kept, unsynced once stale', async (t) => {
  const [port] = await freePorts(1);
  const chrony = await ChronyServer.start({ dir: mkdtempSync(path.join(os.tmpdir(), 'chrony-')), port });
  const m = new ClockMonitor({ servers: [chrony.address], intervalMs: 60_000, samplesPerServer: 2, timeoutMs: 200, thresholdMs: 50, staleAfterMs: 300, logger, localClock: () => Date.now() + 250 });
  await m.start();
  m.stop();
  const before = m.status().offsetMs!;
  await chrony.stop();
  t.equal(await m.syncOnce(), false, 'sync fails with chrony stopped');
  t.equal(m.status().offsetMs, before, 'offset kept');
  await new Promise((r) => setTimeout(r, 350));
  t.equal(m.status().synced, false, 'reported unsynced after staleAfterMs');
  t.ok(Math.abs(m.now() - Date.now()) < 5, 'still corrects with the last offset');
});
