/**
 * `npm run drill -- <scenario> [--attach var/rehearsal/deployment.json] [--out bench/out/drills] [--dir var/drills/<name>] [--no-baseline] [--html <path>]`
 *
 * The example report in the docs is regenerated with
 *   npm run drill -- rehearsal-60s --html docs/drill-report-example.html
 *
 * <scenario> is a file, or the name of one in bench/drill/scenarios/ (e.g. `smoke`).
 * Exit code: 0 pass; 1 a threshold failed; 2 an invariant was violated (whatever the speed); 3 the drill could not run.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadScenario } from './scenario.ts';
import { runDrill } from './run-drill.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const { values, positionals } = parseArgs({ allowPositionals: true, options: {
  attach: { type: 'string' }, out: { type: 'string', default: 'bench/out/drills' }, dir: { type: 'string' }, 'no-baseline': { type: 'boolean', default: false },
  html: { type: 'string' },
} });
const name = positionals[0];
if (!name) {
  console.error('usage: npm run drill -- <scenario file or name> [--attach deployment.json] [--out dir] [--dir deployment dir] [--no-baseline]');
  process.exit(3);
}
const file = existsSync(name) ? name : path.join(here, 'scenarios', `${name.replace(/\.json$/, '')}.json`);
try {
  const scenario = loadScenario(file);
  console.log(`drill ${scenario.name}: ${scenario.description}`);
  const r = await runDrill(scenario, { attach: values.attach, outDir: path.resolve(values.out!), dir: values.dir, skipBaseline: values['no-baseline'], htmlPath: values.html ? path.resolve(values.html) : undefined });
  const rep = r.report;
  console.log('\nthresholds:');
  for (const t of rep.thresholds) console.log(`  ${t.pass ? 'ok ' : 'FAIL'} ${t.metric} ${t.op} ${t.value}  (actual ${t.actual === null ? 'missing' : +t.actual.toFixed(4)})`);
  console.log('correctness:');
  for (const c of rep.invariants.checks) console.log(`  ${c.pass ? 'ok ' : 'FAIL'} ${c.name}: ${c.detail}`);
  if (rep.baseline) console.log(`baseline: gateway shake path ${Math.round(rep.baseline.gatewayRps)}/s vs raw uWS echo ${Math.round(rep.baseline.echoRps)}/s: ratio ${rep.baseline.ratio.toFixed(3)}`);
  console.log(`\n${rep.verdict}${rep.reasons.length ? `: ${rep.reasons.join('; ')}` : ''}`);
  console.log(`report: ${r.htmlPath}\n        ${r.jsonPath}`);
  process.exit(r.exitCode);
} catch (e) {
  console.error(`drill could not run: ${(e as { code?: string }).code ?? ''} ${(e as Error).message}`);
  process.exit(3);
}
