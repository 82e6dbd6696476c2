/**
 * Accounting command for one machine's seed part (see account.ts).
 *
 *   node --import tsx agent/accounting/cli.ts --state-dir D --part P --manifest M --machine gw-1 --issued-db I
 *        [--gateway-started-at-ms N] [--pool-level N | --gateway-status URL] [--list] [--json]
 *
 * --gateway-status reads `pool.level` from the gateway's GET /status. Prints counts per state and
 * violations. Exit 0: every packet in exactly one state, no violation; 1: violations; 2: bad usage/input.
 */
import { accountPart, PACKET_STATES } from './account.ts';
import { isShakeError } from '../../common/errors.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<number> {
  const need = (name: string) => {
    const v = arg(name);
    if (!v) throw new Error(`--${name} is required`);
    return v;
  };
  let poolLevel = arg('pool-level') !== undefined ? Number(arg('pool-level')) : null;
  const statusUrl = arg('gateway-status');
  if (statusUrl) poolLevel = ((await (await fetch(statusUrl)).json()) as { pool?: { level?: number } }).pool?.level ?? null;
  const rep = accountPart({
    stateDir: need('state-dir'), partPath: need('part'), manifestPath: need('manifest'), machineId: need('machine'), issuedDbPath: need('issued-db'),
    aliveGatewayStartedAtMs: arg('gateway-started-at-ms') ? Number(arg('gateway-started-at-ms')) : null,
    gatewayPoolLevel: poolLevel, perPacket: process.argv.includes('--list'),
  });
  if (process.argv.includes('--json')) {
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

main().then((code) => process.exit(code), (e) => {
  console.error(`agent-accounting: ${isShakeError(e) ? `${e.code}: ` : ''}${(e as Error).message}`);
  process.exit(2);
});
