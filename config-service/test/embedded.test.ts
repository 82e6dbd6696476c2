/**
 * The embedded single-instance deployment (SQLite) with an in-process gateway
 * follower: versions persist across restarts, optimistic concurrency, history
 * and rollback, the follower's apply rules (only newer, only valid, file
 * channel alone with no instance reachable), and a live "end now" correction
 * ending a running round on the gateway's countdown.
 */
import { DEV_SECRETS } from '../../common/secrets.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import t from 'tap';
import { createLogger } from '../../common/logger.ts';
import { ConfigFollower } from '../../gateway/show-config/config-follower.ts';
import { RoundCountdown, type RoundEvent } from '../../gateway/show-config/countdown.ts';
import { instanceConfig } from '../instance-config.ts';
import { startInstance, type RunningInstance } from '../instance.ts';
import type { ShowConfig } from '../../contracts/show/types.ts';
import { post, postChange, TOKEN } from './helpers/harness.ts';

const logger = createLogger('test', { level: 'warn' });
const dir = mkdtempSync(path.join(os.tmpdir(), 'cfg-embedded-'));
const gwDir = path.join(dir, 'gw-1');
const cfg = instanceConfig({ port: 0, store: { kind: 'sqlite', path: path.join(dir, 'config.sqlite') }, operators: [{ name: 'bob', token: TOKEN }], fileTargets: [gwDir] });
let inst: RunningInstance;
const followers: ConfigFollower[] = [];
t.teardown(async () => { for (const f of followers) f.stop(); await inst?.close(); });
const until = async (cond: () => boolean, ms = 5000) => {
  const end = Date.now() + ms;
  while (!cond()) { if (Date.now() > end) throw new Error('timeout'); await new Promise((r) => setTimeout(r, 10)); }
};

t.test('instance seeds the default show; follower applies it; versions persist across restart', async (t) => {
  inst = await startInstance(cfg, logger);
  const f = new ConfigFollower({ gatewayId: 'gw-1', serviceToken: DEV_SECRETS.service, configDir: gwDir, instanceUrls: [inst.url], pollIntervalMs: 300, logger });
  followers.push(f);
  await f.start();
  await until(() => f.version() === 1);
  const r = await postChange(inst.url, '/config/correction', { op: 'shift-round', roundId: 'r2', deltaMs: 5000 });
  t.equal(r.status, 200);
  await until(() => f.version() === 2);
  await inst.close();
  inst = await startInstance(cfg, logger);
  const latest = (await (await fetch(`${inst.url}/config`)).json()) as ShowConfig;
  t.equal(latest.version, 2, 'version 2 survived the restart');
  t.equal(latest.updatedBy, 'bob');
  t.equal(latest.comment, 'shift round r2 by +5 s');
});

t.test('stale base version is a conflict; history and rollback', async (t) => {
  const doc = (await (await fetch(`${inst.url}/config/1`)).json()) as ShowConfig;
  const stale = await post(inst.url, '/config', { document: { ...doc, comment: 'from v1' }, baseVersion: 1, confirmed: true });
  t.equal(stale.status, 409);
  t.equal((stale.body as { code: string }).code, 'VERSION_CONFLICT');
  const ok = await post(inst.url, '/config', { document: { ...doc, comment: 'edited whole document' }, baseVersion: 2, confirmed: true });
  t.equal(ok.status, 200);
  t.equal(ok.body.version, 3);
  const rb = await postChange(inst.url, '/config/rollback', { version: 2 });
  t.equal(rb.status, 200);
  const v4 = rb.body.document as ShowConfig;
  const v2 = (await (await fetch(`${inst.url}/config/2`)).json()) as ShowConfig;
  t.equal(v4.version, 4);
  t.same(v4.rounds, v2.rounds, 'rollback content = version 2');
  const hist = (await (await fetch(`${inst.url}/history`)).json()) as { version: number; updatedBy: string; comment: string }[];
  t.same(hist.map((x) => x.version), [4, 3, 2, 1]);
  t.equal(hist[0].comment, 'rollback to version 2');
  t.equal(hist[0].updatedBy, 'bob');
  t.equal((await fetch(`${inst.url}/config/99`)).status, 404);
});

