/**
 * The SQL side of one durable consumer of the SQLite queue: taking messages
 * (with per-key order and leases), acking, nacking, lease renewal, lag.
 * Every multi-statement step is one IMMEDIATE transaction so that several
 * consumer processes with the same name never take the same message.
 */
import type Database from 'better-sqlite3';
import type { Db } from './sqlite-schema.ts';
import type { DeliveredMessage } from './types.ts';

interface Row {
  seq: number;
  deliveries: number;
  id: string;
  key: string;
  data: Buffer;
}

export interface TakeOptions {
  now: number;
  max: number;
  leaseMs: number;
  /** Pending rows kept per consumer; bounds the per-key scan. */
  maxPending: number;
  /** Seqs this process is already handling (never handed out twice locally). */
  exclude: ReadonlySet<number>;
}

export class SqliteConsumerStore {
  private readonly takeTx: Database.Transaction<(o: TakeOptions) => DeliveredMessage[]>;
  private readonly ackTx: Database.Transaction<(seqs: number[]) => void>;
  private readonly nackStmt;
  private readonly renewTx: Database.Transaction<(seqs: number[], until: number) => void>;
  private readonly releaseTx: Database.Transaction<(seqs: number[]) => void>;
  private readonly reclaimTx: Database.Transaction<(isAlive: (pid: number) => boolean) => number>;
  private readonly lagStmts;

  constructor(private readonly db: Db, private readonly consumer: string, private readonly owner: string) {
    db.prepare('INSERT OR IGNORE INTO queue_consumers (name, next_seq) VALUES (?, 1)').run(consumer);
    const cursor = db.prepare('SELECT next_seq FROM queue_consumers WHERE name = ?').pluck();
    const pendingCount = db.prepare('SELECT count(*) FROM queue_pending WHERE consumer = ?').pluck();
    const newRows = db.prepare('SELECT seq, key FROM queue_messages WHERE seq >= ? ORDER BY seq LIMIT ?');
    const addPending = db.prepare('INSERT OR IGNORE INTO queue_pending (consumer, seq, key) VALUES (?, ?, ?)');
    const setCursor = db.prepare('UPDATE queue_consumers SET next_seq = ? WHERE name = ?');
    const eligible = db.prepare(`
      SELECT p.seq AS seq, p.deliveries AS deliveries, m.id AS id, m.key AS key, m.data AS data
      FROM queue_pending p JOIN queue_messages m ON m.seq = p.seq
      WHERE p.consumer = @c AND p.lease_until_ms <= @now AND p.not_before_ms <= @now
        AND NOT EXISTS (SELECT 1 FROM queue_pending q WHERE q.consumer = @c AND q.key = p.key AND q.seq < p.seq)
      ORDER BY p.seq LIMIT @limit`);
    const lease = db.prepare(
      'UPDATE queue_pending SET lease_until_ms = ?, deliveries = deliveries + 1, owner = ?, owner_pid = ? WHERE consumer = ? AND seq = ?',
    );
    this.takeTx = db.transaction((o: TakeOptions) => {
      const pending = pendingCount.get(consumer) as number;
      if (pending < o.maxPending) {
        const rows = newRows.all(cursor.get(consumer) as number, o.maxPending - pending) as { seq: number; key: string }[];
        for (const r of rows) addPending.run(consumer, r.seq, r.key);
        if (rows.length > 0) setCursor.run(rows[rows.length - 1].seq + 1, consumer);
      }
      const out: DeliveredMessage[] = [];
      const rows = eligible.all({ c: consumer, now: o.now, limit: o.max + o.exclude.size }) as Row[];
      for (const r of rows) {
        if (out.length >= o.max) break;
        if (o.exclude.has(r.seq)) continue;
        lease.run(o.now + o.leaseMs, owner, process.pid, consumer, r.seq);
        out.push({ seq: r.seq, id: r.id, key: r.key, data: r.data, redeliveries: r.deliveries });
      }
      return out;
    });
    const ack = db.prepare('DELETE FROM queue_pending WHERE consumer = ? AND seq = ?');
    this.ackTx = db.transaction((seqs: number[]) => {
      for (const s of seqs) ack.run(consumer, s);
    });
    this.nackStmt = db.prepare(
      'UPDATE queue_pending SET lease_until_ms = 0, not_before_ms = ?, owner = NULL, owner_pid = NULL WHERE consumer = ? AND seq = ? AND owner = ?',
    );
    const renew = db.prepare('UPDATE queue_pending SET lease_until_ms = ? WHERE consumer = ? AND seq = ? AND owner = ?');
    this.renewTx = db.transaction((seqs: number[], until: number) => {
      for (const s of seqs) renew.run(until, consumer, s, owner);
    });
    const release = db.prepare(
      'UPDATE queue_pending SET lease_until_ms = 0, owner = NULL, owner_pid = NULL WHERE consumer = ? AND seq = ? AND owner = ?',
    );
    this.releaseTx = db.transaction((seqs: number[]) => {
      for (const s of seqs) release.run(consumer, s, owner);
    });
    const owners = db.prepare(
      'SELECT DISTINCT owner_pid FROM queue_pending WHERE consumer = ? AND owner_pid IS NOT NULL AND owner <> ?',
    ).pluck();
    const releasePid = db.prepare(
      'UPDATE queue_pending SET lease_until_ms = 0, owner = NULL, owner_pid = NULL WHERE consumer = ? AND owner_pid = ? AND owner <> ?',
    );
    this.reclaimTx = db.transaction((isAlive: (pid: number) => boolean) => {
      let n = 0;
      for (const pid of owners.all(consumer, owner) as number[]) {
        if (!isAlive(pid)) n += releasePid.run(consumer, pid, owner).changes;
      }
      return n;
    });
    this.lagStmts = {
      firstPending: db.prepare('SELECT min(seq) FROM queue_pending WHERE consumer = ?').pluck(),
      pending: pendingCount,
      untaken: db.prepare('SELECT count(*) FROM queue_messages WHERE seq >= ?').pluck(),
      cursor,
    };
  }

  take(o: TakeOptions): DeliveredMessage[] {
    return this.takeTx.immediate(o);
  }

  ack(seqs: number[]): void {
    this.ackTx.immediate(seqs);
  }

  /** Handler failed: make it deliverable again at notBeforeMs (its key stays blocked until then). */
  nack(seq: number, notBeforeMs: number): void {
    this.nackStmt.run(notBeforeMs, this.consumer, seq, this.owner);
  }

  renew(seqs: number[], untilMs: number): void {
    this.renewTx.immediate(seqs, untilMs);
  }

  release(seqs: number[]): void {
    this.releaseTx.immediate(seqs);
  }

  /** Frees leases held by consumer processes on this machine that no longer exist. Returns rows freed. */
  reclaimDeadOwners(isAlive: (pid: number) => boolean): number {
    return this.reclaimTx.immediate(isAlive);
  }

  /** Every seq ≤ the answer is acked: below the first pending row, or below the cursor when none is pending. */
  ackedThrough(): number {
    const read = this.db.transaction(() => {
      const first = this.lagStmts.firstPending.get(this.consumer) as number | null;
      return (first ?? (this.lagStmts.cursor.get(this.consumer) as number)) - 1;
    });
    return read.deferred();
  }

  lag(): number {
    const read = this.db.transaction(() => {
      const pending = this.lagStmts.pending.get(this.consumer) as number;
      const untaken = this.lagStmts.untaken.get(this.lagStmts.cursor.get(this.consumer) as number) as number;
      return pending + untaken;
    });
    return read.deferred();
  }
}
