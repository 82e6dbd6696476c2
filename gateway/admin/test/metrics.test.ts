/**
 * The gateway's /metrics as a Prometheus scraper reads it: request latency is
 * a cumulative histogram in seconds by kind (shakes, and open/share acks sent
 * once durable), counters match /status (one declaration feeds both), process
 * and event-loop metrics are there, and /health answers.
 */
import t from 'tap';
import { startGatewayProcess } from '../../../test/helpers/gateway-process.ts';
import { TestPhone } from '../../../test/helpers/phone.ts';
import { drill, packets, roundShow } from '../../../test/helpers/show-drill.ts';
import { parsePrometheusText, histogramProblems, histogramCount } from '../../../test/helpers/prometheus-text.ts';

const secret = 'e2e-secret-0123456789';

t.test('latency histograms, counters and health of a gateway that served shakes and an open/share', async (t) => {
  const gw = await startGatewayProcess({ SHAKE_AUTH_SECRET: secret, SHAKE_FAULT_INJECTION: '1' });
  t.teardown(() => gw.stop());
  const admin = `http://127.0.0.1:${gw.adminPort}`;
  await drill.applyShow(gw.adminPort, roundShow({ caps: { packetsPerUser: 1, packetsPerSponsor: 1 } }));
  await drill.feed(gw.adminPort, packets(5, ['s1']));

  const phone = await TestPhone.connect(gw.url, { secret, userId: 'm1' });
  t.teardown(() => phone.close());
  let token: string | null = null;
  let cookie: Uint8Array = new Uint8Array();
  let seq = 0;
  while (!token && seq < 50) {
    phone.send({ seq: ++seq, shake: { cookie } });
    await phone.until((p) => p.replies.length === seq);
    const r = phone.replies[seq - 1].shake!;
    if (r.cookie?.length) cookie = r.cookie;
    if (r.packet) token = r.packet.token!;
  }
  t.ok(token, 'a packet won');
  const shakes = seq;
  phone.send({ seq: ++seq, open: { packetToken: token! } });
  phone.send({ seq: ++seq, share: { packetToken: token! } });
  await phone.until((p) => p.replies.length === seq);

  const health = await fetch(`${admin}/health`);
  t.equal(health.status, 200, '/health answers 200');
  t.equal(((await health.json()) as { ok: boolean }).ok, true);

  const res = await fetch(`${admin}/metrics`);
  t.match(res.headers.get('content-type'), /^text\/plain; version=0\.0\.4/);
  const fams = parsePrometheusText(await res.text());
  const lat = fams.get('shake_request_duration_seconds');
  t.ok(lat, 'the request latency histogram');
  t.same(histogramProblems(lat!), [], 'cumulative buckets, +Inf = _count, _sum present');
  t.equal(histogramCount(lat, { request: 'shake' }), shakes, 'every shake timed');
  t.equal(histogramCount(lat, { request: 'open_share' }), 2, 'the open and the share acks timed');
  t.equal(histogramCount(lat, { request: 'grab' }), 0, 'no grab');
  const les = lat!.samples.filter((s) => s.name.endsWith('_bucket')).map((s) => s.labels.le);
  t.ok(les.includes('0.001') && les.includes('+Inf'), 'bucket bounds in seconds');

  const status = await gw.status();
  const value = (name: string) => fams.get(name)?.samples[0]?.value;
  t.equal(fams.get('shake_frames_in_total')?.type, 'counter');
  t.equal(value('shake_frames_in_total'), status.counters.framesIn, 'frames in: /metrics = /status');
  t.equal(value('shake_packets_issued_total'), status.counters.packetsIssued, 'packets issued: /metrics = /status');
  t.equal(value('shake_ops_opened_total'), 1);
  t.equal(value('shake_ops_shared_total'), 1);
  t.equal(fams.get('shake_connections')?.type, 'gauge');
  t.equal(value('shake_connections'), 1);
  for (const name of ['process_cpu_seconds_total', 'process_resident_memory_bytes', 'nodejs_eventloop_lag_seconds', 'nodejs_eventloop_lag_p99_seconds']) {
    t.ok(fams.has(name), `process metric ${name}`);
  }
  for (const [name, f] of fams) if (f.type === 'counter') t.match(name, /_total$/, `counter ${name} ends in _total`);
});
