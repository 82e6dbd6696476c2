/**
 * A flood of WebSocket upgrades with bad tokens, as a stranger would send them:
 * raw TCP sockets bound to several 127.x source addresses, each writing
 * upgrade requests at a fixed total rate (pipelined; a socket the gateway
 * closes is reopened) and reading back only the status lines. Shared by the admission test and bench/admission-flood.ts.
 */
import net from 'node:net';

export interface FloodSpec {
  port: number;
  ratePerSec: number;
  durationMs: number;
  /** Source addresses the sockets bind to (several 127.x: the flood does not come from one peer). */
  addresses: string[];
  /** Sockets per address. */
  socketsPerAddress?: number;
}

export interface FloodResult {
  sent: number;
  /** Responses by HTTP status. */
  statuses: Record<string, number>;
}

const request = (i: number) =>
  `GET /?token=forged-${i}.${'x'.repeat(40)} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n` +
  'Sec-WebSocket-Version: 13\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n\r\n';

/** Sends bad-token upgrades at `ratePerSec` for `durationMs`; resolves when every socket is done. */
export async function floodBadUpgrades(spec: FloodSpec): Promise<FloodResult> {
  const result: FloodResult = { sent: 0, statuses: {} };
  const sockets: net.Socket[] = [];
  let running = true;
  // The gateway closes a connection after refusing a bad upgrade: a flooder reconnects and goes on.
  const open = (slot: number, address: string) => {
    const s = openCounting(spec.port, address, result);
    sockets[slot] = s;
    s.on('close', () => { if (running) open(slot, address); });
  };
  for (const address of spec.addresses) {
    for (let k = 0; k < (spec.socketsPerAddress ?? 4); k++) open(sockets.length, address);
  }
  const tickMs = 10;
  const start = performance.now();
  let next = 0;
  await new Promise<void>((resolve) => {
    const timer = setInterval(() => {
      const elapsed = performance.now() - start;
      const due = Math.floor((Math.min(elapsed, spec.durationMs) * spec.ratePerSec) / 1000);
      for (; result.sent < due; result.sent++) {
        const s = sockets[next++ % sockets.length]!;
        if (s.writable) s.write(request(result.sent));
      }
      if (elapsed >= spec.durationMs) { clearInterval(timer); resolve(); }
    }, tickMs);
  });
  await new Promise((r) => setTimeout(r, 200)); // the last responses in flight
  running = false;
  for (const s of sockets) s.destroy();
  return result;
}

function openCounting(port: number, localAddress: string, result: FloodResult): net.Socket {
  const s = net.connect({ host: '127.0.0.1', port, localAddress });
  let tail = '';
  s.setEncoding('latin1');
  s.on('data', (d: string) => {
    const text = tail + d;
    let counted = 0;
    for (const m of text.matchAll(/HTTP\/1\.1 (\d{3})/g)) {
      result.statuses[m[1]!] = (result.statuses[m[1]!] ?? 0) + 1;
      counted = m.index! + m[0].length;
    }
    tail = text.slice(Math.max(counted, text.length - 16)); // a status line split across reads
  });
  s.on('error', () => {});
  return s;
}
