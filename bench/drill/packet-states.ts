/**
 * After a drill: where every packet the gateways issued ended, per packet, in
 * the money side's packet book (t_packet of every shard: one row per packet,
 * one state). With a short token life (scenario deployment.packetTtlSec) the
 * drill first waits until every issued packet never opened has expired back to
 * its sponsor's pool, then checks:
 *   - every issued packet is in the book, and no longer in the pool or "issued";
 *   - a packet is "expired" only if no open/share of it was acknowledged, and each
 *     expired packet was re-minted exactly once (a new id back in the pool);
 *   - no user holds more than the caps among the packets the money side admitted
 *     (its final cap decisions, t_cap 'admitted').
 * States are read as strings: the book may learn more of them; the checks only
 * rely on in_pool, issued and expired.
 */
import Database from 'better-sqlite3';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { packetIdToString } from '../../seed-splitter/index.ts';
import type { DeploymentInfo } from '../../ops/deploy/types.ts';
import type { AckRecord } from './worker-messages.ts';
import type { CheckResult, Violation } from './invariants.ts';

export interface BookPacket { state: string; userId: string | null; sponsorId: string; recycledFrom: string | null }

/** Every money SET's data dir of a deployment (one for the embedded profile). */
export function moneyDirs(dep: DeploymentInfo): string[] {
  return dep.money.sets?.map((m) => m.dataDir) ?? [dep.money.dataDir];
}

/** Runs `read` on every shard database of every given money data dir (only those that have `table`, when given). */
export function eachShard(dirs: readonly string[], table: string | null, read: (db: Database.Database) => void): void {
  for (const moneyDir of dirs) {
    if (!existsSync(moneyDir)) continue;
    for (const f of readdirSync(moneyDir).filter((n) => /^db_\d+\.sqlite$/.test(n))) {
      const db = new Database(path.join(moneyDir, f), { readonly: true, fileMustExist: true });
      try {
        if (table === null || db.prepare('SELECT 1 FROM sqlite_master WHERE name = ?').get(table)) read(db);
      } finally { db.close(); }
    }
  }
}

/** The packet book over every money SET (a packet lives in exactly one). */
export function readBook(dirs: readonly string[]): Map<string, BookPacket> {
  const out = new Map<string, BookPacket>();
  eachShard(dirs, 't_packet', (db) => {
    const rows = db.prepare('SELECT p.id, p.state, p.user_id, s.sponsor_id, p.recycled_from FROM t_packet p JOIN t_sponsor s ON s.idx = p.sponsor_idx').all() as
      { id: number; state: string; user_id: string | null; sponsor_id: string; recycled_from: string | null }[];
    for (const r of rows) out.set(packetIdToString(r.id), { state: r.state, userId: r.user_id, sponsorId: r.sponsor_id, recycledFrom: r.recycled_from });
  });
  return out;
}

/** The money side's final cap decisions: the packets it admitted (paid to their user), per user and sponsor. */
function readAdmitted(dirs: readonly string[]): { user_id: string; sponsor_id: string }[] {
  const out: { user_id: string; sponsor_id: string }[] = [];
  eachShard(dirs, 't_cap', (db) => { out.push(...db.prepare(`SELECT user_id, sponsor_id FROM t_cap WHERE decision = 'admitted'`).all() as never[]); });
  return out;
}

/** A row of a gateway's issued table (contracts/disk/issued-table.ts), with the gateway that holds it. */
export interface IssuedRow { packet_id: string; user_id: string; sponsor_id: string; token_expires_at_ms: number; gateway: string }

/** Every gateway's issued rows. */
export function readIssued(dep: DeploymentInfo): IssuedRow[] {
  const rows: IssuedRow[] = [];
  for (const g of dep.gateways) {
    const file = path.join(g.dataDir, 'issued.db');
    if (!existsSync(file)) continue;
    const db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const read = db.prepare('SELECT packet_id, user_id, sponsor_id, token_expires_at_ms FROM issued').all() as Omit<IssuedRow, 'gateway'>[];
      for (const r of read) rows.push({ ...r, gateway: g.id });
    } finally { db.close(); }
  }
  return rows;
}

