/**
 * Every process resolves its secrets through common/secrets.ts: in the
 * production profile (the default) a development secret, a missing one or two
 * equal ones stop it before it serves anything, with the reason on stderr; in
 * the development profile each development secret in use is warned about once.
 */
import t from 'tap';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { repoRoot } from '../helpers/gateway-process.ts';
import { readFileSync, statSync } from 'node:fs';
import { DEV_SECRETS } from '../../common/secrets.ts';
import { TestPhone } from '../helpers/phone.ts';
import type { DeploymentInfo } from '../../ops/deploy/types.ts';

interface Run { code: number | null; out: string }

/** Runs an entry until it exits, or until `readyLine` shows (then stops it); returns its exit code and output. */
function run(entry: string, env: Record<string, string | undefined>, readyLine: RegExp, args: string[] = []): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, entry), ...args], {
    cwd: repoRoot, env: { ...process.env, SHAKE_LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const onData = (d: Buffer) => { out += d; if (readyLine.test(out)) child.kill('SIGTERM'); };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  return new Promise((resolve) => child.once('exit', (code) => { clearTimeout(timer); resolve({ code, out }); }));
}

const strong = (s: string) => `${s}-0123456789abcdef`;
const clean = { SHAKE_AUTH_SECRET: undefined, SHAKE_COOKIE_SECRET: undefined, SHAKE_PACKET_SECRET: undefined, SHAKE_OPERATOR_TOKEN: undefined, SHAKE_SERVICE_TOKEN: undefined };

t.test('gateway: production refuses development, missing and equal secrets; development warns once each', async (t) => {
  const dir = mkdtempSync('/tmp/secrets-gw-');
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const gw = (env: Record<string, string | undefined>) => run('gateway/main.ts', { ...clean, SHAKE_WS_PORT: '0', SHAKE_DATA_DIR: dir, ...env }, /listening/);
  const prod = { SHAKE_PROFILE: 'production' };

  const missing = await gw({ ...prod, SHAKE_AUTH_SECRET: strong('auth') });
  t.equal(missing.code, 1, 'only the auth secret set: refused');
  t.match(missing.out, /SECRETS_REFUSED: refusing to start \(production profile\): SHAKE_COOKIE_SECRET is not set; SHAKE_PACKET_SECRET is not set/);

  const dev = await gw({ ...prod, SHAKE_AUTH_SECRET: DEV_SECRETS.auth, SHAKE_COOKIE_SECRET: strong('cookie'), SHAKE_PACKET_SECRET: strong('packet') });
  t.equal(dev.code, 1, 'the documented dev auth secret: refused');
  t.match(dev.out, /SHAKE_AUTH_SECRET is a public development secret/);

  const same = strong('same');
  const equal = await gw({ ...prod, SHAKE_AUTH_SECRET: same, SHAKE_COOKIE_SECRET: same, SHAKE_PACKET_SECRET: strong('packet') });
  t.equal(equal.code, 1, 'two equal secrets: refused');
  t.match(equal.out, /SHAKE_AUTH_SECRET and SHAKE_COOKIE_SECRET must differ/);
  t.notMatch(equal.out, /listening/, 'nothing served');

  const ok = await gw({ ...prod, SHAKE_AUTH_SECRET: strong('auth'), SHAKE_COOKIE_SECRET: strong('cookie'), SHAKE_PACKET_SECRET: strong('packet'), SHAKE_SERVICE_TOKEN: strong('service') });
  t.match(ok.out, /listening/, 'four distinct real secrets (auth, cookie, packet, service): it starts');
  t.notMatch(ok.out, /development secret in use/);

  const devProfile = await gw({ SHAKE_PROFILE: 'development' });
  t.match(devProfile.out, /listening/, 'development profile: starts on the documented secrets');
  for (const v of ['SHAKE_AUTH_SECRET', 'SHAKE_COOKIE_SECRET', 'SHAKE_PACKET_SECRET']) {
    t.equal(devProfile.out.split(`development secret in use for ${v}`).length - 1, 1, `${v} warned about once`);
  }
});

t.test('config service: production refuses the development operator token; development warns once', async (t) => {
  const dir = mkdtempSync('/tmp/secrets-cfg-');
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const instance = JSON.stringify({ port: 0, store: { kind: 'sqlite', path: path.join(dir, 'c.sqlite') } });
  const cfg = (env: Record<string, string | undefined>) => run('config-service/main.ts', { ...clean, SHAKE_CONFIG_INSTANCE: instance, ...env }, /"evt":"listening"/);

  const dev = await cfg({ SHAKE_PROFILE: 'production', SHAKE_OPERATOR_TOKEN: DEV_SECRETS.operator });
  t.equal(dev.code, 1, 'dev-token in production: refused');
  t.match(dev.out, /SECRETS_REFUSED|public development secret/);
  const none = await cfg({ SHAKE_PROFILE: 'production' });
  t.equal(none.code, 1, 'no operator token in production: refused');
  t.match(none.out, /SHAKE_OPERATOR_TOKEN is not set/);
  const ok = await cfg({ SHAKE_PROFILE: 'production', SHAKE_OPERATOR_TOKEN: strong('operator'), SHAKE_SERVICE_TOKEN: strong('service') });
  t.match(ok.out, /"evt":"listening"/, 'a real operator token: it starts');
  const devProfile = await cfg({ SHAKE_PROFILE: 'development' });
  t.match(devProfile.out, /"evt":"listening"/, 'development: starts');
  t.equal(devProfile.out.split('development secret in use for SHAKE_OPERATOR_TOKEN').length - 1, 1, 'and warns once');
});

t.test('npm start in the production profile refuses the development secrets before starting anything', async (t) => {
  const dir = mkdtempSync('/tmp/secrets-start-');
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const r = await run('ops/start.ts', { ...clean, SHAKE_PROFILE: 'production' }, /deployment up/, ['--base-port', '0', '--dir', dir]);
  t.equal(r.code, 1, 'exit 1');
  t.match(r.out, /start failed: SECRETS_REFUSED: refusing to start \(production profile\): SHAKE_AUTH_SECRET is not set/);
  t.notMatch(r.out, /ok config/, 'no component was started');
});

t.test('npm start honours the secrets set in the environment, and writes them 0600', async (t) => {
  const dir = mkdtempSync('/tmp/secrets-env-');
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const env = { SHAKE_AUTH_SECRET: strong('auth-env'), SHAKE_COOKIE_SECRET: strong('cookie-env'), SHAKE_PACKET_SECRET: strong('packet-env'), SHAKE_OPERATOR_TOKEN: strong('operator-env'), SHAKE_SERVICE_TOKEN: strong('service-env') };
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(repoRoot, 'ops/start.ts'), '--base-port', '0', '--dir', dir, '--seeds', '2000'], {
    cwd: repoRoot, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise((r) => child.once('exit', r));
  t.teardown(() => { if (child.exitCode === null) child.kill('SIGKILL'); });
  const deadline = Date.now() + 150_000;
  while (!/deployment up/.test(out)) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`npm start did not come up:\n${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const file = path.join(dir, 'deployment.json');
  t.equal(statSync(file).mode & 0o777, 0o600, 'deployment.json is 0600');
  const dep = JSON.parse(readFileSync(file, 'utf8')) as DeploymentInfo;
  t.same(dep.secrets, { auth: env.SHAKE_AUTH_SECRET, cookie: env.SHAKE_COOKIE_SECRET, packet: env.SHAKE_PACKET_SECRET, service: env.SHAKE_SERVICE_TOKEN }, 'the descriptor holds the secrets in use');
  t.equal(dep.config.operatorToken, env.SHAKE_OPERATOR_TOKEN);
  t.notMatch(out, /development secret in use/, 'no development secret in use, none warned about');
  const phone = await TestPhone.connect(dep.gateways[0]!.wsUrl, { secret: env.SHAKE_AUTH_SECRET, userId: 'env-user' });
  phone.close();
  t.pass('a token signed with SHAKE_AUTH_SECRET is accepted by the gateway');
  const refused = await TestPhone.connect(dep.gateways[0]!.wsUrl, { secret: DEV_SECRETS.auth, userId: 'dev-user' }).then(() => null, (e: { statusCode?: number; code?: string }) => e);
  t.equal(refused?.statusCode, 401, 'a token signed with the development secret is refused');
  t.equal(refused?.code, 'AUTH_TOKEN_BAD_SIGNATURE');
  child.kill('SIGINT');
  t.equal(await exited, 0);
});
