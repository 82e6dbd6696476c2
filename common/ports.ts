import net from 'node:net';

/**
 * Asks for a free TCP port on host, picked below Linux's ephemeral range
 * (32768+), so a port a test frees and later binds again (a restarted NATS
 * node) is not taken meanwhile by some outgoing connection. Racy by nature;
 * fine for tests and local deployments.
 */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  for (let i = 0; i < 50; i++) {
    // Each process draws from its own slice first (test files run in parallel and each picks
    // ports before its servers bind them), and never hands out the same port twice.
    const slice = i < 25 ? process.pid % SLICES : Math.floor(Math.random() * SLICES);
    const port = 20_000 + slice * SLICE_PORTS + Math.floor(Math.random() * SLICE_PORTS);
    if (handedOut.has(port)) continue;
    if (await canBind(port, host)) {
      handedOut.add(port);
      return port;
    }
  }
  return bindAny(host);
}

const SLICES = 12;
const SLICE_PORTS = 1000;
const handedOut = new Set<number>();

/** True if a TCP listener can bind host:port right now. */
export function canBind(port: number, host = '127.0.0.1'): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.unref();
    srv.once('error', () => resolve(false));
    srv.listen(port, host, () => srv.close(() => resolve(true)));
  });
}

function bindAny(host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, host, () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export async function freePorts(n: number, host = '127.0.0.1'): Promise<number[]> {
  const seen = new Set<number>();
  while (seen.size < n) seen.add(await freePort(host));
  return [...seen];
}
