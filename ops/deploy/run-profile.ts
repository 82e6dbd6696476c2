/**
 * Shared entry of `npm start` and `npm run rehearsal`: starts the profile,
 * prints every URL and a health table, then waits; Ctrl-C / SIGTERM stop
 * every component (children first), and nothing is left running.
 *
 * Both run in the development profile unless SHAKE_PROFILE says otherwise, so
 * the documented development secrets are used (with a warning) for any secret
 * not set in the environment.
 */
import path from 'node:path';
import { parseCli, usageError, isUsageError, exitUsage } from '../../common/cli.ts';
import { Deployment } from './deployment.ts';
import { checkHealth, formatHealth } from './health.ts';
import type { Profile } from './types.ts';

const usage = (command: string, profile: Profile, d: { basePort: number; gateways: number; drillHooks: boolean }) => `usage: ${command} [-- options]

Starts the ${profile} deployment on this machine; prints every URL and a health table; Ctrl-C stops everything.
Runs in the development profile unless SHAKE_PROFILE=production is set: secrets not set in the
environment (SHAKE_AUTH_SECRET, SHAKE_COOKIE_SECRET, SHAKE_PACKET_SECRET, SHAKE_OPERATOR_TOKEN) are
the documented development ones (README), and they are written to <dir>/deployment.json (mode 0600).

options:
  --gateways N       gateways, each with its agent (default ${d.gateways})
  --dir D            state and logs (default var/${profile}; wiped on start unless --keep)
  --base-port P      gateway ws on P, admin P+1; config P+70, money P+80, agents P+90 (default ${d.basePort}; 0 = free ports)
  --seeds N          seed packets generated for the show (default 200000)
  --show FILE        start with this show document instead of the embedded default (refused if a round can never be fed)
  --drill-hooks      enable the gateways' POST /admin/drill/* hooks${d.drillHooks ? ' (default on; --no-drill-hooks turns them off)' : ''}
  --keep             keep the state dir (default: start fresh)
  --help             this text`;

function count(value: string | undefined, fallback: number, flag: string, min: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw usageError(`--${flag} must be an integer >= ${min}, got ${JSON.stringify(value)}`);
  return n;
}

export async function runProfile(profile: Profile, defaults: { basePort: number; gateways: number; drillHooks: boolean }): Promise<void> {
  process.env.SHAKE_PROFILE ??= 'development';
  const command = profile === 'embedded' ? 'npm start' : 'npm run rehearsal';
  const { values } = parseCli(command, usage(command, profile, defaults), { options: {
    gateways: { type: 'string' }, dir: { type: 'string' }, 'base-port': { type: 'string' }, seeds: { type: 'string' }, show: { type: 'string' },
    'drill-hooks': { type: 'boolean', default: defaults.drillHooks }, 'no-drill-hooks': { type: 'boolean', default: false }, keep: { type: 'boolean', default: false },
  } });
  let sizes: { gateways: number; basePort: number; seeds: number };
  try {
    sizes = { gateways: count(values.gateways, defaults.gateways, 'gateways', 1), basePort: count(values['base-port'], defaults.basePort, 'base-port', 0), seeds: count(values.seeds, 200_000, 'seeds', 1) };
  } catch (e) {
    if (isUsageError(e)) exitUsage(command, e.message);
    throw e;
  }
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
      profile, dir, fresh: !values.keep, gateways: sizes.gateways, basePort: sizes.basePort, seedCount: sizes.seeds,
      faultInjection: values['drill-hooks'] && !values['no-drill-hooks'], showFile: values.show ? path.resolve(values.show) : undefined,
    });
  } catch (e) {
    const code = (e as { code?: string }).code;
    console.error(`start failed: ${code ? `${code}: ` : ''}${(e as Error).message}`);
    process.exit(1);
  }
  if (stopping) return;
  await new Promise((r) => setTimeout(r, 1500));
  console.log(`\nhealth:\n${formatHealth(await checkHealth(dep.info))}`);
  console.log(`\n${profile} deployment up. Descriptor: ${path.join(dir, 'deployment.json')}  Logs: ${dep.info.logsDir}${profile === 'rehearsal' ? ` and ${path.join(dir, 'config')}` : ''}`);
  const descriptorFlag = profile === 'embedded' && !values.dir ? '' : ` --deployment ${path.join(dir, 'deployment.json')}`;
  console.log(`Money SETs (backlog, pay rate, errors; also the console's "Money SETs" table): npm run money-sets -- status${descriptorFlag}`);
  console.log(`Operator token (console changes): ${dep.info.config.operatorToken}. Drill against it: npm run drill -- <scenario> --attach ${path.join(dir, 'deployment.json')}`);
  const first = dep.firstRound();
  if (first) console.log(`First red-packet round ${first.id} (${first.sponsorIds.join(', ')}) starts in ${Math.max(0, Math.round((first.startMs - Date.now()) / 1000))} s. A phone: npm run phone -- --user u1`);
  console.log('Ctrl-C stops everything.');
}
