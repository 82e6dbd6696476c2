/**
 * The real CLI, spawned: happy path, discrepancy exit, and bad input that must end
 * with a clear message, exit 2, no stack trace and no output left looking valid.
 */
import t from 'tap';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tempDir } from './helpers.ts';

const BIN = fileURLToPath(new URL('../bin/seed-splitter.js', import.meta.url));
const CLI = fileURLToPath(new URL('../cli.ts', import.meta.url));
const TSX = import.meta.resolve('tsx'); // absolute: the test's cwd is a temp dir

/** Through the installed executable shim. */
function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The same CLI entry without the shim (starts faster; used for the many bad-input cases). */
function cliDirect(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, ['--import', TSX, CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const noStack = (s: string) => !/\n\s+at /.test(s) && !/Error:/.test(s);
const tmpLeft = (dir: string) => readdirSync(dir).filter((f) => f.includes('.tmp-'));

t.test('generate, split, verify, recycle, inspect', async (t) => {
  const dir = tempDir(t);
  let r = cli(['generate', '--out', 'o.seed', '--count', '20000', '--seed', '5', '--sponsors', 'acme,bolt,cora'], dir);
  t.equal(r.code, 0, r.err);
  writeFileSync(join(dir, 'machines.txt'), '# gateways\ngw-1 2\ngw-2\n\ngw-3 1 # spare\n');
  r = cli(['split', '--in', 'o.seed', '--out', 'parts', '--machines-file', 'machines.txt'], dir);
  t.equal(r.code, 0, r.err);
  t.match(r.out, /gw-1 \(weight 2\): 10000 packets/);
  r = cli(['verify', 'parts'], dir);
  t.equal(r.code, 0, r.out + r.err);
  t.match(r.out, /^OK: every packet is in exactly one part/m);
  r = cli(['recycle', '--part', 'parts/gw-2.seed', '--out', 'r.seed', '--fraction', '0.2'], dir);
  t.equal(r.code, 0, r.err);
  r = cli(['verify', '--manifest', 'parts/manifest.json', '--original', 'o.seed', '--recycled', 'r.seed', '--json'], dir);
  t.equal(r.code, 0, r.err);
  const j = JSON.parse(r.out);
  t.equal(j.ok, true);
  t.equal(j.stats.partRecords, 20000);
  t.ok(j.stats.recycledRecords > 0);
  r = cli(['inspect', 'parts/gw-3.seed'], dir);
  t.equal(r.code, 0);
  t.equal(JSON.parse(r.out).machineName, 'gw-3');
});

t.test('discrepancies: exit 1 and a report naming each kind', async (t) => {
  const dir = tempDir(t);
  t.equal(cli(['generate', '--out', 'o.seed', '--count', '3000'], dir).code, 0);
  t.equal(cli(['split', '--in', 'o.seed', '--out', 'p', '--machines', 'a,b,c'], dir).code, 0);
  const pb = join(dir, 'p', 'b.seed');
  const b = readFileSync(pb);
  writeFileSync(pb, b.subarray(0, b.length - 32)); // last record of b lost
  writeFileSync(join(dir, 'p', 'c.seed'), readFileSync(join(dir, 'p', 'a.seed'))); // a's part given to c too
  const r = cli(['verify', 'p', '--original', 'o.seed', '--max-examples', '2'], dir);
  t.equal(r.code, 1);
  for (const code of ['MISSING', 'DUPLICATE', 'TRUNCATED_PART', 'PART_ASSIGNED_TWICE', 'PART_MISSING']) t.match(r.out, new RegExp(`^${code}: \\d+`, 'm'));
  t.match(r.out, /\.\.\. and \d+ more/);
});

t.test('bad input: clear message, exit 2, no stack trace, no output left', async (t) => {
  const dir = tempDir(t);
  t.equal(cli(['generate', '--out', 'o.seed', '--count', '500'], dir).code, 0);
  const good = readFileSync(join(dir, 'o.seed'));
  const v2 = Buffer.from(good); v2.writeUInt16LE(2, 8);
  writeFileSync(join(dir, 'v2.seed'), v2);
  writeFileSync(join(dir, 'short.seed'), good.subarray(0, 60));
  const rot = Buffer.from(good); rot[rot.length - 32 + 17] ^= 0x10; // an amount bit of the last record
  writeFileSync(join(dir, 'rot.seed'), rot);
  writeFileSync(join(dir, 'empty.txt'), '# nobody\n\n');
  const cases: [string[], string][] = [
    [['split', '--in', 'missing.seed', '--out', 'x', '--machines', 'a'], 'FILE_NOT_FOUND'],
    [['split', '--in', 'v2.seed', '--out', 'x', '--machines', 'a'], 'UNSUPPORTED_VERSION'],
    [['split', '--in', 'short.seed', '--out', 'x', '--machines', 'a'], 'TRUNCATED_HEADER'],
    [['split', '--in', 'o.seed', '--out', 'x', '--machines', ''], 'EMPTY_MACHINE_LIST'],
    [['split', '--in', 'o.seed', '--out', 'x', '--machines-file', 'empty.txt'], 'EMPTY_MACHINE_LIST'],
    [['split', '--in', 'o.seed', '--out', 'x', '--machines', 'a,a'], 'BAD_MACHINE_LIST'],
    [['split', '--in', 'rot.seed', '--out', 'x', '--machines', 'a,b'], 'RECORDS_CHECKSUM'],
    [['split', '--in', 'o.seed', '--out', 'x'], 'USAGE'],
    [['split', '--in', 'o.seed', '--out', 'x', '--machines', 'a', '--bogus'], 'USAGE'],
    [['verify', '--manifest', 'nope.json'], 'FILE_NOT_FOUND'],
    [['verify', '--manifest', 'empty.txt'], 'BAD_MANIFEST'],
    [['generate', '--out', 'o.seed', '--count', '5'], 'OUTPUT_EXISTS'],
    [['generate', '--out', 'g.seed', '--count', 'many'], 'USAGE'],
    [['frobnicate'], 'USAGE'],
  ];
  for (const [args, code] of cases) {
    const r = cliDirect(args, dir);
    const exit = code === 'USAGE' ? 64 : 2;
    t.equal(r.code, exit, `${args.join(' ')} exits ${exit}`);
    t.equal(r.err.trimEnd().split('\n').length, 1, 'one line');
    t.match(r.err, new RegExp(`^seed-splitter: ${code}: `), `${args.join(' ')}: ${code}`);
    t.ok(noStack(r.err), 'no stack trace');
    t.equal(r.out, '', 'nothing on stdout');
    t.notOk(existsSync(join(dir, 'x')), 'no output directory');
    t.notOk(existsSync(join(dir, 'g.seed')), 'no output file');
    t.same(tmpLeft(dir), [], 'no temp files left');
  }
  t.ok(readFileSync(join(dir, 'o.seed')).equals(good), 'existing file untouched');
  // An existing output directory is never overwritten.
  t.equal(cli(['split', '--in', 'o.seed', '--out', 'p', '--machines', 'a'], dir).code, 0);
  const r = cli(['split', '--in', 'o.seed', '--out', 'p', '--machines', 'b'], dir);
  t.equal(r.code, 2);
  t.match(r.err, /^seed-splitter: OUTPUT_EXISTS: /);
  t.same(readdirSync(join(dir, 'p')).sort(), ['a.seed', 'manifest.json']);
});
