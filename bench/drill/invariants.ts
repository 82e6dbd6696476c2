/**
 * The correctness checks run after every drill, whatever its speed. Any
 * violation fails the drill.
 *   1. No packet issued twice: across every gateway's issued table, and as seen by the phones.
 *   2. No user over the caps (per show, per sponsor): in the issued tables and as seen by the phones.
 *   3. Every open/share a phone got "ok" for is present downstream (the money service's op tables).
 *   4. The money service's reconciliation balances (packet-service/reconcile.ts exits 0).
 *   5. Every issued packet ends in one known state in the money side's book, and the money side
 *      admits no user over the caps (./packet-states.ts).
 * When a gateway was SIGKILLed, a user over the caps in the issued tables is reported, not a
 * violation: a win whose reply and caps-feed event died with the gateway is unknown to the gateway
 * the phone fails over to (docs/ARCHITECTURE.md, "A won packet and its gateway's crash"); the money
 * side's cap (checks 4 and 5) is the one that must hold.
 */
import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { DeploymentInfo } from '../../ops/deploy/types.ts';
import type { AckRecord, WonRecord } from './worker-messages.ts';
import { checkPacketStates, eachShard, moneyDirs, readIssued, type IssuedRow } from './packet-states.ts';

export { moneyDirs };

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export interface Violation { code: string; message: string; examples: unknown[] }
export interface CheckResult { name: string; pass: boolean; detail: string }
export interface InvariantReport { pass: boolean; checks: CheckResult[]; violations: Violation[]; reconcile: { exitCode: number | null; output: unknown } }

/** Operation ids the money service has applied (every t_op_<dd> table of every shard). */
export function readDownstreamOps(dirs: readonly string[]): Set<string> {
  const ops = new Set<string>();
  eachShard(dirs, null, (db) => {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 't_op_%'").pluck().all() as string[];
    for (const t of tables) for (const id of db.prepare(`SELECT op_id FROM "${t}"`).pluck().all() as string[]) ops.add(id);
  });
  return ops;
}

/** Operation ids in the gateways' journals (to tell "lost before the journal" from "not forwarded"). */
function readJournalOps(dep: DeploymentInfo): Set<string> {
  const ops = new Set<string>();
  for (const g of dep.gateways) {
    const file = path.join(g.dataDir, 'journal.db');
    if (!existsSync(file)) continue;
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try { for (const id of db.prepare('SELECT operation_id FROM journal').pluck().all() as string[]) ops.add(id); } finally { db.close(); }
  }
  return ops;
}

export function runReconcile(dep: DeploymentInfo, caps: { perUser: number; perSponsor: number }): { exitCode: number | null; output: unknown } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'packet-service/reconcile.ts'), ...moneyDirs(dep).flatMap((d) => ['--data-dir', d]),
    '--manifest', dep.seeds.manifest, '--caps-per-user', String(caps.perUser), '--caps-per-sponsor', String(caps.perSponsor), '--json'],
  { cwd: root, encoding: 'utf8', timeout: 120_000 });
  let output: unknown = (r.stdout || r.stderr || '').trim();
  try { output = JSON.parse(r.stdout); } catch { /* not JSON: keep text */ }
  return { exitCode: r.status, output };
}

/** `gatewayKilled`: a gateway was SIGKILLed during the drill; `expiryDue`: every issued token has expired and the drill waited for expiry. */
export interface InvariantOptions { gatewayKilled?: boolean; expiryDue?: boolean }

