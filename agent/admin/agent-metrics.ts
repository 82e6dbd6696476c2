/**
 * Every number the agent exports, declared once (common/metrics). The
 * forwarder's figures are read asynchronously (SQLite, the queue), so a
 * scrape first takes one snapshot, then renders from it.
 */
import { createMetricsRegistry, MetricTable, renderMetrics } from '../../common/metrics/index.ts';
import { emptyLatency, FoldedHistogram, type LatencySnapshot } from '../../common/metrics/latency.ts';
import type { MoneyForwarderStats } from '../money/money-forwarder.ts';
import type { FeederStats } from '../feed/feeder.ts';
import type { RecyclerStats } from '../recycle/recycler.ts';
import type { ForwarderStats } from '../forwarder/forwarder.ts';

export interface AgentSnapshot {
  refused: boolean;
  linkConnected: boolean;
  feed: FeederStats | null;
  recycle: RecyclerStats | null;
  forwarder: ForwarderStats | null;
  /** Phones' money requests (agent/money/money-forwarder.ts); null without a money endpoint. */
  money: (MoneyForwarderStats & { memoAnswers: number; latency: LatencySnapshot }) | null;
}

/** Returns the /metrics renderer. */
export function createAgentMetrics(read: () => Promise<AgentSnapshot>): () => Promise<string> {
  const registry = createMetricsRegistry();
  let last: AgentSnapshot = { refused: false, linkConnected: false, feed: null, recycle: null, forwarder: null, money: null };
  const MONEY = 'Phones\' money requests this agent answered, by outcome (ok: the money service\'s answer or a remembered repeat; refused: empty, expired, not found; try_again: busy, capped, down or slow)';
  new MetricTable(registry, () => last)
    .gauge('agent_feed_refused', '1 when the agent refuses to feed (see /status feedRefused)', (s) => (s.refused ? 1 : 0))
    .gauge('agent_link_connected', '1 while the gateway link is up', (s) => (s.linkConnected ? 1 : 0))
    .counter('agent_fed_total', 'Packets the gateway took from this agent', (s) => s.feed?.fedTotal ?? 0)
    .gauge('agent_fed_per_second', 'Packets fed in the last complete second', (s) => s.feed?.fedLastSecond ?? 0)
    .gauge('agent_release_rate_target', 'This machine\'s share of the running round\'s rate (0 outside rounds)', (s) => s.feed?.round?.ratePerSec ?? 0)
    .counter('agent_release_slots_missed_total', 'Release slots dropped (pool full, link down, late)', (s) => s.feed?.slotsMissed ?? 0)
    .gauge('agent_pool_level', 'Gateway pool level (last PoolStatus)', (s) => s.feed?.pool?.level ?? 0)
    .gauge('agent_pool_capacity', 'Gateway pool capacity', (s) => s.feed?.pool?.capacity ?? 0)
    .gauge('agent_queue_length', 'Packets waiting in the agent queue (returned, re-feed, recycled)', (s) => s.feed?.queueLength ?? 0)
    .gauge('agent_part_remaining', 'Seed part records not fed yet', (s) => s.feed?.partRemaining ?? 0)
    .counter('agent_recycled_minted_total', 'Recycled packets minted', (s) => s.recycle?.minted ?? 0)
    .counter('agent_recycle_refused_total', 'Recycled items refused', (s) => s.recycle?.refused ?? 0)
    .gauge('agent_journal_backlog', 'Journal entries not yet acked by the async queue', (s) => s.forwarder?.backlog ?? 0)
    .counter('agent_journal_forwarded_total', 'Journal entries forwarded', (s) => s.forwarder?.forwardedTotal ?? 0)
    .gauge('agent_queue_lag', 'Messages in the async queue not yet consumed by the money service (-1 unknown)', (s) => s.forwarder?.queueLag ?? -1)
    .counter('agent_money_requests_total', MONEY, (s) => s.money?.ok ?? 0, { labels: { outcome: 'ok' } })
    .counter('agent_money_requests_total', MONEY, (s) => s.money?.refused ?? 0, { labels: { outcome: 'refused' } })
    .counter('agent_money_requests_total', MONEY, (s) => s.money?.tryAgain ?? 0, { labels: { outcome: 'try_again' } })
    .counter('agent_money_memo_answers_total', 'Grabs answered from the agent\'s memory of final answers (never reached the money service)', (s) => s.money?.memoAnswers ?? 0)
    .counter('agent_money_capped_total', 'Grabs told to try again at the per-packet cap of grabs in flight', (s) => s.money?.capped ?? 0)
    .gauge('agent_money_in_flight', 'Grabs on their way to the money service now', (s) => s.money?.inFlight ?? 0)
    .gauge('agent_money_in_flight_peak', 'Most grabs on their way to the money service at once since start', (s) => s.money?.inFlightPeak ?? 0);
  new FoldedHistogram({ name: 'agent_money_request_duration_seconds', help: 'Time from a money request\'s arrival at the agent to its answer', labelNames: [], registry,
    read: () => [{ labels: {}, latency: last.money?.latency ?? emptyLatency() }] });
  return async () => {
    last = await read();
    return renderMetrics(registry);
  };
}
