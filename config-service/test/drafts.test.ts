/**
 * Named operators, drafts and the two-person rule on one embedded instance:
 * a change to the rounds is published only by another operator than the one
 * who prepared it; the history records who published, who prepared and why;
 * live corrections stay one person's action; operator tokens from the
 * environment are named and checked.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import t from 'tap';
import { createLogger } from '../../common/logger.ts';
import type { ShowConfig } from '../../contracts/show/types.ts';
import { instanceConfig } from '../instance-config.ts';
import { startInstance, type RunningInstance } from '../instance.ts';
import { operatorsFromEnv } from '../operators.ts';
import { post } from './helpers/harness.ts';

const ALICE = 'alice-token-0123456789';
const BOB = 'bob-token-0123456789';
const dir = mkdtempSync(path.join(os.tmpdir(), 'cfg-drafts-'));
let inst: RunningInstance;
t.before(async () => {
  inst = await startInstance(instanceConfig({
    port: 0, store: { kind: 'sqlite', path: path.join(dir, 'c.sqlite') }, twoPersonRule: true,
    operators: [{ name: 'alice', token: ALICE }, { name: 'bob', token: BOB }],
  }), createLogger('test', { level: 'warn' }));
});
t.teardown(() => inst?.close());

t.test('two-person rule: alice prepares a new round, only bob can publish it', async (t) => {
  const live = (await (await fetch(`${inst.url}/config`)).json()) as ShowConfig;
  const last = live.rounds[live.rounds.length - 1];
  const doc = { ...live, rounds: [...live.rounds, { ...last, id: 'r9', startMs: last.endMs + 60_000, endMs: last.endMs + 120_000 }] };
  const direct = await post(inst.url, '/config', { document: doc, baseVersion: live.version, comment: 'add r9' }, ALICE);
  t.equal(direct.status, 403, 'a whole-document change to the rounds is not published by one person');
  t.equal((direct.body as { code: string }).code, 'TWO_PERSON_RULE');
  const prepared = await post(inst.url, '/drafts', { document: doc, baseVersion: live.version, comment: 'add r9 for the sponsor' }, ALICE);
  t.equal(prepared.status, 200);
  const id = (prepared.body.draft as { id: string }).id;
  const drafts = (await (await fetch(`${inst.url}/drafts`)).json()) as { id: string; preparedBy: string }[];
  t.same(drafts.map((d) => [d.id, d.preparedBy]), [[id, 'alice']], 'the draft is listed with who prepared it');
  const self = await post(inst.url, `/drafts/${id}/publish`, {}, ALICE);
  t.equal((self.body as { code: string }).code, 'TWO_PERSON_RULE', 'alice cannot publish her own draft');
  const ok = await post(inst.url, `/drafts/${id}/publish`, { comment: 'checked with the director' }, BOB);
  t.equal(ok.status, 200);
  const v = ok.body.document as ShowConfig;
  t.equal(v.updatedBy, 'bob');
  t.match(v.comment, /round r9 added — add r9 for the sponsor; checked with the director \(prepared by alice\)/);
  t.equal((await post(inst.url, `/drafts/${id}/publish`, {}, BOB)).status, 404, 'a published draft is gone');
  const corr = await post(inst.url, '/config/correction', { op: 'shift-round', roundId: 'r9', deltaMs: 1000, baseVersion: v.version }, ALICE);
  t.equal(corr.status, 200, 'a live correction stays one person\'s action');
});

t.test('a draft published after the show moved on is a conflict', async (t) => {
  const live = (await (await fetch(`${inst.url}/config`)).json()) as ShowConfig;
  const doc = { ...live, segments: live.segments.map((s, i) => (i === 0 ? { ...s, title: 'Opening (renamed)' } : s)) };
  const prepared = await post(inst.url, '/drafts', { document: doc, baseVersion: live.version }, ALICE);
  await post(inst.url, '/config/correction', { op: 'shift-round', roundId: 'r9', deltaMs: 1000, baseVersion: live.version }, BOB);
  const late = await post(inst.url, `/drafts/${(prepared.body.draft as { id: string }).id}/publish`, {}, BOB);
  t.equal(late.status, 409);
  t.equal((late.body as { code: string }).code, 'VERSION_CONFLICT');
});

t.test('operator tokens from the environment are named and checked', async (t) => {
  const env = { SHAKE_PROFILE: 'development', SHAKE_OPERATORS: 'carol=carol-token-0123456789, dave=dave-token-0123456789', SHAKE_OPERATOR_NAME: 'erin' };
  t.same(operatorsFromEnv(env, 'dev-token').map((o) => o.name), ['carol', 'dave', 'erin']);
  t.notOk(operatorsFromEnv({ SHAKE_PROFILE: 'development' }, 'dev-token').some((o) => o.name === ''), 'the default operator is named after the OS user');
  t.throws(() => operatorsFromEnv({ SHAKE_PROFILE: 'production' }, 'dev-token'), /public development tokens/);
  t.throws(() => operatorsFromEnv({ SHAKE_OPERATORS: 'frank' }, undefined), /name=token/);
});
