/** What other parts use of the show-config service: an instance's settings and the operator list. */
export * from './instance-config.ts';
export * from './operators.ts';
export type { MoneySetEndpoint } from './money-set-list.ts';
export type { MoneySetState } from './money-sets-monitor.ts';
