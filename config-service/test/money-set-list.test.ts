/**
 * The instance config's `moneySets` list: checked at start (indexes 0..N-1
 * once each, http(s) base URLs), and a config instance process given a bad
 * list refuses to start with one line naming CONFIG_INSTANCE_INVALID and the field.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import t from 'tap';
import { instanceConfig } from '../instance-config.ts';
import { checkMoneySetList } from '../money-set-list.ts';
import { REPO_ROOT } from '../../ops/topology/spawn-entry.ts';

t.test('a good list is kept, sorted, trailing slashes dropped', async (t) => {
  t.same(checkMoneySetList([{ set: 1, url: 'https://money-1.example:8443/' }, { set: 0, url: 'http://127.0.0.1:8080' }]),
    [{ set: 0, url: 'http://127.0.0.1:8080' }, { set: 1, url: 'https://money-1.example:8443' }]);
  t.same(checkMoneySetList([]), [], 'none watched');
  t.same(instanceConfig({}).moneySets, [], 'default: none');
});

t.test('bad lists are refused with the reason', async (t) => {
  const cases: [unknown, RegExp][] = [
    [{ set: 0, url: 'http://a' }, /must be a list/],
    [[null], /\[0\] must be an object/],
    [[{ set: 0.5, url: 'http://a' }], /\[0\]\.set must be an integer/],
    [[{ set: -1, url: 'http://a' }], /\[0\]\.set must be an integer >= 0/],
    [[{ set: '0', url: 'http://a' }], /\[0\]\.set must be an integer/],
    [[{ set: 0, url: 'http://a' }, { set: 0, url: 'http://b' }], /SET 0 is listed twice/],
    [[{ set: 0, url: 'http://a' }, { set: 2, url: 'http://b' }], /SET indexes must be 0\.\.1, each once; SET 1 is missing/],
    [[{ set: 0, url: 'ftp://a' }], /\[0\]\.url must be http or https/],
    [[{ set: 0, url: 'not a url' }], /\[0\]\.url is not a URL/],
    [[{ set: 0, url: 42 }], /\[0\]\.url must be a string/],
    [[{ set: 0, url: 'http://u:p@a' }], /without query, fragment or credentials/],
    [[{ set: 0, url: 'http://a', index: 0 }], /unknown field\(s\) index/],
  ];
  for (const [input, reason] of cases) {
    t.throws(() => checkMoneySetList(input), { code: 'CONFIG_INSTANCE_INVALID', message: reason }, JSON.stringify(input));
  }
  t.throws(() => instanceConfig({ moneySets: [{ set: 1, url: 'http://a' }] }), { code: 'CONFIG_INSTANCE_INVALID' }, 'instanceConfig checks it');
  t.throws(() => instanceConfig({ moneySetPollIntervalMs: 1000, moneySetPollTimeoutMs: 1000 }), { code: 'CONFIG_INSTANCE_INVALID', message: /timeout below the interval/ });
  t.equal(instanceConfig({}).moneySetStallAfterMs, 10_000, 'stall time default: 10 s');
  for (const bad of [0, -1, 1.5, Number.NaN, '10000' as unknown as number]) {
    t.throws(() => instanceConfig({ moneySetStallAfterMs: bad }), { code: 'CONFIG_INSTANCE_INVALID', message: /moneySetStallAfterMs must be a positive integer/ }, `stall time ${String(bad)}`);
  }
});

t.test('the process refuses to start on a bad list: one line, exit 1', async (t) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'cfg-bad-sets-'));
  const file = path.join(dir, 'instance.json');
  writeFileSync(file, JSON.stringify({ port: 0, store: { kind: 'sqlite', path: path.join(dir, 'c.sqlite') }, moneySets: [{ set: 0, url: 'http://127.0.0.1:1' }, { set: 0, url: 'http://127.0.0.1:2' }] }));
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'config-service/main.ts'), '--config', file],
    { encoding: 'utf8', env: { ...process.env, SHAKE_LOG_LEVEL: 'warn', SHAKE_PROFILE: 'development' }, timeout: 60_000 });
  t.equal(r.status, 1, 'exit 1');
  t.match(r.stderr, /^config instance refused to start: CONFIG_INSTANCE_INVALID: moneySets: SET 0 is listed twice$/m);
  t.notMatch(r.stderr, /\n\s+at /, 'no stack trace');
  t.equal(r.stdout.includes('listening'), false, 'never listened');
});
