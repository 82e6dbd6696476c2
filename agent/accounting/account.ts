/**
 * Accounting of one machine's seed part: puts every packet (the part's seeds
 * and the recycled packets this agent minted) into exactly one state, from
 * independent records — the part file, the agent's cursor/feed_log/queue/
 * minted tables, and the gateway's issued table — and lists every violation.
 *
 *   issued           in the gateway's issued table (reached a phone)
 *   recycled         issued, and its money came back and was re-minted under a new id
 *   in_pool          fed to the gateway process alive now, not issued
 *   in_flight        sent in a batch whose FeedAck the agent never saw (settled at its next hello)
 *   awaiting_refeed  fed to a gateway process that has since restarted, not issued (re-fed at the next hello)
 *   queued           with the agent, to be fed (returned, re-feed, freshly recycled)
 *   unfed            still in the part, beyond the sponsor's cursor
 *
 * Violations: MULTIPLE_STATES, SKIPPED (behind the cursor, never fed, not queued),
 * LOST_TRACK, FED_TWICE (two feeds to one gateway process), FED_AFTER_ISSUE,
 * ISSUED_ROW_MISSING, ISSUED_UNKNOWN (issued but not this agent's), ALIEN (fed but
 * not this agent's), RECYCLED_UNISSUED_SOURCE, POOL_LEVEL_MISMATCH.
 */
import { parsePacketId, isRecycledId, recId, recSponsor, packetIdToString } from '../../seed-splitter/index.ts';
import { loadPart, partPosition, type LoadedPart } from '../part/load-part.ts';
import { openStateDb, FeedStatus } from '../state/schema.ts';
import type { FeedRow } from '../state/feed-log.ts';
import type { MintedRow } from '../recycle/minted-store.ts';
import { IssuedReader, type IssuedRow } from '../issued/issued-reader.ts';

/**
 * fed_at_ms is the agent's estimate of the gateway clock when it sent the batch;
 * issued_at_ms is the gateway's own clock. A packet issued within this margin
 * of its feed was issued from that feed, not fed again after being issued.
 */
const CLOCK_TOLERANCE_MS = 1000;

export const PACKET_STATES = ['issued', 'recycled', 'in_pool', 'in_flight', 'awaiting_refeed', 'queued', 'unfed'] as const;
export type PacketState = (typeof PACKET_STATES)[number];
type Counts = Record<PacketState, number>;

export interface AccountingInput {
  stateDir: string;
  partPath: string;
  manifestPath: string;
  machineId: string;
  issuedDbPath: string;
  /** The gateway process alive now (its hello's gateway_started_at_ms). Default: the last one the agent saw. */
  aliveGatewayStartedAtMs?: number | null;
  /** The gateway's pool level now, if known (GET /status `pool`): must equal the in_pool count. */
  gatewayPoolLevel?: number | null;
  /** Include the state of every packet id in the report. */
  perPacket?: boolean;
  /** Max violations listed (all are counted). Default 50. */
  maxExamples?: number;
}

export interface Violation { code: string; packetId: string; detail: string }

export interface AccountingReport {
  machineId: string;
  partRecords: number;
  mintedRecycled: number;
  seeds: Counts;
  recycledPackets: Counts;
  /** Σ over states = partRecords (+ mintedRecycled): each packet counted once. */
  seedsAccounted: number;
  issuedTableRows: number;
  aliveGatewayStartedAtMs: number | null;
  violationCounts: Record<string, number>;
  violations: Violation[];
  ok: boolean;
  states?: Record<string, PacketState | 'untracked'>;
}

const zero = (): Counts => Object.fromEntries(PACKET_STATES.map((s) => [s, 0])) as Counts;
const SENT_TO_GATEWAY = new Set<number>([FeedStatus.SENT, FeedStatus.ACCEPTED, FeedStatus.ISSUED, FeedStatus.LOST]);

