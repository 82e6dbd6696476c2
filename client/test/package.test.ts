/**
 * The SDK is a package of its own: its import graph stays inside client/,
 * contracts/proto/ and contracts/ (no server code), the browser bundle has no Node
 * imports, and the built Node entry talks to a real gateway.
 */
import t from 'tap';
import path from 'node:path';
import { readFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { repoRoot, startGatewayProcess } from '../../test/helpers/gateway-process.ts';
import { makeUserToken } from '../../gateway/auth/user-token.ts';
import { buildSdk } from '../build.ts';

const ALLOWED = ['client/', 'contracts/proto/', 'contracts/'];

function importGraph(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const src = readFileSync(entry, 'utf8');
  for (const m of src.matchAll(/(?:import|export)[^'"]*?from\s+'(\.[^']+)'/g)) importGraph(path.resolve(path.dirname(entry), m[1]!), seen);
  return seen;
}

t.test('the SDK imports only the shared contracts (contracts/proto/, contracts/) and its own files', async (t) => {
  const files = [...importGraph(path.join(repoRoot, 'client/index.ts')), ...importGraph(path.join(repoRoot, 'client/node.ts'))]
    .map((f) => path.relative(repoRoot, f));
  const outside = files.filter((f) => !ALLOWED.some((a) => f.startsWith(a)));
  t.same(outside, [], `every SDK file is under ${ALLOWED.join(', ')} (${files.length} files)`);
  const pkg = JSON.parse(readFileSync(path.join(repoRoot, 'client/package.json'), 'utf8')) as { name: string; exports: Record<string, unknown> };
  t.ok(pkg.name && pkg.exports['.'] && pkg.exports['./node'], 'client/package.json names the package and its exports');
});

t.test('builds a browser bundle without Node imports and a Node entry that runs against a real gateway', async (t) => {
  // Under the repository: the Node entry keeps `ws` and `protobufjs` external, resolved from node_modules.
  mkdirSync(path.join(repoRoot, 'var'), { recursive: true });
  const out = mkdtempSync(path.join(repoRoot, 'var', 'sdk-test-'));
  t.teardown(() => rmSync(out, { recursive: true, force: true }));
  const built = await buildSdk(out);
  const browser = readFileSync(built.browser, 'utf8');
  t.notMatch(browser, /from\s+["'](node:|ws["'])|require\(["'](node:|ws["'])/, 'the browser bundle imports nothing from Node');
  t.match(browser, /ShakeClient = class|class ShakeClient/, 'the browser bundle carries the client');

  const secret = 'sdk-package-secret-0123456789';
  const gw = await startGatewayProcess({ SHAKE_AUTH_SECRET: secret, SHAKE_DATA_DIR: mkdtempSync('/tmp/sdkp-') });
  t.teardown(() => gw.stop());
  const sdk = await import(pathToFileURL(built.node).href) as typeof import('../node.ts');
  const c = new sdk.ShakeClient({ gateways: [gw.url], token: makeUserToken(secret, 'pkg-user', Date.now() + 60_000), webSocket: sdk.nodeWebSocketFactory() });
  t.teardown(() => c.close());
  const r = await c.shake();
  t.ok(r.outcome > 0, `the built Node entry shakes (outcome ${r.outcome})`);
  const grab = await c.grab('no-such-packet').catch((e: Error & { code?: string }) => e.code);
  t.equal(grab, 'TRY_AGAIN_LATER', 'a grab through a gateway without an agent is told to try again');
});
