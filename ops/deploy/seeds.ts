/** The show's seed packets for a local deployment: generated once and split over the gateways (seed-splitter library). */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { GENERATE_DEFAULTS, generateSeedFile } from '../../seed-splitter/index.ts';
import { splitSeedFile } from '../../seed-splitter/index.ts';

export interface SeedSet { manifest: string; partsDir: string; count: number; sponsors: string[] }

export const DEFAULT_SPONSORS = GENERATE_DEFAULTS.sponsors;

export function ensureSeeds(dir: string, gatewayIds: string[], count: number, sponsors: string[] = DEFAULT_SPONSORS): SeedSet {
  const partsDir = path.join(dir, 'parts');
  const manifest = path.join(partsDir, 'manifest.json');
  if (!existsSync(manifest)) {
    mkdirSync(dir, { recursive: true });
    const original = path.join(dir, 'original.seed');
    if (!existsSync(original)) generateSeedFile({ ...GENERATE_DEFAULTS, sponsors, out: original, count });
    splitSeedFile({ input: original, outDir: partsDir, machines: gatewayIds.map((name) => ({ name, weight: 1 })) });
  }
  return { manifest, partsDir, count, sponsors };
}