/** Waits until no issued packet is left in the pool or "issued" in the book (or the deadline). Returns what is left. */
export async function awaitExpiry(dep: DeploymentInfo, deadlineMs: number): Promise<number> {
  for (;;) {
    const book = readBook(moneyDirs(dep));
    const left = readIssued(dep).filter((r) => { const s = book.get(r.packet_id)?.state; return s === undefined || s === 'in_pool' || s === 'issued'; }).length;
    if (left === 0 || Date.now() > deadlineMs) return left;
    await new Promise((r) => setTimeout(r, 500));
  }
}

export function checkPacketStates(dep: DeploymentInfo, issued: readonly IssuedRow[], acks: AckRecord[], caps: { perUser: number; perSponsor: number }, expiryDue: boolean): { check: CheckResult; violations: Violation[]; states: Record<string, number> } {
  const violations: Violation[] = [];
  const book = readBook(moneyDirs(dep));
  const acked = new Set(acks.map((a) => a.packetId));
  const states: Record<string, number> = {};
  const notInBook: string[] = [];
  const stuck: { packetId: string; state: string }[] = [];
  const expiredButAcked: string[] = [];
  const badMints: { packetId: string; mints: number }[] = [];
  const mints = new Map<string, number>();
  for (const p of book.values()) if (p.recycledFrom) mints.set(p.recycledFrom, (mints.get(p.recycledFrom) ?? 0) + 1);
  for (const r of issued) {
    const p = book.get(r.packet_id);
    if (!p) { notInBook.push(r.packet_id); continue; }
    states[p.state] = (states[p.state] ?? 0) + 1;
    if (expiryDue && (p.state === 'in_pool' || p.state === 'issued')) stuck.push({ packetId: r.packet_id, state: p.state });
    if (p.state === 'expired' && acked.has(r.packet_id)) expiredButAcked.push(r.packet_id);
    if (p.state === 'expired' && mints.get(r.packet_id) !== 1) badMints.push({ packetId: r.packet_id, mints: mints.get(r.packet_id) ?? 0 });
  }
  if (notInBook.length) violations.push({ code: 'ISSUED_PACKET_NOT_IN_BOOK', message: `${notInBook.length} issued packets the money side's book does not hold`, examples: notInBook.slice(0, 5) });
  if (stuck.length) violations.push({ code: 'ISSUED_PACKET_NOT_EXPIRED', message: `${stuck.length} issued packets still in the pool or issued after their tokens expired`, examples: stuck.slice(0, 5) });
  if (expiredButAcked.length) violations.push({ code: 'ACKED_PACKET_EXPIRED', message: `${expiredButAcked.length} packets expired although a phone got "ok" for an open or share`, examples: expiredButAcked.slice(0, 5) });
  if (badMints.length) violations.push({ code: 'EXPIRED_PACKET_MINTS', message: `${badMints.length} packets not re-minted exactly once on expiry`, examples: badMints.slice(0, 5) });

  const perUser = new Map<string, number>();
  const perSponsor = new Map<string, number>();
  for (const a of readAdmitted(moneyDirs(dep))) {
    perUser.set(a.user_id, (perUser.get(a.user_id) ?? 0) + 1);
    const k = `${a.user_id} sponsor ${a.sponsor_id}`;
    perSponsor.set(k, (perSponsor.get(k) ?? 0) + 1);
  }
  const over = [...perUser].filter(([, n]) => n > caps.perUser).concat([...perSponsor].filter(([, n]) => n > caps.perSponsor));
  if (over.length) violations.push({ code: 'MONEY_SIDE_OVER_CAP', message: `${over.length} users (or user/sponsor pairs) with more packets admitted by the money side than the caps`, examples: over.slice(0, 5) });
  const check: CheckResult = {
    name: 'every issued packet ends in one known state; the money side admits none over the caps',
    pass: violations.length === 0,
    detail: `${issued.length} issued packets, book states ${JSON.stringify(states)}${expiryDue ? ' after the tokens expired' : ''}; most admitted to one user: ${Math.max(0, ...perUser.values())} (cap ${caps.perUser})`,
  };
  return { check, violations, states };
}
