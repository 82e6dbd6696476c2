/** Prometheus samples of the money relay (phones' grab / balance / detail). */
import type { Sample } from '../admin/prometheus.ts';
import type { MoneyRelayStats } from './money-relay.ts';

export function moneySamples(s: MoneyRelayStats): Sample[] {
  const c = (name: string, help: string, value: number, labels?: Record<string, string>): Sample => ({ name, help, type: 'counter', value, labels });
  const REQ = 'Money requests from phones (grab, balance, detail)';
  const TRY = 'Money requests answered TRY_AGAIN_LATER';
  return [
    ...Object.entries(s.requests).map(([op, n]) => c('shake_money_requests_total', REQ, n, { op })),
    c('shake_money_answered_total', 'Money requests answered with the money service\'s result', s.answered),
    c('shake_money_refused_total', 'Money requests refused by the money service (empty, expired, not found, page limit)', s.refused),
    c('shake_money_try_again_total', TRY, s.tryAgainNoAgent, { reason: 'no_agent' }),
    c('shake_money_try_again_total', TRY, s.tryAgainTimeout, { reason: 'timeout' }),
    c('shake_money_try_again_total', TRY, s.tryAgainMoney, { reason: 'money_unavailable' }),
    c('shake_money_late_replies_total', 'Agent answers that came after the phone was told to try again', s.lateReplies),
    { name: 'shake_money_waiting', help: 'Money requests waiting for the agent', type: 'gauge', value: s.waiting },
  ];
}
