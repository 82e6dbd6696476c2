import t from 'tap';
import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { setTimeout as sleep } from 'node:timers/promises';
import { startGatewayProcess, type GatewayProcess } from '../../test/helpers/gateway-process.ts';
import { startConfigInstance } from '../../test/helpers/config-instance-process.ts';
import { TestPhone } from '../../test/helpers/phone.ts';
import { drill, packets } from '../../test/helpers/show-drill.ts';
import { ChronyServer } from '../../ops/chrony/chrony-server.ts';
import { freePort } from '../../common/ports.ts';

const secret = 'e2e-secret-0123456789';
const operatorToken = 'operator-token-for-tests';

async function waitVersion(gw: GatewayProcess, v: number) {
  for (let i = 0; i < 200; i++) {
    if ((await gw.status()).configVersion >= v) return;
    await sleep(25);
  }
  throw new Error(`gateway never reached config version ${v}`);
}

t.test('a correction made at the config service reaches the real gateway; the round then starts and ends on its own with every config path cut', async (t) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'live-config-'));
  const chrony = await ChronyServer.start({ dir: path.join(dir, 'chrony'), port: await freePort() });
  t.teardown(() => chrony.stop());
  const gwConfigDir = path.join(dir, 'gw-config');
  const instance = await startConfigInstance({
    store: { kind: 'sqlite', path: path.join(dir, 'config.sqlite') },
    operators: [{ name: 'tester', token: operatorToken }],
    fileTargets: [gwConfigDir],
    seedFleet: ['gw-1'],
  });
  t.teardown(() => instance.stop());
  const gw = await startGatewayProcess({
    SHAKE_AUTH_SECRET: secret, SHAKE_FAULT_INJECTION: '1', SHAKE_DATA_DIR: path.join(dir, 'data'),
    SHAKE_CONFIG_URLS: instance.url, SHAKE_CONFIG_DIR: gwConfigDir, SHAKE_NTP_SERVERS: `${chrony.host}:${chrony.port}`,
  });
  t.teardown(() => gw.stop());
  await waitVersion(gw, 1);
  const status = await gw.status();
  t.equal(status.config.clock.synced, true, 'the gateway measured its clock against chrony');
  t.ok(Math.abs(status.clock.offsetMs) < 50, `clock offset ${status.clock.offsetMs} ms`);

  const refused = await instance.post('/config/correction', { op: 'set-round-times', roundId: 'r1', startMs: Date.now(), endMs: Date.now() + 1000, baseVersion: 1, confirmed: true });
  t.equal(refused.status, 401, 'a change without an operator token is refused');
  const startMs = Date.now() + 2000;
  const endMs = startMs + 1500;
  // Round r1 is imminent in the seeded show: moving it is confirmed explicitly.
  const accepted = await instance.post('/config/correction', { op: 'set-round-times', roundId: 'r1', startMs, endMs, baseVersion: 1, confirmed: true }, operatorToken);
  t.equal(accepted.status, 200, `correction accepted: ${JSON.stringify(accepted.json).slice(0, 200)}`);
  await waitVersion(gw, 2);
  await drill.feed(gw.adminPort, packets(1000, ['sponsor-a']));
  await instance.stop(); // push and poll are gone; nothing new is written to the file channel

  const phone = await TestPhone.connect(gw.url, { secret, userId: 'timer' });
  t.teardown(() => phone.close());
  let firstInRound = 0;
  let firstAfter = 0;
  for (let seq = 1; Date.now() < endMs + 600; seq++) {
    phone.send({ seq, shake: {} });
    await phone.until((p) => p.replies.length === seq);
    const at = Date.now();
    const r = phone.replies[seq - 1].shake!;
    if (!firstInRound && r.roundId === 'r1' && r.noPacketReason !== 5) firstInRound = at;
    if (!firstAfter && firstInRound && r.noPacketReason === 5) firstAfter = at;
    await sleep(10);
  }
  t.ok(firstInRound >= startMs && firstInRound - startMs < 100, `round started ${firstInRound - startMs} ms after its scheduled start`);
  t.ok(firstAfter >= endMs && firstAfter - endMs < 100, `round ended ${firstAfter - endMs} ms after its scheduled end`);
});
