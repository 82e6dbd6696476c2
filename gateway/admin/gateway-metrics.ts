/**
 * Every number the gateway exports, declared once (common/metrics): the
 * Prometheus name and help, and the reader that /status `counters` uses too.
 * The numbers come from the IO threads and logic workers (summed on the main
 * thread); the request latency histogram is folded from the IO threads'
 * fixed-bucket recorders at scrape time, so the shake path only counts.
 */
import type { Registry } from 'prom-client';
import { createMetricsRegistry, FoldedHistogram, MetricTable } from '../../common/metrics/index.ts';
import type { IoStats } from '../io/io-server.ts';
import type { PacingReport } from '../io/io-thread-protocol.ts';
import { REQUEST_KINDS, type ReplyLatencySnapshot } from '../io/reply-latency.ts';
import type { LogicHostStats } from '../logic/logic-host.ts';
import type { LoadStatus } from '../overload/load-monitor.ts';
import { declareOverloadMetrics } from '../overload/metrics.ts';
import type { MoneyRelayStats } from '../money/money-relay.ts';
import { declareMoneyMetrics } from '../money/money-metrics.ts';
import type { AgentLinkStats } from '../agent-link/agent-link-server.ts';

/** One reading of everything the gateway counts. */
export interface GatewaySnapshot {
  io: IoStats;
  logic: LogicHostStats;
  pacing: PacingReport;
  load: LoadStatus;
  money: MoneyRelayStats;
  agent: AgentLinkStats | null;
  showVersion: number;
  poolLevel: number;
  poolCapacity: number;
  clockOffsetMs: number;
  resourceCoverage: Record<string, number>;
}

export interface GatewayMetrics {
  readonly registry: Registry;
  /** The `counters` object of /status. */
  counters(): Record<string, number | Record<string, number>>;
}

export function createGatewayMetrics(snapshot: () => GatewaySnapshot, latency: () => ReplyLatencySnapshot): GatewayMetrics {
  const registry = createMetricsRegistry();
  const t = new MetricTable(registry, snapshot);
  declareLevels(t);
  declareIoCounters(t);
  declareLogicCounters(t);
  declareOverloadMetrics(t, (s: GatewaySnapshot) => s.load, (s: GatewaySnapshot) => s.pacing);
  declareMoneyMetrics(t, (s: GatewaySnapshot) => s.money);
  new FoldedHistogram({
    name: 'shake_request_duration_seconds',
    help: 'Time from a request frame arriving in the gateway to its reply being sent (request: shake, open_share = the durable ack, grab, other)',
    labelNames: ['request'], registry,
    read: () => { const l = latency(); return REQUEST_KINDS.map((k) => ({ labels: { request: k }, latency: l[k] })); },
  });
  return { registry, counters: () => t.status() };
}

function declareLevels(t: MetricTable<GatewaySnapshot>): void {
  t.gauge('shake_connections', 'Open phone connections', (s) => s.io.connections)
    .gauge('shake_logic_generation', 'Logic layer generation now serving', (s) => s.logic.generation)
    .gauge('shake_config_version', 'Show config version applied', (s) => s.showVersion)
    .gauge('shake_pool_level', 'Packets in the pool', (s) => s.poolLevel)
    .gauge('shake_pool_capacity', 'Pool capacity in packets', (s) => s.poolCapacity)
    .gauge('shake_clock_offset_seconds', 'Offset of NTP time from the machine clock', (s) => s.clockOffsetMs / 1000)
    .gauge('shake_agent_connected', 'Whether the local agent is connected (1) or not (0)', (s) => (s.agent?.agentConnected ? 1 : 0))
    .counter('shake_agent_packets_accepted_total', 'Seed packets the agent fed into the pool', (s) => s.agent?.packetsAccepted ?? 0)
    .gauge('shake_ring_used_bytes', 'Bytes queued in a ring', (s) => s.io.requestRingBytes, { labels: { ring: 'request' } })
    .gauge('shake_ring_used_bytes', 'Bytes queued in a ring', (s) => s.io.replyRingBytes, { labels: { ring: 'reply' } })
    .gauge('shake_ring_used_bytes', 'Bytes queued in a ring', (s) => s.io.durableReplyRingBytes, { labels: { ring: 'durable-reply' } })
    .gauge('shake_pending_requests', 'Requests waiting in the logic layer', (s) => s.io.pendingRequests)
    .gauge('shake_logic_worker_elu', 'Event loop utilization of the busiest logic worker (0..1)', (s) => s.logic.workerElu)
    .gauge('shake_resource_holders', 'Phones (users) per resource manifest version they hold (0 = none yet)', (s) => s.resourceCoverage, { spreadLabel: 'version' });
}

