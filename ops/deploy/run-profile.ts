/**
 * Shared entry of `npm start` and `npm run rehearsal`: starts the profile,
 * prints every URL and a health table, then waits; Ctrl-C / SIGTERM stop
 * every component (children first), and nothing is left running.
 *
 * Flags: --gateways N, --dir D, --base-port P (0 = free ports), --seeds N,
 * --drill-hooks (enable the gateways' POST /admin/drill/* hooks), --keep (do not wipe dir).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Deployment } from './deployment.ts';
import { checkHealth, formatHealth } from './health.ts';
import type { Profile } from './types.ts';

export async function runProfile(profile: Profile, defaults: { basePort: number; gateways: number; drillHooks: boolean }): Promise<void> {
  const { values } = parseArgs({ options: {
    gateways: { type: 'string' }, dir: { type: 'string' }, 'base-port': { type: 'string' }, seeds: { type: 'string' },
    'drill-hooks': { type: 'boolean', default: defaults.drillHooks }, 'no-drill-hooks': { type: 'boolean', default: false }, keep: { type: 'boolean', default: false },
  } });
  const dir = path.resolve(values.dir ?? `var/${profile}`);
  console.log(`starting the ${profile} deployment in ${dir} ...`);
  let dep: Deployment | null = null;
  let stopping = false;
  const stop = async (why: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${why}: stopping every component...`);
    await dep?.stop();
    console.log('all stopped.');
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  try {
    dep = await Deployment.start({
      profile, dir, fresh: !values.keep, gateways: Number(values.gateways ?? defaults.gateways),
      basePort: Number(values['base-port'] ?? defaults.basePort), seedCount: Number(values.seeds ?? 200_000), faultInjection: values['drill-hooks'] && !values['no-drill-hooks'],
    });
  } catch (e) {
    console.error(`start failed: ${(e as Error).message}`);
    process.exit(1);
  }
  if (stopping) return;
  await new Promise((r) => setTimeout(r, 1500));
  console.log(`\nhealth:\n${formatHealth(await checkHealth(dep.info))}`);
  console.log(`\n${profile} deployment up. Descriptor: ${path.join(dir, 'deployment.json')}  Logs: ${dep.info.logsDir}${profile === 'rehearsal' ? ` and ${path.join(dir, 'config')}` : ''}`);
  console.log(`Operator token (console changes): ${dep.info.config.operatorToken}. Drill against it: npm run drill -- <scenario> --attach ${path.join(dir, 'deployment.json')}`);
  console.log('Ctrl-C stops everything.');
}
