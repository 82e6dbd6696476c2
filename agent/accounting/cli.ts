/**
 * Accounting command for one machine's seed part (see account.ts).
 *
 *   node --import tsx agent/accounting/cli.ts --state-dir D --part P --manifest M --machine gw-1 --issued-db I
 *        [--gateway-started-at-ms N] [--pool-level N | --gateway-status URL] [--list] [--json]
 *
 * --gateway-status reads `pool.level` from the gateway's GET /status. Prints counts per state and
 * violations. Exit 0: every packet in exactly one state, no violation; 1: violations; 2: bad input; 64: bad usage.
 */
import { accountPart, PACKET_STATES } from './account.ts';
import { parseCli, runCli, usageError } from '../../common/cli.ts';

const USAGE = `usage: npm run accounting -- --state-dir D --part P --manifest M --machine gw-1 --issued-db I
       [--gateway-started-at-ms N] [--pool-level N | --gateway-status URL] [--list] [--json]

Accounts for every packet of one machine's seed part: each in exactly one state (unfed, queued,
in pool, issued, returned, recycled ...), with the violations found.
exit: 0 every packet in exactly one state, 1 violations, 2 bad input, 64 bad usage`;

const str = { type: 'string' } as const;
const { values } = parseCli('accounting', USAGE, { options: {
  'state-dir': str, part: str, manifest: str, machine: str, 'issued-db': str, 'gateway-started-at-ms': str, 'pool-level': str, 'gateway-status': str,
  list: { type: 'boolean', default: false }, json: { type: 'boolean', default: false },
} });
const arg = (name: keyof typeof values): string | undefined => values[name] as string | undefined;

async function main(): Promise<number> {
  const need = (name: keyof typeof values) => {
    const v = arg(name);
    if (!v) throw usageError(`--${name} is required`);
    return v;
  };
  let poolLevel = arg('pool-level') !== undefined ? Number(arg('pool-level')) : null;
  const statusUrl = arg('gateway-status');
  if (statusUrl) poolLevel = ((await (await fetch(statusUrl)).json()) as { pool?: { level?: number } }).pool?.level ?? null;
  const rep = accountPart({
    stateDir: need('state-dir'), partPath: need('part'), manifestPath: need('manifest'), machineId: need('machine'), issuedDbPath: need('issued-db'),
    aliveGatewayStartedAtMs: arg('gateway-started-at-ms') ? Number(arg('gateway-started-at-ms')) : null,
    gatewayPoolLevel: poolLevel, perPacket: values.list,
  });
  if (values.json) {
    console.log(JSON.stringify(rep, null, 2));
  } else {
    console.log(`machine ${rep.machineId}: ${rep.partRecords} seed packets, ${rep.mintedRecycled} recycled packets minted`);
    for (const s of PACKET_STATES) console.log(`  ${s.padEnd(16)} seeds ${String(rep.seeds[s]).padStart(10)}   recycled ${String(rep.recycledPackets[s]).padStart(8)}`);
    console.log(`  accounted        ${rep.seedsAccounted} of ${rep.partRecords} seed packets; issued table rows ${rep.issuedTableRows}`);
    for (const [code, n] of Object.entries(rep.violationCounts)) console.log(`VIOLATION ${code}: ${n}`);
    for (const v of rep.violations) console.log(`  ${v.code} ${v.packetId} ${v.detail}`);
    if (rep.states) for (const [id, st] of Object.entries(rep.states)) console.log(`${id} ${st}`);
    console.log(rep.ok ? 'OK: every packet in exactly one state' : 'NOT OK');
  }
  return rep.ok ? 0 : 1;
}

runCli('accounting', main, 2);
