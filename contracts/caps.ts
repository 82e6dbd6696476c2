/**
 * The per-user caps both sides enforce: the gateway (from the show document's
 * `caps`, contracts/show/types.ts) before a packet reaches a phone, the money
 * service (its settings' `caps`) as the final word before money moves. Their
 * defaults are the brief's: 3 packets per user per show, 1 per sponsor.
 */
export const DEFAULT_PACKETS_PER_USER = 3;
export const DEFAULT_PACKETS_PER_SPONSOR = 1;

/** The gateway's verdict on a shake that would win a packet (gateway/logic/show/cap-verdict.ts). */
export type GatewayCapVerdict = 'ok' | 'cap-reached' | 'sponsor-cap';

/**
 * The money side's decision on a packet's first operation, stored in its t_cap
 * table (packet-service/shard/caps-ops.ts). The same three outcomes as the
 * gateway's verdict, under the names the stored rows already carry.
 */
export type MoneyCapDecision = 'admitted' | 'cap_user' | 'cap_sponsor';

