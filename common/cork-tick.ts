/**
 * Batches a socket's writes of one tick into one syscall: corks it on the first
 * write of a tick and uncorks on the next tick. A grab storm sends thousands of
 * small money messages a second over the gateway↔agent link; one write each
 * costs a syscall and a wake-up on the other side each.
 */
import type { Socket } from 'node:net';

const corked = new WeakSet<Socket>();

export function corkForTick(sock: Socket): void {
  if (corked.has(sock)) return;
  corked.add(sock);
  sock.cork();
  process.nextTick(() => {
    corked.delete(sock);
    sock.uncork();
  });
}
