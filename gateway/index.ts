/**
 * What other parts use of the gateway: the user token (issued by ops tools),
 * the SO_REUSEPORT helper, the show's source, and the show-config follower
 * with its clock (the config service's standalone followers run the gateway's
 * own wiring, not a copy of it).
 */
export * from './auth/user-token.ts';
export * from './io/reuseport.ts';
export * from './show-source.ts';
export * from './clock/sntp.ts';
export * from './clock/clock-monitor.ts';
export * from './show-config/config-follower.ts';
export * from './show-config/countdown.ts';
