/**
 * Resource manifest over a real gateway: a phone asks for it and reports the
 * version it holds (coverage in /status and /metrics); when the show publishes
 * a different list, every connected phone is sent the new manifest unasked.
 */
import t from 'tap';
import { startGatewayProcess } from '../../../test/helpers/gateway-process.ts';
import { TestPhone } from '../../../test/helpers/phone.ts';
import { drill, roundShow } from '../../../test/helpers/show-drill.ts';
import { demoResource } from '../../../contracts/show/demo-resources.ts';

const secret = 'resources-secret-0123456789';

t.test('manifest on request, coverage per version, new manifest pushed to every phone', async (t) => {
  const gw = await startGatewayProcess({ SHAKE_AUTH_SECRET: secret, SHAKE_FAULT_INJECTION: '1' });
  t.teardown(() => gw.stop());
  const show = roundShow();
  await drill.applyShow(gw.adminPort, show);
  const [p1, p2] = await Promise.all([TestPhone.connect(gw.url, { secret, userId: 'r1' }), TestPhone.connect(gw.url, { secret, userId: 'r2' })]);
  t.teardown(() => { p1.close(); p2.close(); });

  const m = (await p1.call({ resources: { haveVersion: 0 } })).resources!;
  const v1 = Number(m.version);
  t.ok(v1 > 0, `a manifest version (${v1})`);
  t.same(m.items!.map((i) => i.id), show.resources.map((r) => r.id), 'the show\'s resources');
  t.ok(m.items!.every((i) => /^[0-9a-f]{64}$/.test(i.sha256!) && Number(i.sizeBytes) > 0 && i.url), 'each with url, size and sha256');
  await p1.call({ resources: { haveVersion: v1 } });
  await p2.call({ resources: { haveVersion: 0 } });
  const st = await gw.status();
  t.same(st.resources.coverage, { [v1]: 1, 0: 1 }, 'coverage: one phone holds v1, one nothing yet');
  const metrics = await (await fetch(`http://127.0.0.1:${gw.adminPort}/metrics`)).text();
  t.match(metrics, new RegExp(`shake_resource_holders\\{version="${v1}"\\} 1`), 'coverage in /metrics');

  const next = { ...show, version: show.version + 1, resources: [...show.resources, demoResource('logo-sponsor-d', 'sponsor-logo')] };
  await drill.applyShow(gw.adminPort, next);
  const pushed = (p: TestPhone) => p.replies.find((r) => r.seq === 0 && r.resources);
  await p1.until((p) => !!pushed(p));
  await p2.until((p) => !!pushed(p));
  const v2 = Number(pushed(p1)!.resources!.version);
  t.ok(v2 > 0 && v2 !== v1, 'a new version');
  t.equal(pushed(p1)!.resources!.items!.length, show.resources.length + 1, 'pushed to the first phone with the new item');
  t.equal(Number(pushed(p2)!.resources!.version), v2, 'and to the second');
});
