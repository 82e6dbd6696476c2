/**
 * Parts import other parts only through contracts/ (or the other shared
 * libraries) or the other part's index.ts (rule: contracts/test/import-boundaries.ts).
 */
import t from 'tap';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { boundaryViolation, importSpecifiers, scanBoundaries } from './import-boundaries.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Reach-ins not yet removed, each with why it is still here. Adding to this list
 * is a design decision: prefer moving the shared thing to contracts/ or exporting
 * it from the part's index.ts.
 */
const KNOWN: Record<string, string> = {};

t.test('no part reaches into another part\'s insides', async (t) => {
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
  const found = scanBoundaries(root, files).map((v) => `${v.from} -> ${v.to}`);
  const unexpected = found.filter((v) => !(v in KNOWN));
  t.same(unexpected, [], 'cross-part imports go through contracts/, common/, queue/ or the part\'s index.ts');
  t.same(Object.keys(KNOWN).filter((k) => !found.includes(k)), [], 'every known exception still exists (a fixed one leaves this list)');
});

t.test('the rule itself: a reach-in fails, the allowed forms pass', async (t) => {
  const specs = importSpecifiers([
    "import { x } from '../../gateway/logic/show/cap-verdict.ts';",
    "export { y } from '../contracts/errors.ts';",
    "const m = await import('../../gateway/index.ts');",
    "import '../queue/types.ts';",
  ].join('\n'));
  t.same(specs, ['../../gateway/logic/show/cap-verdict.ts', '../contracts/errors.ts', '../../gateway/index.ts', '../queue/types.ts']);
  t.same(boundaryViolation('agent/feed/feeder.ts', '../../gateway/logic/show/cap-verdict.ts'), { from: 'agent/feed/feeder.ts', to: 'gateway/logic/show/cap-verdict.ts' }, 'a reach-in into another part is reported');
  t.ok(boundaryViolation('contracts/show/types.ts', '../../gateway/index.ts'), 'a contract may not import a part, even its index');
  t.equal(boundaryViolation('agent/feed/feeder.ts', '../../gateway/index.ts'), null, 'through the part\'s index.ts');
  t.equal(boundaryViolation('agent/feed/feeder.ts', '../../contracts/show/timeline.ts'), null, 'through contracts/');
  t.equal(boundaryViolation('ops/cli/phone.ts', '../../client/node.ts'), null, 'through an entry the part declares public');
  t.ok(boundaryViolation('ops/cli/phone.ts', '../../client/node-websocket.ts'), 'but not past it');
  t.equal(boundaryViolation('packet-service/app.ts', '../common/logger.ts'), null, 'a shared library');
  t.equal(boundaryViolation('agent/feed/feeder.ts', './window-limiter.ts'), null, 'inside the part');
  t.equal(boundaryViolation('agent/test/gateway-harness.ts', '../../gateway/pool/packet-pool.ts'), null, 'test code drives parts from outside');
  t.equal(boundaryViolation('bench/logic-swap.ts', '../gateway/logic/show/shake-decision.ts'), null, 'benches too');
});
