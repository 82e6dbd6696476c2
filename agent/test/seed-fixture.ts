/** Test/bench helper: a real seed original split into parts for a few machines (seed-splitter library). */
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { GENERATE_DEFAULTS, generateSeedFile } from '../../seed-splitter/generate.ts';
import { splitSeedFile } from '../../seed-splitter/split.ts';

export interface SeedSplit {
  dir: string;
  manifestPath: string;
  partPath: (machine: string) => string;
}

export function makeSplit(dir: string, o: { count: number; machines: string[]; sponsors?: string[] }): SeedSplit {
  mkdirSync(dir, { recursive: true });
  const original = path.join(dir, 'original.seed');
  generateSeedFile({ ...GENERATE_DEFAULTS, out: original, count: o.count, ...(o.sponsors ? { sponsors: o.sponsors } : {}) });
  const out = path.join(dir, 'parts');
  splitSeedFile({ input: original, outDir: out, machines: o.machines.map((name) => ({ name, weight: 1 })) });
  return { dir: out, manifestPath: path.join(out, 'manifest.json'), partPath: (m) => path.join(out, `${m}.seed`) };
}
