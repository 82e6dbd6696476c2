/**
 * Hostile manifests: names that leave the directory, and random mutations of a
 * valid manifest. Every one must end in a SeedError with a stable code (the CLI
 * prints it and exits 2), never an INTERNAL error from the file system.
 */
import t from 'tap';
import fc from 'fast-check';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeOriginal, tempDir } from './helpers.ts';
import { splitSeedFile } from '../split.ts';
import { verifySplit } from '../verify/index.ts';
import { SeedError } from '../errors.ts';

function splitOnce(dir: string) {
  const orig = join(dir, 'o.seed');
  makeOriginal(orig, 300, { seed: 3, sponsors: ['s1', 's2'] });
  splitSeedFile({ input: orig, outDir: join(dir, 'parts'), machines: [{ name: 'gw-1', weight: 1 }, { name: 'gw-2', weight: 1 }] });
  return { orig, manifestPath: join(dir, 'parts', 'manifest.json') };
}

function codeOf(run: () => unknown): string {
  try {
    run();
    return 'OK';
  } catch (e) {
    return e instanceof SeedError ? e.code : `NOT A SeedError: ${(e as Error).message}`;
  }
}

t.test('finding: a manifest entry ".." is BAD_MANIFEST, not INTERNAL EISDIR', async (t) => {
  const dir = tempDir(t);
  const { manifestPath } = splitOnce(dir);
  const good = JSON.parse(readFileSync(manifestPath, 'utf8'));
  for (const name of ['..', '.', '', '../o.seed', 'a\\b', 'nul\u0000byte']) {
    const m = structuredClone(good);
    m.machines[0].file = name;
    writeFileSync(manifestPath, JSON.stringify(m));
    t.equal(codeOf(() => verifySplit({ manifestPath })), 'BAD_MANIFEST', `file ${JSON.stringify(name)}`);
  }
});

t.test('finding: a manifestVersion object whose toString is not a function is BAD_MANIFEST, not a TypeError', async (t) => {
  const dir = tempDir(t);
  const { manifestPath } = splitOnce(dir);
  const good = JSON.parse(readFileSync(manifestPath, 'utf8'));
  for (const value of [{ toString: null }, { valueOf: 1, toString: 'x' }, 'x'.repeat(500)]) {
    writeFileSync(manifestPath, JSON.stringify({ ...good, manifestVersion: value }));
    t.equal(codeOf(() => verifySplit({ manifestPath })), 'BAD_MANIFEST', JSON.stringify(value).slice(0, 40));
  }
});

t.test('random mutations of a valid manifest give a SeedError code, never an internal error', async (t) => {
  const dir = tempDir(t);
  const { manifestPath, orig } = splitOnce(dir);
  const good = readFileSync(manifestPath, 'utf8');
  const hostile = fc.oneof(
    fc.constantFrom('..', '.', '/etc/passwd', '', null, -1, 1e308, [], {}, '__proto__', 'x'.repeat(5000)),
    fc.jsonValue(),
  );
  const paths = ['machines.0.file', 'machines.0.count', 'machines.0.index', 'machines.0.name', 'machines', 'original.file',
    'original.count', 'schedule.cycle', 'schedule', 'seedFormatVersion', 'manifestVersion', '__proto__'];
  fc.assert(fc.property(fc.constantFrom(...paths), hostile, (where, value) => {
    const m = JSON.parse(good);
    const keys = where.split('.');
    let at = m;
    for (const k of keys.slice(0, -1)) at = at[k];
    Object.defineProperty(at, keys.at(-1)!, { value, enumerable: true, writable: true, configurable: true });
    writeFileSync(manifestPath, JSON.stringify(m));
    const code = codeOf(() => verifySplit({ manifestPath, original: orig }));
    return !code.startsWith('NOT A') && code !== 'INTERNAL_ERROR';
  }), { numRuns: 150, interruptAfterTimeLimit: 20_000 });
  t.pass('every mutation ended in a stable code');
});
