import pino, { type Logger, type LoggerOptions } from 'pino';

export type { Logger };

/**
 * One structured logger per process/component. Child loggers carry the ids an
 * on-call person filters by (component, gatewayId, userId, packetId, roundId).
 */
export function createLogger(component: string, options: LoggerOptions = {}): Logger {
  return pino({
    name: component,
    level: process.env.SHAKE_LOG_LEVEL ?? options.level ?? 'info',
    base: { component, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    ...options,
  });
}
