/**
 * Every command a user runs: --help prints the usage and exits 0; an unknown
 * flag (or a bad scenario file) is one line on stderr and exit 64 (EX_USAGE),
 * never a stack trace and never a tool's own result code.
 */
import t from 'tap';
import path from 'node:path';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { runEntry } from '../../test/helpers/run-entry.ts';

const COMMANDS: Record<string, string[]> = {
  'npm start': ['ops/start.ts'],
  'npm run rehearsal': ['ops/rehearsal.ts'],
  'npm run drill': ['bench/drill/main.ts'],
  'npm run reconcile': ['packet-service/reconcile.ts'],
  'npm run accounting': ['agent/accounting/cli.ts'],
  'npm run phone': ['ops/cli/phone.ts'],
  'npm run token': ['ops/cli/token.ts'],
  'npm run money-sets': ['ops/cli/money-sets.ts'],
  'npm run seed-splitter': ['seed-splitter/cli.ts'],
};

// test/e2e/newcomer.test.ts runs `npm start` itself (under tsx); these run each command from its bundle.
const run = (entry: string[], args: string[]) => runEntry(entry[0]!, [...entry.slice(1), ...args]);

const noStack = (s: string) => !/\n\s+at /.test(s);

for (const [name, entry] of Object.entries(COMMANDS)) {
  t.test(name, async (t) => {
    const [help, bad] = await Promise.all([run(entry, ['--help']), run(entry, ['--frobnicate'])]);
    t.equal(help.code, 0, '--help exits 0');
    t.match(help.out, /usage/i, '--help prints the usage');
    t.equal(bad.code, 64, `an unknown flag exits 64: ${bad.err}`);
    t.equal(bad.err.trimEnd().split('\n').length, 1, 'one line');
    t.ok(noStack(bad.err), 'no stack trace');
  });
}

t.test('drill: a bad scenario file is a usage error before anything starts', async (t) => {
  const dir = mkdtempSync('/tmp/cli-usage-');
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const base = { name: 'x', users: 10, phases: [{ name: 'p', durationSec: 5, shakeRate: 10 }] };
  const cases: [string, unknown, RegExp][] = [
    ['typo', { ...base, thresholdz: [] }, /thresholdz: unknown key/],
    ['op', { ...base, thresholds: [{ metric: 'shake.errorRate', op: '=~', value: 1 }] }, /unknown operator "=~"/],
    ['restart', { ...base, faults: [{ atSec: 1, kill: 'gw-1', restartAfterSec: -2 }] }, /restartAfterSec: must be a number > 0/],
    ['late-restart', { ...base, faults: [{ atSec: 4, kill: 'gw-1', restartAfterSec: 10 }] }, /falls after the drill's end/],
    ['not-json', '{ nope', /cannot read scenario/],
  ];
  for (const [label, body, why] of cases) {
    const file = path.join(dir, `${label}.json`);
    writeFileSync(file, typeof body === 'string' ? body : JSON.stringify(body));
    const r = await run(COMMANDS['npm run drill']!, [file]);
    t.equal(r.code, 64, `${label}: exit 64`);
    t.match(r.err, why, `${label}: ${r.err.trim()}`);
    t.equal(r.err.trimEnd().split('\n').length, 1, `${label}: one line`);
    t.notMatch(r.out, /starting a/, `${label}: no deployment started`);
  }
});

t.test('phone: a friend flow given wrongly is a usage error before anything connects', async (t) => {
  const cases: [string, string[], RegExp][] = [
    ['empty grab id', ['--grab', ''], /--grab needs a group packet id/],
    ['blank detail id', ['--detail', '  '], /--detail needs a group packet id/],
    ['grab without its id', ['--grab'], /--grab/],
    ['grab and detail', ['--grab', 'p1', '--detail', 'p1'], /--grab and --detail cannot go together/],
    ['balance and grab', ['--balance', '--grab', 'p1'], /--grab and --balance cannot go together/],
    ['grab in a shake session', ['--grab', 'p1', '--shakes', '3'], /--grab runs no shake session: leave out --shakes/],
    ['retry without a friend flow', ['--retry-seconds', '5'], /--retry-seconds goes with --grab, --detail or --balance/],
    ['bad retry', ['--balance', '--retry-seconds', '0'], /--retry-seconds must be a positive integer/],
    ['id too long', ['--grab', 'p'.repeat(65)], /at most 64 characters/],
  ];
  // --deployment names a file that does not exist: a case that got past the usage checks would exit 1, not 64.
  const rs = await Promise.all(cases.map(([, args]) => run(COMMANDS['npm run phone']!, ['--user', 'u1', '--deployment', '/nonexistent/deployment.json', ...args])));
  for (const [i, [label, , why]] of cases.entries()) {
    const r = rs[i]!;
    t.equal(r.code, 64, `${label}: exit 64`);
    t.match(r.err, why, `${label}: ${r.err.trim()}`);
    t.equal(r.err.trimEnd().split('\n').length, 1, `${label}: one line`);
    t.ok(noStack(r.err), `${label}: no stack trace`);
  }
});
