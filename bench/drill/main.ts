/**
 * `npm run drill -- <scenario> [--attach var/rehearsal/deployment.json] [--out bench/out/drills] [--dir var/drills/<name>] [--no-baseline] [--html <path>]`
 *
 * The example report in the docs is regenerated with
 *   npm run drill -- rehearsal-60s --html docs/drill-report-example.html
 *
 * <scenario> is a file, or the name of one in bench/drill/scenarios/ (e.g. `smoke`).
 * Exit code: 0 pass; 1 a threshold failed; 2 an invariant was violated (whatever the speed); 3 the drill could not run;
 * 64 bad usage or a bad scenario file (checked before anything starts); 130 interrupted (Ctrl-C: the deployment
 * is stopped and a partial report marked interrupted is written).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { exitUsage, parseCli } from '../../common/cli.ts';
import { isShakeError } from '../../common/errors.ts';
import { loadScenario, type Scenario } from './scenario.ts';
import { runDrill } from './run-drill.ts';

// A drill runs a local deployment: the development profile unless SHAKE_PROFILE says otherwise.
process.env.SHAKE_PROFILE ??= 'development';
const here = path.dirname(fileURLToPath(import.meta.url));
const USAGE = `usage: npm run drill -- <scenario> [--attach deployment.json] [--out dir] [--dir dir] [--no-baseline] [--html path]

Runs a capacity drill: phones along the scenario's rate curve, faults, then invariant checks,
thresholds and a JSON + HTML report. <scenario> is a file or a name in bench/drill/scenarios/ (smoke, rehearsal-60s).
  --attach FILE   drill a running deployment (its deployment.json) instead of starting one
  --out DIR       where reports go (default bench/out/drills)
  --dir DIR       state dir of the deployment the drill starts (default var/drills/<name>)
  --no-baseline   skip the raw-client baseline
  --html PATH     where the HTML report goes (default <out>/<name>.html)
exit: 0 pass, 1 a threshold failed, 2 an invariant was violated, 3 could not run, 64 bad usage or scenario, 130 interrupted`;

const { values, positionals } = parseCli('drill', USAGE, { allowPositionals: true, options: {
  attach: { type: 'string' }, out: { type: 'string', default: 'bench/out/drills' }, dir: { type: 'string' }, 'no-baseline': { type: 'boolean', default: false },
  html: { type: 'string' },
} });
if (positionals.length !== 1) exitUsage('drill', positionals.length ? `one scenario, got ${positionals.length}` : 'give a scenario file or name');
const name = positionals[0]!;
const file = existsSync(name) ? name : path.join(here, 'scenarios', `${name.replace(/\.json$/, '')}.json`);
let scenario: Scenario;
try {
  scenario = loadScenario(file);
} catch (e) {
  exitUsage('drill', isShakeError(e) ? `${e.code}: ${e.message}` : (e as Error).message);
}
if (values.attach && !existsSync(values.attach)) exitUsage('drill', `--attach ${values.attach}: no such deployment descriptor`);

// Ctrl-C: the drill stops its phones and its deployment and writes a partial report; a second Ctrl-C leaves at once.
const interrupt = new AbortController();
process.once('SIGINT', () => {
  console.log('\ninterrupted: stopping the phones and the deployment, writing a partial report ...');
  interrupt.abort();
  process.once('SIGINT', () => process.exit(130));
});
try {
  console.log(`drill ${scenario.name}: ${scenario.description}`);
  const r = await runDrill(scenario, { attach: values.attach, outDir: path.resolve(values.out!), dir: values.dir, skipBaseline: values['no-baseline'], htmlPath: values.html ? path.resolve(values.html) : undefined, signal: interrupt.signal });
  const rep = r.report;
  if (rep.verdict !== 'INTERRUPTED') {
    console.log('\nthresholds:');
    for (const t of rep.thresholds) console.log(`  ${t.pass ? 'ok ' : 'FAIL'} ${t.metric} ${t.op} ${t.value}  (actual ${t.actual === null ? 'missing' : +t.actual.toFixed(4)})`);
    console.log('correctness:');
    for (const c of rep.invariants.checks) console.log(`  ${c.pass ? 'ok ' : 'FAIL'} ${c.name}: ${c.detail}`);
    if (rep.baseline) console.log(`baseline: gateway shake path ${Math.round(rep.baseline.gatewayRps)}/s vs raw uWS echo ${Math.round(rep.baseline.echoRps)}/s: ratio ${rep.baseline.ratio.toFixed(3)}`);
  }
  console.log(`\n${rep.verdict}${rep.reasons.length ? `: ${rep.reasons.join('; ')}` : ''}`);
  console.log(`report: ${r.htmlPath}\n        ${r.jsonPath}`);
  process.exit(r.exitCode);
} catch (e) {
  console.error(`drill could not run: ${(e as { code?: string }).code ?? ''} ${(e as Error).message}`);
  process.exit(interrupt.signal.aborted ? 130 : 3);
}
