/**
 * The feed journal: one row per packet per feed attempt, with the gateway
 * process (gateway_started_at_ms) it went to. Rows are written before the
 * batch is sent (SENT) and settled by the FeedAck (ACCEPTED / REJECTED), or at
 * the next hello if the agent died in between (GatewayHello.last_batch_*).
 */
import { FeedStatus, type StateDb } from './schema.ts';

export interface FeedRow {
  id: number;
  batch_id: number;
  packet_id: string;
  gw_started_at_ms: number;
  fed_at_ms: number;
  status: number;
}

export class FeedLog {
  private readonly insS;
  private readonly batchRowsS;
  private readonly setStatusS;
  private readonly unsettledS;
  private readonly deadAcceptedS;
  private readonly countS;

  constructor(db: StateDb) {
    this.insS = db.prepare('INSERT INTO feed_log (batch_id, packet_id, gw_started_at_ms, fed_at_ms, status) VALUES (?, ?, ?, ?, ?)');
    this.batchRowsS = db.prepare<[number], FeedRow>('SELECT * FROM feed_log WHERE batch_id = ? ORDER BY id');
    this.setStatusS = db.prepare('UPDATE feed_log SET status = ? WHERE id = ?');
    this.unsettledS = db.prepare<[], FeedRow>(`SELECT * FROM feed_log WHERE status = ${FeedStatus.SENT} ORDER BY id`);
    this.deadAcceptedS = db.prepare<[number], FeedRow>(
      `SELECT * FROM feed_log WHERE status = ${FeedStatus.ACCEPTED} AND gw_started_at_ms != ? ORDER BY id`);
    this.countS = db.prepare<[number], { n: number }>('SELECT count(*) AS n FROM feed_log WHERE status = ?');
  }

  add(batchId: number, packetId: string, gwStartedAtMs: number, atMs: number, status: number): void {
    this.insS.run(batchId, packetId, gwStartedAtMs, atMs, status);
  }

  batchRows(batchId: number): FeedRow[] {
    return this.batchRowsS.all(batchId);
  }

  setStatus(rowId: number, status: number): void {
    this.setStatusS.run(status, rowId);
  }

  /** Rows sent whose FeedAck was never recorded (the agent died with a batch in flight). */
  unsettled(): FeedRow[] {
    return this.unsettledS.all();
  }

  /** Rows in the pool of a gateway process other than the one running now. */
  acceptedByOtherProcess(gwStartedAtMs: number): FeedRow[] {
    return this.deadAcceptedS.all(gwStartedAtMs);
  }

  count(status: number): number {
    return this.countS.get(status)!.n;
  }
}