t.test('follower with no instance reachable: file channel alone; only newer and valid documents apply', async (t) => {
  const fdir = path.join(dir, 'gw-2');
  const f = new ConfigFollower({ gatewayId: 'gw-2', serviceToken: DEV_SECRETS.service, configDir: fdir, instanceUrls: ['http://127.0.0.1:9'], pollIntervalMs: 200, logger, requestTimeoutMs: 200 });
  followers.push(f);
  await f.start();
  t.equal(f.version(), 0);
  const v4 = (await (await fetch(`${inst.url}/config/4`)).json()) as ShowConfig;
  writeFileSync(path.join(fdir, 'show.json'), JSON.stringify(v4));
  await until(() => f.version() === 4);
  t.pass('applied v4 from a hand-dropped show.json');
  writeFileSync(path.join(fdir, 'show.bad.json'), JSON.stringify({ ...v4, version: 9, rounds: [{ ...v4.rounds[0], endMs: 0 }] }));
  writeFileSync(path.join(fdir, 'show.torn.json'), '{"version": 10, "showId": ');
  await until(() => f.status().rejected >= 1);
  await new Promise((r) => setTimeout(r, 300));
  t.equal(f.version(), 4, 'an invalid v9 and a torn file change nothing');
  t.equal(f.status().lastRejection?.errors[0].path, 'rounds[0].endMs');
  t.equal(f.offer({ ...v4, version: 3 }, 'push', 'test'), false, 'older version ignored');
  t.equal(f.offer({ ...v4, version: 4 }, 'push', 'test'), false, 'same version ignored');
  t.ok(Object.isFrozen(f.current()!.rounds[0]), 'applied document is frozen (no partial mutation)');
  t.equal(f.status().channels.poll.up, false);
});

t.test('every change names its base version; a stale one is a conflict that says what changed; imminent rounds need a confirmation', async (t) => {
  const v = (await (await fetch(`${inst.url}/health`)).json() as { latestVersion: number }).latestVersion;
  const noBase = await post(inst.url, '/config/correction', { op: 'shift-round', roundId: 'r3', deltaMs: 10_000 });
  t.equal(noBase.status, 400);
  t.equal((noBase.body as { code: string }).code, 'BASE_VERSION_REQUIRED');
  // Two operators press +10 s on the same round, both from version v: exactly one lands.
  const both = await Promise.all([0, 1].map(() => post(inst.url, '/config/correction', { op: 'shift-round', roundId: 'r3', deltaMs: 10_000, baseVersion: v })));
  t.same(both.map((r) => r.status).sort(), [200, 409], 'one accepted, one conflict');
  const loser = both.find((r) => r.status === 409)!.body as { code: string; details: { latestVersion: number; meanwhile: { version: number; comment: string }[]; diff: { rounds: { id: string }[] } } };
  t.equal(loser.code, 'VERSION_CONFLICT');
  t.equal(loser.details.latestVersion, v + 1);
  t.match(loser.details.meanwhile[0].comment, /shift round r3 by \+10 s/, 'the conflict names the change made meanwhile');
  t.same(loser.details.diff.rounds.map((r) => r.id), ['r3']);
  // Round r2 starts or starts within 5 min: without confirmed the change is refused and nothing stored.
  const unconfirmed = await post(inst.url, '/config/correction', { op: 'shift-round', roundId: 'r2', deltaMs: 10_000, baseVersion: v + 1 });
  t.equal(unconfirmed.status, 409);
  const err = unconfirmed.body as { code: string; details: { confirmations: { kind: string; roundId: string; newStartMs: number; startMs: number }[] } };
  t.equal(err.code, 'CONFIRMATION_REQUIRED');
  t.equal(err.details.confirmations[0].roundId, 'r2');
  t.equal(err.details.confirmations[0].newStartMs - err.details.confirmations[0].startMs, 10_000, 'names the new start');
  const after = (await (await fetch(`${inst.url}/health`)).json() as { latestVersion: number }).latestVersion;
  t.equal(after, v + 1, 'nothing stored without the confirmation');
  const confirmed = await post(inst.url, '/config/correction', { op: 'shift-round', roundId: 'r2', deltaMs: 10_000, baseVersion: v + 1, confirmed: true, comment: 'host is late' });
  t.equal(confirmed.status, 200);
  t.equal((confirmed.body.document as ShowConfig).comment, 'shift round r2 by +10 s — host is late', 'the history keeps what and why');
});


t.test('"end now" during a running round ends it on the gateway at once', async (t) => {
  const f = followers[0];
  const cd = new RoundCountdown({ now: Date.now, logger });
  t.teardown(() => cd.stop());
  const starts: RoundEvent[] = [];
  const ends: RoundEvent[] = [];
  cd.onRoundStart((e) => starts.push(e));
  cd.onRoundEnd((e) => ends.push(e));
  f.onApply((doc) => cd.load(doc));
  const s = await postChange(inst.url, '/config/correction', { op: 'set-round-times', roundId: 'r1', startMs: Date.now() + 300, endMs: Date.now() + 60_000 });
  t.equal(s.status, 200);
  await until(() => f.version() === s.body.version);
  cd.load(f.current()!);
  await until(() => starts.length === 1);
  t.ok(starts[0].lateMs >= 0 && starts[0].lateMs < 100, `started ${starts[0].lateMs} ms after schedule`);
  const e = await postChange(inst.url, '/config/correction', { op: 'end-round-now', roundId: 'r1' });
  t.equal(e.status, 200);
  const acceptedAt = Date.now();
  await until(() => ends.length === 1);
  t.ok(Date.now() - acceptedAt < 1000, `ended ${Date.now() - acceptedAt} ms after the correction was accepted`);
  t.equal(cd.current(), null);
});
