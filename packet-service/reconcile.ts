/**
 * Reconciliation CLI for a whole show: every packet of the packet book is in one
 * state and its records match it; every cent balances per sponsor; the ledger's
 * entries match the balances. Prints a report; exit 0 only if no difference.
 * --json prints one line whose shape is documented in packet-service/README.md.
 *
 *   node --import tsx packet-service/reconcile.ts --data-dir DIR [--data-dir DIR2 ...] (--manifest M.json | --totals T.json)
 *        [--caps-per-user 3] [--caps-per-sponsor 1] [--json]
 * Exit codes: 0 balanced, 1 differences found, 2 read error, 64 bad usage (--help prints the usage).
 */
import { parseCli, runCli, usageError } from '../common/cli.ts';
import { scanShow } from './reconcile/scan.ts';
import { reconcile, formatReport, reportJson } from './reconcile/report.ts';
import { jsonTotals, manifestTotals } from './reconcile/seed-totals.ts';

const USAGE = `usage: npm run reconcile -- --data-dir DIR (--manifest M.json | --totals T.json) [--caps-per-user N] [--caps-per-sponsor N] [--json]

Checks every packet against its one state (in_pool, issued, opened, shared, refunded, recycled, expired),
balances every cent per sponsor (seeds = opened + awaiting share + in groups + grabbed + refunded + pool)
and the ledger against balances; lists counts and cents per state. --data-dir is the money service's data dir (npm start: var/embedded/money);
with several money SETs give --data-dir once per SET: one reconciliation over all of them.
exit: 0 balanced, 1 differences found, 2 read error, 64 bad usage`;

function main(): number {
  const { values } = parseCli('reconcile', USAGE, { options: {
    'data-dir': { type: 'string', multiple: true }, manifest: { type: 'string' }, totals: { type: 'string' },
    'caps-per-user': { type: 'string', default: '3' }, 'caps-per-sponsor': { type: 'string', default: '1' }, json: { type: 'boolean', default: false },
  } });
  const dataDir = values['data-dir'];
  if (!dataDir?.length) throw usageError('--data-dir is required');
  if (!values.manifest === !values.totals) throw usageError('give one of --manifest or --totals');
  const source = values.manifest ? manifestTotals(values.manifest) : jsonTotals(values.totals!);
  const caps = { perUser: Number(values['caps-per-user']), perSponsor: Number(values['caps-per-sponsor']) };
  const report = reconcile(scanShow(dataDir, caps), source.perSponsor());
  if (values.json) process.stdout.write(`${JSON.stringify(reportJson(report))}\n`);
  else process.stdout.write(`${formatReport(report, source.description)}\n`);
  return report.ok ? 0 : 1;
}

runCli('reconcile', main, 2);
