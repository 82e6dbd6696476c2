/**
 * Test/bench stand-in for the gateway's pool side, until gateway/gateway.ts
 * wires the agent link: a real AgentLinkServer over a real PoolProducer, and a
 * "taker" playing the logic layer — it takes packets from the pool with the
 * real PoolConsumer and records each issuance in an issued table with the
 * gateway's schema (<dataDir>/<gatewayId>/issued.db) BEFORE committing the
 * take, like the gateway logic. restart() is a gateway process restart: new
 * start time, new (empty) pool; issued.db stays.
 */
import { DEV_SECRETS } from '../../common/secrets.ts';
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import { AgentLinkServer } from '../../gateway/agent-link/agent-link-server.ts';
import { createPoolBuffers, PoolConsumer, PoolProducer } from '../../gateway/pool/packet-pool.ts';
import type { ShowConfig } from '../../contracts/show/types.ts';
import { ISSUED_SCHEMA_SQL } from '../../contracts/disk/issued-table.ts';

/** The gateway's issued table, from the contract both sides use. */
export const ISSUED_SCHEMA = ISSUED_SCHEMA_SQL;

export interface HarnessOptions {
  socketPath: string;
  dataDir: string;
  gatewayId: string;
  capacity?: number;
  show: ShowConfig;
  /** Called with every packet offered to the pool (timestamps for rate figures). */
  onOffered?: (n: number, atMs: number) => void;
}

export class GatewayHarness {
  server!: AgentLinkServer;
  producer!: PoolProducer;
  consumer!: PoolConsumer;
  startedAtMs = 0;
  readonly issuedDb: Database.Database;
  readonly issuedPath: string;
  private readonly ins;
  private taker: NodeJS.Timeout | null = null;
  issuedCount = 0;
  private user = 0;
  /** Packets taken from the pool that were already in the issued table (a double issue). */
  duplicateIssues = 0;
  /** Record issuances in issued.db (false: just consume, for rate benchmarks). */
  recordIssued = true;
  /** Packets the taker takes per tick (Infinity: all). */
  takePerTick = Infinity;

  constructor(private readonly o: HarnessOptions) {
    const dir = path.join(o.dataDir, o.gatewayId);
    mkdirSync(dir, { recursive: true });
    this.issuedPath = path.join(dir, 'issued.db');
    this.issuedDb = new Database(this.issuedPath);
    this.issuedDb.pragma('journal_mode = WAL');
    this.issuedDb.pragma('synchronous = NORMAL'); // in-process with the agent under test: no fsync stalls on its event loop
    this.issuedDb.exec(ISSUED_SCHEMA);
    this.ins = this.issuedDb.prepare(`INSERT INTO issued (packet_id, user_id, sponsor_id, round_id, amount_cents, shares, share_amount_cents, issued_at_ms)
      VALUES (?, ?, ?, 'r1', ?, ?, ?, ?)`);
  }

  async start(): Promise<void> {
    this.startedAtMs = Date.now();
    const bufs = createPoolBuffers(this.o.capacity ?? 1000);
    this.producer = new PoolProducer(bufs);
    this.consumer = new PoolConsumer(bufs);
    const pool = this.producer;
    const onOffered = this.o.onOffered;
    this.server = new AgentLinkServer({
      socketPath: this.o.socketPath, gatewayId: this.o.gatewayId, serviceToken: DEV_SECRETS.service, startedAtMs: this.startedAtMs,
      pool: onOffered ? { offer: (p) => { const n = pool.offer(p); onOffered(n, Date.now()); return n; }, level: () => pool.level(), get capacity() { return pool.capacity; }, offeredTotal: () => pool.offeredTotal(), takenTotal: () => pool.takenTotal() } : pool,
      currentConfig: () => ({ version: this.o.show.version, json: JSON.stringify(this.o.show) }),
      logger: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    });
    await this.server.listen();
  }

  /** Issues packets from the pool every intervalMs (the logic layer answering shakes). */
  startTaking(intervalMs = 5): void {
    this.taker = setInterval(() => this.takeOnce(this.takePerTick), intervalMs);
  }

  /** Issues up to max packets from the pool now: issued row committed first, then the take (like the gateway logic). */
  takeOnce(max: number): number {
    let n = 0;
    this.issuedDb.transaction(() => {
      while (n < max) {
        const p = this.consumer.next();
        if (!p) break;
        if (this.recordIssued) {
          try {
            this.ins.run(p.packetId, `u${this.user++}`, p.sponsorId, Number(p.amountCents), p.shares, Number(p.shareAmountCents), Date.now());
          } catch (e) {
            if (!/UNIQUE/.test((e as Error).message)) throw e;
            this.duplicateIssues++;
          }
        }
        n++;
      }
    })();
    this.consumer.commit();
    this.issuedCount += n;
    return n;
  }

  stopTaking(): void {
    if (this.taker) clearInterval(this.taker);
    this.taker = null;
  }

  /** A gateway process restart: the in-memory pool is lost. */
  async restart(): Promise<void> {
    await this.server.close();
    await this.start();
  }

  async close(): Promise<void> {
    this.stopTaking();
    await this.server.close();
    this.issuedDb.close();
  }
}

/** A show with one round [startMs, endMs) at a global rate, and a fleet. */
export function showWithRound(o: { startMs: number; endMs: number; ratePerSec: number; fleet: { gatewayId: string; weight: number }[]; sponsorIds?: string[] }): ShowConfig {
  return {
    version: 1, showId: 'test', updatedBy: 'test', updatedAtMs: Date.now(), comment: '',
    caps: { packetsPerUser: 3, packetsPerSponsor: 1 }, segments: [], resources: [], overload: { tiers: [] }, fleet: o.fleet,
    rounds: [{ id: 'r1', title: 'R1', startMs: o.startMs, endMs: o.endMs, releaseRatePerSec: o.ratePerSec, sponsorIds: o.sponsorIds ?? [], packetDrawProbability: 1 }],
  };
}
