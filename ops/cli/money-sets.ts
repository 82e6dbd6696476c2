/**
 * `npm run money-sets -- status [--deployment var/embedded/deployment.json]`:
 * the money SETs as the running deployment's config service sees them (GET
 * /api/money-sets: up/DOWN/STALLED, backlog, pay rate, refusals, last seen, last error),
 * asked of its config instances in turn until one answers. The route is
 * read-only and open like the console's other reads, so no token is sent.
 */
import { parseCli, runCli, usageError } from '../../common/cli.ts';
import { catalogued } from '../../contracts/errors.ts';
import type { MoneySetState } from '../../config-service/index.ts';
import { DEFAULT_DESCRIPTOR, readDeployment } from './descriptor.ts';
import { moneySetsTable, needsLooking } from './money-sets-table.ts';

const USAGE = `usage: npm run money-sets -- status [--deployment FILE]

Prints each money SET of the running local deployment as its config service sees it (polled every 2 s):
SET, state, backlog (queue messages not yet applied), pay operations per second, refusals, last seen,
URL and the problem (the last poll error of a DOWN SET; how long a STALLED one has applied nothing).
State: up; DOWN (does not answer its /health); STALLED (answers, but work waits and it has applied
nothing for the stall time, 10 s by default: its database or queue consumer is stuck).
  --deployment FILE  the deployment's descriptor (default ${DEFAULT_DESCRIPTOR}; the rehearsal's is var/rehearsal/deployment.json)
exit: 0 every SET up, 2 a SET down, stalled or not polled yet, 64 bad usage, 1 no running deployment or no config instance answering`;

interface MoneySetsAnswer { serverNowMs: number; sets: MoneySetState[] }

async function fromAnyInstance(urls: readonly string[]): Promise<MoneySetsAnswer> {
  const failures: string[] = [];
  for (const url of urls) {
    try {
      const res = await fetch(`${url}/api/money-sets`, { signal: AbortSignal.timeout(3000) });
      if (res.ok) return (await res.json()) as MoneySetsAnswer;
      failures.push(`${url}: HTTP ${res.status}`);
    } catch (e) {
      failures.push(`${url}: ${(e as Error).message}`);
    }
  }
  throw catalogued('DEPLOYMENT_NOT_RUNNING', `no config instance answered: ${failures.join('; ')}`);
}

runCli('money-sets', async () => {
  const { values, positionals } = parseCli('money-sets', USAGE, { allowPositionals: true, options: {
    deployment: { type: 'string', default: DEFAULT_DESCRIPTOR },
  } });
  if (positionals.length !== 1 || positionals[0] !== 'status') throw usageError('give the command: status');
  const dep = readDeployment(values.deployment!);
  const answer = await fromAnyInstance(dep.config.urls);
  if (answer.sets.length === 0) {
    console.log('this deployment\'s config service watches no money SETs (instance config moneySets is empty)');
    return 0;
  }
  console.log(moneySetsTable(answer.sets, answer.serverNowMs));
  return answer.sets.some(needsLooking) ? 2 : 0;
}, 1);
