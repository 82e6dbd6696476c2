/**
 * Benchmark: seed-splitter split + verify throughput and peak memory.
 *   node --import tsx bench/seed-splitter.ts [--sizes 10000000,50000000] [--machines 638]
 * Each step runs in its own child process so its peak RSS (maxRSS) is its own.
 * Files live in a temp dir that is deleted after each size. Never part of npm test.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statfsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const SELF = fileURLToPath(import.meta.url);

async function child(step: string, dir: string, n: number, machines: number): Promise<void> {
  const t0 = performance.now();
  if (step === 'generate') {
    const { generateSeedFile, GENERATE_DEFAULTS } = await import('../seed-splitter/generate.ts');
    generateSeedFile({ ...GENERATE_DEFAULTS, out: join(dir, 'o.seed'), count: n, seed: 2015 });
  } else if (step === 'split') {
    const { splitSeedFile } = await import('../seed-splitter/split.ts');
    const list = Array.from({ length: machines }, (_, i) => ({ name: `gw-${String(i).padStart(3, '0')}`, weight: 1 + (i % 3) }));
    splitSeedFile({ input: join(dir, 'o.seed'), outDir: join(dir, 'parts'), machines: list });
  } else {
    const { verifySplit } = await import('../seed-splitter/verify/index.ts');
    const r = verifySplit({ manifestPath: join(dir, 'parts', 'manifest.json'), original: step === 'verify-original' ? join(dir, 'o.seed') : undefined });
    if (!r.ok || r.stats.partRecords !== n) throw new Error(`verify failed: ${JSON.stringify(r.discrepancies).slice(0, 500)}`);
  }
  const seconds = (performance.now() - t0) / 1000;
  process.stdout.write(JSON.stringify({ seconds, maxRssMiB: process.resourceUsage().maxRSS / 1024 }) + '\n');
}

function run(step: string, dir: string, n: number, machines: number): { seconds: number; maxRssMiB: number } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', SELF, '--child', step, '--dir', dir, '--n', String(n), '--machines', String(machines)], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${step} failed: ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop()!);
}

const { values: v } = parseArgs({ options: { sizes: { type: 'string' }, machines: { type: 'string' }, child: { type: 'string' }, dir: { type: 'string' }, n: { type: 'string' } } });
const machines = Number(v.machines ?? 638);
if (v.child) {
  await child(v.child, v.dir!, Number(v.n), machines);
} else {
  const sizes = (v.sizes ?? '10000000,50000000').split(',').map(Number);
  const fmt = (x: number) => (x / 1e6).toFixed(2) + 'M/s';
  console.log(`seed-splitter bench: ${machines} machines (weights 1..3), node ${process.version}`);
  for (const n of sizes) {
    const free = statfsSync(tmpdir());
    const need = n * 32 * 2.2;
    if (free.bavail * free.bsize < need) {
      console.log(`${n}: skipped, needs ${(need / 2 ** 30).toFixed(1)} GiB free in ${tmpdir()}`);
      continue;
    }
    const dir = mkdtempSync(join(tmpdir(), 'seed-bench-'));
    try {
      const g = run('generate', dir, n, machines);
      const s = run('split', dir, n, machines);
      const vm = run('verify-manifest', dir, n, machines);
      const vo = run('verify-original', dir, n, machines);
      console.log(`\n${n.toLocaleString('en')} packets (${((n * 32) / 2 ** 30).toFixed(2)} GiB of records)`);
      console.log(`  generate           ${g.seconds.toFixed(2)} s  ${fmt(n / g.seconds)}  peak RSS ${g.maxRssMiB.toFixed(0)} MiB`);
      console.log(`  split              ${s.seconds.toFixed(2)} s  ${fmt(n / s.seconds)}  peak RSS ${s.maxRssMiB.toFixed(0)} MiB`);
      console.log(`  verify (manifest)  ${vm.seconds.toFixed(2)} s  ${fmt(n / vm.seconds)}  peak RSS ${vm.maxRssMiB.toFixed(0)} MiB`);
      console.log(`  verify (original)  ${vo.seconds.toFixed(2)} s  ${fmt(n / vo.seconds)}  peak RSS ${vo.maxRssMiB.toFixed(0)} MiB`);
      console.log(`  split + verify(manifest)  ${fmt(n / (s.seconds + vm.seconds))}; split + verify(original)  ${fmt(n / (s.seconds + vo.seconds))}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}
