/**
 * seed-splitter CLI: generate | split | verify | recycle | inspect.
 * Exit codes: 0 success, 1 verify found discrepancies, 2 bad input, 3 unexpected
 * internal error, 64 bad usage (EX_USAGE, shared by every CLI). Errors print one
 * line `seed-splitter: <CODE>: <message>`; --help prints the usage and exits 0.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { join } from 'node:path';
import { statSync } from 'node:fs';
import { SeedError, isSeedError } from './errors.ts';
import { EX_USAGE, wantsHelp } from '../common/cli.ts';
import { GENERATE_DEFAULTS, generateSeedFile } from './generate.ts';
import { splitSeedFile } from './split.ts';
import { parseMachineInline, readMachineFile } from './machines.ts';
import { verifySplit } from './verify/index.ts';
import { formatVerifyText } from './verify/text.ts';
import { recyclePart } from './recycle.ts';
import { openSeedReader } from './format/reader.ts';

export const EXIT = { ok: 0, discrepancies: 1, input: 2, internal: 3, usage: EX_USAGE } as const;

const USAGE = `usage: seed-splitter <command> [options]
  generate --out FILE --count N [--sponsors a,b,..|--sponsor-count K] [--seed S] [--first-id N] [--sparse]
           [--amount-min CENTS] [--amount-max CENTS] [--distribution skewed|uniform]
           [--share-probability P] [--max-shares K] [--force]
  split    --in FILE --out DIR (--machines a,b:2,.. | --machines-file FILE)
  verify   (--manifest FILE | DIR) [--original FILE] [--recycled FILE]... [--json] [--max-examples N] [PART...]
  recycle  --part FILE --out FILE [--fraction P] [--max N] [--seed S] [--counter-start N] [--force]
  inspect  FILE
exit: 0 ok, 1 discrepancies found, 2 bad input, 3 internal error, 64 bad usage`;

type Opts = NonNullable<ParseArgsConfig['options']>;
const str = { type: 'string' } as const;
const flag = { type: 'boolean' } as const;

function parse(args: string[], options: Opts, positionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals: positionals, strict: true });
  } catch (e) {
    throw new SeedError('USAGE', `${(e as Error).message} (see --help)`);
  }
}

function need(v: string | boolean | (string | boolean)[] | undefined, name: string): string {
  if (typeof v !== 'string' || v === '') throw new SeedError('USAGE', `missing --${name} (see --help)`);
  return v;
}

function num(v: unknown, name: string, dflt: number): number {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (typeof v !== 'string' || v.trim() === '' || !Number.isFinite(n)) throw new SeedError('USAGE', `--${name} must be a number`);
  return n;
}

function int(v: unknown, name: string, dflt: number): number {
  const n = num(v, name, dflt);
  if (!Number.isSafeInteger(n)) throw new SeedError('USAGE', `--${name} must be an integer`);
  return n;
}

function generate(args: string[]): number {
  const { values: v } = parse(args, {
    out: str, count: str, sponsors: str, 'sponsor-count': str, seed: str, 'first-id': str, sparse: flag,
    'amount-min': str, 'amount-max': str, distribution: str, 'share-probability': str, 'max-shares': str, force: flag,
  });
  const d = GENERATE_DEFAULTS;
  let sponsors = d.sponsors;
  if (typeof v.sponsors === 'string') sponsors = v.sponsors.split(',').map((s) => s.trim()).filter(Boolean);
  else if (v['sponsor-count'] !== undefined) {
    const k = int(v['sponsor-count'], 'sponsor-count', 8);
    if (k < 1 || k > 65535) throw new SeedError('USAGE', '--sponsor-count must be 1..65535');
    sponsors = Array.from({ length: k }, (_, i) => `sponsor-${String(i + 1).padStart(2, '0')}`);
  }
  const dist = v.distribution ?? d.distribution;
  if (dist !== 'skewed' && dist !== 'uniform') throw new SeedError('USAGE', '--distribution must be skewed or uniform');
  const r = generateSeedFile({
    out: need(v.out, 'out'), count: int(need(v.count, 'count'), 'count', 0), sponsors,
    seed: int(v.seed, 'seed', d.seed), firstId: int(v['first-id'], 'first-id', d.firstId), sparse: !!v.sparse,
    amountMinCents: int(v['amount-min'], 'amount-min', d.amountMinCents), amountMaxCents: int(v['amount-max'], 'amount-max', d.amountMaxCents),
    distribution: dist, shareProbability: num(v['share-probability'], 'share-probability', d.shareProbability),
    maxShares: int(v['max-shares'], 'max-shares', d.maxShares), force: !!v.force,
  });
  process.stdout.write(`generated ${v.out}: ${r.header.recordCount} packets, ${r.header.sponsors.length} sponsors, ${r.bytes} bytes\n`);
  return EXIT.ok;
}

function split(args: string[]): number {
  const { values: v } = parse(args, { in: str, out: str, machines: str, 'machines-file': str });
  if (v.machines !== undefined && v['machines-file'] !== undefined) throw new SeedError('USAGE', 'give --machines or --machines-file, not both');
  if (v.machines === undefined && v['machines-file'] === undefined) throw new SeedError('USAGE', `missing --machines or --machines-file (see --help)`);
  const machines = v['machines-file'] !== undefined ? readMachineFile(need(v['machines-file'], 'machines-file')) : parseMachineInline(String(v.machines));
  const r = splitSeedFile({ input: need(v.in, 'in'), outDir: need(v.out, 'out'), machines });
  const m = r.manifest;
  process.stdout.write(`split ${m.original.recordCount} packets into ${m.machines.length} parts in ${v.out} (manifest ${r.manifestPath})\n`);
  for (const p of m.machines) process.stdout.write(`  ${p.name} (weight ${p.weight}): ${p.recordCount} packets\n`);
  return EXIT.ok;
}

function verify(args: string[]): number {
  const { values: v, positionals } = parse(args, {
    manifest: str, original: str, recycled: { type: 'string', multiple: true }, json: flag, 'max-examples': str,
  }, true);
  let manifestPath = typeof v.manifest === 'string' ? v.manifest : undefined;
  let parts = positionals;
  if (!manifestPath && positionals.length > 0 && isDir(positionals[0])) {
    manifestPath = join(positionals[0], 'manifest.json');
    parts = positionals.slice(1);
  }
  if (!manifestPath) throw new SeedError('USAGE', `missing --manifest (or a split directory) (see --help)`);
  const r = verifySplit({
    manifestPath, original: v.original as string | undefined, parts: parts.length > 0 ? parts : undefined,
    recycled: v.recycled as string[] | undefined, maxExamples: int(v['max-examples'], 'max-examples', 20),
  });
  process.stdout.write(v.json ? JSON.stringify(r, null, 2) + '\n' : formatVerifyText(r));
  return r.ok ? EXIT.ok : EXIT.discrepancies;
}

function isDir(p: string): boolean {
  try { return statSync(p).isDirectory(); } catch { return false; }
}

function recycle(args: string[]): number {
  const { values: v } = parse(args, { part: str, out: str, fraction: str, max: str, seed: str, 'counter-start': str, force: flag });
  const r = recyclePart({
    part: need(v.part, 'part'), out: need(v.out, 'out'), fraction: num(v.fraction, 'fraction', 0.1),
    max: int(v.max, 'max', Number.MAX_SAFE_INTEGER), seed: int(v.seed, 'seed', 1), counterStart: int(v['counter-start'], 'counter-start', 0), force: !!v.force,
  });
  process.stdout.write(`recycled ${r.header.recordCount} packets into ${v.out}; next counter ${r.nextCounter}\n`);
  return EXIT.ok;
}

function inspect(args: string[]): number {
  const { positionals } = parse(args, {}, true);
  if (positionals.length !== 1) throw new SeedError('USAGE', `inspect takes one file (see --help)`);
  const r = openSeedReader(positionals[0], { strict: false });
  try {
    process.stdout.write(JSON.stringify({ ...r.header, fileSize: r.fileSize, wholeRecords: r.availableRecords, tornBytes: r.tornBytes }, null, 2) + '\n');
  } finally {
    r.close();
  }
  return EXIT.ok;
}

const COMMANDS: Record<string, (args: string[]) => number> = { generate, split, verify, recycle, inspect };

export function main(argv: string[]): number {
  const [cmd, ...rest] = argv;
  if (cmd === undefined) {
    process.stderr.write('seed-splitter: USAGE: give a command: generate, split, verify, recycle or inspect (see --help)\n');
    return EXIT.usage;
  }
  if (cmd === 'help' || wantsHelp(argv)) {
    process.stdout.write(USAGE + '\n');
    return EXIT.ok;
  }
  const run = COMMANDS[cmd];
  try {
    if (!run) throw new SeedError('USAGE', `unknown command ${JSON.stringify(cmd)} (see --help)`);
    return run(rest);
  } catch (e) {
    if (isSeedError(e)) {
      process.stderr.write(`seed-splitter: ${e.code}: ${e.message}\n`);
      return e.code === 'USAGE' ? EXIT.usage : EXIT.input;
    }
    const msg = e instanceof Error ? e.message : String(e);
    process.stderr.write(`seed-splitter: INTERNAL: ${msg}\n`);
    if (process.env.SEED_SPLITTER_DEBUG) process.stderr.write(`${(e as Error)?.stack ?? ''}\n`);
    return EXIT.internal;
  }
}

process.exitCode = main(process.argv.slice(2));