export function checkInvariants(dep: DeploymentInfo, won: WonRecord[], acks: AckRecord[], caps: { perUser: number; perSponsor: number }, o: InvariantOptions = {}): InvariantReport {
  const violations: Violation[] = [];
  const checks: CheckResult[] = [];
  const issued = readIssued(dep);

  // 1. No packet issued twice.
  const byPacket = new Map<string, IssuedRow[]>();
  for (const r of issued) byPacket.set(r.packet_id, [...(byPacket.get(r.packet_id) ?? []), r]);
  const twice = [...byPacket.values()].filter((rs) => rs.length > 1);
  if (twice.length) violations.push({ code: 'PACKET_ISSUED_TWICE', message: `${twice.length} packets in more than one issued table`, examples: twice.slice(0, 5) });
  const wonBy = new Map<string, Set<string>>();
  for (const w of won) wonBy.set(w.packetId, (wonBy.get(w.packetId) ?? new Set()).add(w.userId));
  const wonTwice = [...wonBy.entries()].filter(([, us]) => us.size > 1);
  if (wonTwice.length) violations.push({ code: 'PACKET_WON_TWICE', message: `${wonTwice.length} packets received by more than one user`, examples: wonTwice.slice(0, 5).map(([p, us]) => ({ packetId: p, users: [...us] })) });
  const unrecorded = won.filter((w) => byPacket.get(w.packetId)?.[0]?.user_id !== w.userId);
  if (unrecorded.length) violations.push({ code: 'WON_PACKET_NOT_RECORDED', message: `${unrecorded.length} packets a phone received are not in an issued table for that user`, examples: unrecorded.slice(0, 5) });
  checks.push({ name: 'no packet issued twice', pass: !twice.length && !wonTwice.length && !unrecorded.length,
    detail: `${issued.length} issued rows over ${dep.gateways.length} gateways, ${byPacket.size} distinct packets; phones received ${won.length} (${wonBy.size} distinct), every one recorded for its user: ${!unrecorded.length}` });

  // 2. Caps.
  const perUser = new Map<string, number>();
  const perSponsor = new Map<string, number>();
  for (const r of issued) {
    perUser.set(r.user_id, (perUser.get(r.user_id) ?? 0) + 1);
    const k = `${r.user_id}\u0000${r.sponsor_id}`;
    perSponsor.set(k, (perSponsor.get(k) ?? 0) + 1);
  }
  const overUser = [...perUser.entries()].filter(([, n]) => n > caps.perUser);
  const overSponsor = [...perSponsor.entries()].filter(([, n]) => n > caps.perSponsor);
  const capViolations: Violation[] = [];
  if (overUser.length) capViolations.push({ code: 'USER_OVER_CAP', message: `${overUser.length} users hold more than ${caps.perUser} packets`, examples: overUser.slice(0, 5) });
  if (overSponsor.length) capViolations.push({ code: 'USER_OVER_SPONSOR_CAP', message: `${overSponsor.length} user/sponsor pairs above ${caps.perSponsor}`, examples: overSponsor.slice(0, 5).map(([k, n]) => ({ user: k.split('\u0000')[0], sponsor: k.split('\u0000')[1], n })) });
  const maxHeld = Math.max(0, ...perUser.values());
  const crashWindow = o.gatewayKilled && capViolations.length > 0;
  if (!crashWindow) violations.push(...capViolations);
  checks.push({ name: 'no user over the caps', pass: !capViolations.length || !!crashWindow,
    detail: `${perUser.size} users hold packets; most held by one user: ${maxHeld} (cap ${caps.perUser}); per sponsor cap ${caps.perSponsor}${crashWindow
      ? `; in the issued tables ${overUser.length} users over the cap and ${overSponsor.length} over a sponsor's after a gateway SIGKILL (a win whose reply and feed event died with it): the money side's cap decides` : ''}` });

  // 3. Every acknowledged open/share downstream.
  const downstream = readDownstreamOps(moneyDirs(dep));
  const missing = acks.filter((a) => !downstream.has(a.operationId));
  if (missing.length) {
    const journal = readJournalOps(dep);
    const notJournaled = missing.filter((a) => !journal.has(a.operationId));
    violations.push({ code: 'ACKED_OP_MISSING_DOWNSTREAM', message: `${missing.length} acknowledged operations not in the money service (${notJournaled.length} not even in a gateway journal)`, examples: missing.slice(0, 5) });
  }
  checks.push({ name: 'every acknowledged open/share is downstream', pass: !missing.length,
    detail: `${acks.length} acknowledged (${acks.filter((a) => a.kind === 'open').length} open, ${acks.filter((a) => a.kind === 'share').length} share); ${acks.length - missing.length} found in the money service (${downstream.size} operations applied there)` });

  // 4. Reconciliation.
  const reconcile = runReconcile(dep, caps);
  if (reconcile.exitCode !== 0) violations.push({ code: 'RECONCILIATION_FAILED', message: `reconcile exited ${reconcile.exitCode}`, examples: [reconcile.output] });
  const counts = (reconcile.output as { counts?: unknown })?.counts;
  checks.push({ name: "the money service's reconciliation balances", pass: reconcile.exitCode === 0, detail: `packet-service/reconcile.ts exit ${reconcile.exitCode}${counts ? `; ${JSON.stringify(counts)}` : ''}` });

  // 5. Per packet, in the money side's book.
  const states = checkPacketStates(dep, issued, acks, caps, !!o.expiryDue);
  violations.push(...states.violations);
  checks.push(states.check);

  return { pass: violations.length === 0, checks, violations, reconcile };
}