function declareIoCounters(t: MetricTable<GatewaySnapshot>): void {
  const BUSY = 'Requests answered busy by the IO layer';
  t.counter('shake_connections_opened_total', 'Connections accepted', (s) => s.io.connectionsOpened, { statusKey: 'connectionsOpened' })
    .counter('shake_frames_in_total', 'Request frames passed to the logic layer', (s) => s.io.framesIn, { statusKey: 'framesIn' })
    .counter('shake_replies_out_total', 'Replies sent to phones', (s) => s.io.repliesOut, { statusKey: 'repliesOut' })
    .counter('shake_busy_replies_total', BUSY, (s) => s.io.busyRingFull, { statusKey: 'busyRingFull', labels: { reason: 'ring_full' } })
    .counter('shake_busy_replies_total', BUSY, (s) => s.io.busyInFlight, { statusKey: 'busyInFlight', labels: { reason: 'in_flight' } })
    .counter('shake_text_frames_rejected_total', 'Text frames refused', (s) => s.io.textFramesRejected, { statusKey: 'textFramesRejected' })
    .counter('shake_flood_closed_total', 'Connections closed for flooding', (s) => s.io.floodClosed, { statusKey: 'floodClosed' })
    .counter('shake_oversized_closed_total', 'Connections closed for an oversized frame', (s) => s.io.oversizedClosed, { statusKey: 'oversizedClosed' })
    .counter('shake_duplicate_replies_dropped_total', 'Replies dropped as duplicates after a logic restart', (s) => s.io.duplicateRepliesDropped, { statusKey: 'duplicateRepliesDropped' })
    .counter('shake_user_connections_replaced_total', 'Connections closed because the same user opened a newer one over the per-user cap', (s) => s.io.userConnectionsReplaced, { statusKey: 'userConnectionsReplaced' })
    .counter('shake_replies_for_closed_connections_total', 'Replies that found their connection closed', (s) => s.io.repliesForClosedConnections, { statusKey: 'repliesForClosedConnections' })
    .counter('shake_upgrades_refused_total', 'WebSocket upgrades refused', (s) => s.io.upgradesRefused, { statusKey: 'upgradesRefused', spreadLabel: 'code' });
}

function declareLogicCounters(t: MetricTable<GatewaySnapshot>): void {
  t.counter('shake_logic_handled_total', 'Requests handled by the logic layer', (s) => s.logic.handled, { statusKey: 'logicHandled' })
    .counter('shake_logic_errors_total', 'Requests answered with an error by the logic layer', (s) => s.logic.errors, { statusKey: 'logicErrors' })
    .counter('shake_logic_restarts_total', 'Logic worker crashes recovered', (s) => s.logic.restarts, { statusKey: 'logicRestarts' })
    .counter('shake_logic_reloads_total', 'Logic reloads (SIGHUP)', (s) => s.logic.reloads, { statusKey: 'logicReloads' })
    .counter('shake_poisoned_requests_skipped_total', 'Requests that crashed the logic layer twice, answered with an error by the host', (s) => s.logic.poisonedSkipped, { statusKey: 'poisonedRequestsSkipped' })
    .counter('shake_packets_issued_total', 'Red packets handed to phones', (s) => s.logic.packetsIssued, { statusKey: 'packetsIssued' })
    .counter('shake_packets_redelivered_total', 'Won packets handed again to a phone on a new connection (its first reply may have been lost)', (s) => s.logic.redelivered, { statusKey: 'packetsRedelivered' })
    .counter('shake_cap_refusals_total', 'Packet draws refused by a cap', (s) => s.logic.capRefusals, { statusKey: 'capRefusals' })
    .counter('shake_pool_empty_total', 'Packet draws that found the pool empty', (s) => s.logic.poolEmpty, { statusKey: 'poolEmpty' })
    .counter('shake_forged_cookies_total', 'Cap cookies rejected (bad signature, other user, malformed)', (s) => s.logic.forgedCookies, { statusKey: 'forgedCookies' })
    .counter('shake_ops_opened_total', 'Packets opened (acknowledged once durable)', (s) => s.logic.opened, { statusKey: 'opsOpened' })
    .counter('shake_ops_shared_total', 'Packets shared (acknowledged once durable)', (s) => s.logic.shared, { statusKey: 'opsShared' });
}
