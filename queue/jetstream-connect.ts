/** One NATS connection that never gives up reconnecting (the cluster may be fully down for a while). */
import { connect, type NatsConnection } from 'nats';
import type { Logger } from '../common/logger.ts';

export async function connectForever(servers: string[], name: string, log: Logger): Promise<NatsConnection> {
  const nc = await connect({
    servers,
    name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
    reconnectJitter: 100,
    waitOnFirstConnect: true,
    pingInterval: 2_000,
    maxPingOut: 2,
  });
  void (async () => {
    for await (const s of nc.status()) {
      if (s.type === 'disconnect' || s.type === 'reconnect' || s.type === 'error') {
        log.info({ status: s.type, data: String(s.data) }, 'nats connection status');
      }
    }
  })();
  return nc;
}