export function accountPart(input: AccountingInput): AccountingReport {
  const part = loadPart({ partPath: input.partPath, manifestPath: input.manifestPath, machineId: input.machineId });
  const db = openStateDb(input.stateDir, { readonly: true });
  const issuedReader = new IssuedReader(input.issuedDbPath);
  try {
    const meta = new Map(db.prepare<[], { key: string; value: string }>('SELECT key, value FROM meta').all().map((r) => [r.key, r.value]));
    const alive = input.aliveGatewayStartedAtMs ?? (meta.has('gateway_started_at_ms') ? Number(meta.get('gateway_started_at_ms')) : null);
    const cursor = new Map(db.prepare<[], { sponsor_index: number; position: number }>('SELECT * FROM cursor').all().map((r) => [r.sponsor_index, r.position]));
    const rowsById = new Map<string, FeedRow[]>();
    for (const r of db.prepare<[], FeedRow>('SELECT * FROM feed_log ORDER BY id').all()) {
      const l = rowsById.get(r.packet_id);
      if (l) l.push(r); else rowsById.set(r.packet_id, [r]);
    }
    const queued = new Set(db.prepare<[], { packet_id: string }>('SELECT packet_id FROM queue').all().map((r) => r.packet_id));
    const minted = db.prepare<[], MintedRow>('SELECT * FROM minted').all();
    const recycledSources = new Set(minted.map((m) => m.source_packet_id));
    const issuedRows = issuedReader.all() ?? [];
    const issued = new Map<string, IssuedRow>(issuedRows.map((r) => [r.packet_id, r]));

    const max = input.maxExamples ?? 50;
    const violationCounts: Record<string, number> = {};
    const violations: Violation[] = [];
    const violate = (code: string, packetId: string, detail: string) => {
      violationCounts[code] = (violationCounts[code] ?? 0) + 1;
      if (violations.length < max) violations.push({ code, packetId, detail });
    };
    const states: Record<string, PacketState | 'untracked'> = {};
    const seeds = zero();
    const recycledPackets = zero();
    let inPool = 0;
    /** In flight to the live gateway process: it may already have taken them into its pool. */
    let inFlightToAlive = 0;

    const classify = (id: string, beyondCursor: boolean, counts: Counts) => {
      const rows = rowsById.get(id) ?? [];
      const last = rows[rows.length - 1];
      const iss = issued.get(id);
      const found: PacketState[] = [];
      if (iss) found.push(recycledSources.has(id) ? 'recycled' : 'issued');
      if (queued.has(id)) found.push('queued');
      if (beyondCursor) found.push('unfed');
      if (last && !iss) {
        if (last.status === FeedStatus.ACCEPTED) found.push(alive !== null && last.gw_started_at_ms === alive ? 'in_pool' : 'awaiting_refeed');
        else if (last.status === FeedStatus.SENT) {
          found.push('in_flight');
          if (alive !== null && last.gw_started_at_ms === alive) inFlightToAlive++;
        }
        else if (last.status === FeedStatus.ISSUED || last.status === FeedStatus.FOUND_ISSUED) violate('ISSUED_ROW_MISSING', id, 'agent recorded it issued; the issued table does not have it');
        else if (!queued.has(id)) violate('LOST_TRACK', id, `last feed status ${last.status} but not queued`);
      }
      if (rows.length > 0 && beyondCursor) violate('MULTIPLE_STATES', id, 'fed, yet beyond the cursor');
      const perGw = new Map<number, number>();
      for (const r of rows) {
        if (r.status === FeedStatus.ACCEPTED || r.status === FeedStatus.ISSUED || r.status === FeedStatus.SENT) perGw.set(r.gw_started_at_ms, (perGw.get(r.gw_started_at_ms) ?? 0) + 1);
        if (iss && SENT_TO_GATEWAY.has(r.status) && r.fed_at_ms > iss.issued_at_ms + CLOCK_TOLERANCE_MS) violate('FED_AFTER_ISSUE', id, `fed at ${r.fed_at_ms}, issued at ${iss.issued_at_ms}`);
      }
      for (const [gw, n] of perGw) if (n > 1) violate('FED_TWICE', id, `${n} feeds to gateway process ${gw}`);
      if (found.length === 0) {
        violate(rows.length === 0 && !isRecycledId(parsePacketId(id)) ? 'SKIPPED' : 'LOST_TRACK', id, 'in no state');
        if (input.perPacket) states[id] = 'untracked';
        return;
      }
      if (found.length > 1) violate('MULTIPLE_STATES', id, found.join(' + '));
      counts[found[0]]++;
      if (found[0] === 'in_pool') inPool++;
      if (input.perPacket) states[id] = found[0];
    };

    for (let p = 0; p < part.count; p++) {
      const id = packetIdToString(recId(part.words, p));
      classify(id, p >= (cursor.get(recSponsor(part.words, p)) ?? 0), seeds);
    }
    const mine = new Set<string>(minted.map((m) => m.packet_id));
    for (const m of minted) {
      classify(m.packet_id, false, recycledPackets);
      if (!issued.has(m.source_packet_id)) violate('RECYCLED_UNISSUED_SOURCE', m.packet_id, `source ${m.source_packet_id} is not in the issued table`);
    }
    const isMine = (id: string) => mine.has(id) || ownsSeed(part, id);
    for (const r of issuedRows) if (!isMine(r.packet_id)) violate('ISSUED_UNKNOWN', r.packet_id, 'issued by the gateway but never fed by this agent');
    for (const id of rowsById.keys()) if (!isMine(id)) violate('ALIEN', id, 'in the feed log but not this machine\'s packet');
    // The live gateway holds every packet in_pool, plus whichever of a batch in flight to it it took before the agent stopped hearing.
    if (input.gatewayPoolLevel != null && (input.gatewayPoolLevel < inPool || input.gatewayPoolLevel > inPool + inFlightToAlive)) {
      violate('POOL_LEVEL_MISMATCH', '', `gateway pool level ${input.gatewayPoolLevel}, accounting says ${inPool} in the pool` +
        (inFlightToAlive ? ` (+ up to ${inFlightToAlive} in flight to it)` : ''));
    }
    const sum = (c: Counts) => PACKET_STATES.reduce((a, s) => a + c[s], 0);
    const report: AccountingReport = {
      machineId: input.machineId, partRecords: part.count, mintedRecycled: minted.length, seeds, recycledPackets,
      seedsAccounted: sum(seeds), issuedTableRows: issuedRows.length, aliveGatewayStartedAtMs: alive,
      violationCounts, violations, ok: Object.keys(violationCounts).length === 0 && sum(seeds) === part.count && sum(recycledPackets) === minted.length,
    };
    if (input.perPacket) report.states = states;
    return report;
  } finally {
    db.close();
    issuedReader.close();
  }
}

function ownsSeed(part: LoadedPart, id: string): boolean {
  let n: number;
  try { n = parsePacketId(id); } catch { return false; }
  return !isRecycledId(n) && partPosition(part, n) >= 0;
}
