/**
 * An IO thread beyond the first: a worker thread running its own IoServer on
 * the gateway's port (SO_REUSEPORT, see reuseport.ts), with its own rings to
 * and from every logic worker. It reads the load tier from shared memory and
 * reports its counters to the main thread, which sums them for /status.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createLogger } from '../../common/logger.ts';
import { IoServer } from './io-server.ts';
import { IoOverload } from '../overload/io-overload.ts';
import { perIoThread } from '../overload/config.ts';
import { OverloadShared, SharedLoadView } from '../overload/overload-shared.ts';
import type { IoThreadData, IoThreadMessage, ToIoThread } from './io-thread-protocol.ts';
import type { UserConnections } from './user-connections.ts';

const data = (workerData as { data: IoThreadData }).data;
const port = parentPort!;
const post = (m: IoThreadMessage) => port.postMessage(m);
const logger = createLogger('gateway', { base: { component: 'gateway', gatewayId: data.config.gatewayId, pid: process.pid, ioThread: data.lanes.index } });
const overload = new IoOverload(perIoThread(data.config.overload, data.ioThreads), new SharedLoadView(new OverloadShared(data.overload)));
/** The per-user cap is the process's: the main thread keeps the table and says which connection to close. */
const users: UserConnections<number> = {
  opened: (userId, connId) => { post({ type: 'user-opened', userId, connId }); return []; },
  closed: (userId, connId) => post({ type: 'user-closed', userId, connId }),
  users: 0,
};
const io = new IoServer(data.config, data.lanes, logger, Date.now, overload, data.durableReplies, data.connections, users);

function report(): void {
  post({ type: 'stats', stats: { ...io.snapshot() }, pacing: io.pacingStats(), connectsRateLimited: overload.admission.refused, latency: io.latencySnapshot() });
}
const timer = setInterval(report, data.reportIntervalMs);

port.on('message', (m: ToIoThread) => {
  if (m.type === 'deliver') return io.deliver(m.connId, m.reqId, m.bytes, m.flags);
  if (m.type === 'broadcast') return io.broadcast(m.bytes);
  if (m.type === 'replace') return io.replaceConnection(m.connId);
  clearInterval(timer);
  report();
  // Closing the listen socket and every connection leaves uWS nothing on this thread's loop, so the thread ends.
  io.close();
  port.close();
});

io.listen(data.host, data.port).then(
  (p) => post({ type: 'listening', port: p }),
  (err: Error) => post({ type: 'failed', message: err.message }),
);
