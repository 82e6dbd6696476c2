/** The money relay's numbers (phones' grab / balance / detail), declared once for /metrics. */
import type { MetricTable } from '../../common/metrics/index.ts';
import type { MoneyRelayStats } from './money-relay.ts';

export function declareMoneyMetrics<S>(t: MetricTable<S>, money: (s: S) => MoneyRelayStats): void {
  const TRY = 'Money requests answered TRY_AGAIN_LATER';
  t.counter('shake_money_requests_total', 'Money requests from phones (grab, balance, detail)', (s) => money(s).requests, { spreadLabel: 'op' })
    .counter('shake_money_answered_total', 'Money requests answered with the money service\'s result', (s) => money(s).answered)
    .counter('shake_money_refused_total', 'Money requests refused by the money service (empty, expired, not found, page limit)', (s) => money(s).refused)
    .counter('shake_money_try_again_total', TRY, (s) => money(s).tryAgainNoAgent, { labels: { reason: 'no_agent' } })
    .counter('shake_money_try_again_total', TRY, (s) => money(s).tryAgainTimeout, { labels: { reason: 'timeout' } })
    .counter('shake_money_try_again_total', TRY, (s) => money(s).tryAgainMoney, { labels: { reason: 'money_unavailable' } })
    .counter('shake_money_try_again_total', TRY, (s) => money(s).tryAgainBusy, { labels: { reason: 'busy' } })
    .counter('shake_money_late_replies_total', 'Agent answers that came after the phone was told to try again', (s) => money(s).lateReplies)
    .gauge('shake_money_waiting', 'Money requests waiting for the agent', (s) => money(s).waiting)
    .gauge('shake_money_waiting_peak', 'Most money requests waiting for the agent at once since start (bounded by money.maxInFlight)', (s) => money(s).waitingPeak);
}
