/**
 * A grab storm against money HTTP endpoints, cheap on the client side so the
 * server is what is measured: raw keep-alive sockets with pipelined
 * POST /grab requests (pre-encoded), responses read by status line and
 * content-length. Every request gets exactly one answer or counts as lost.
 *
 * As a process: `node --import tsx bench/lib/grab-storm-client.ts '<json StormSpec>'`
 * prints one JSON line (StormResult).
 */
import net from 'node:net';
import { fileURLToPath } from 'node:url';

export interface StormTarget { port: number; groupPacketIds: string[] }

export interface StormSpec {
  targets: StormTarget[];
  users: number;
  /** Requests per user (each user asks for each of its packets this many times). */
  repeats: number;
  token: string;
  connections: number;
  /** Pipelined requests in flight per connection. */
  window: number;
  /** Requests per second to offer at most (0: as fast as answered). */
  ratePerS?: number;
}

export interface StormResult {
  sent: number;
  answered: number;
  lost: number;
  byStatus: Record<string, number>;
  byCode: Record<string, number>;
  paidCents: number;
  paidShares: Array<{ groupPacketId: string; userId: string; amountCents: number; repeat: boolean }>;
  elapsedMs: number;
}

interface Req { groupPacketId: string; userId: string; port: number }

function encode(r: Req, token: string): Buffer {
  const body = JSON.stringify({ groupPacketId: r.groupPacketId, userId: r.userId });
  return Buffer.from(`POST /grab HTTP/1.1\r\nhost: 127.0.0.1\r\nauthorization: Bearer ${token}\r\ncontent-type: application/json\r\n`
    + `content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}

/** Parses as many complete responses as the buffer holds; returns them and the unread rest. */
function parseResponses(buf: Buffer): { done: Array<{ status: number; body: string }>; rest: Buffer } {
  const done: Array<{ status: number; body: string }> = [];
  let at = 0;
  for (;;) {
    const headEnd = buf.indexOf('\r\n\r\n', at);
    if (headEnd < 0) break;
    const head = buf.toString('latin1', at, headEnd);
    const m = /content-length:\s*(\d+)/i.exec(head);
    const len = m ? Number(m[1]) : 0;
    if (buf.length < headEnd + 4 + len) break;
    done.push({ status: Number(head.slice(9, 12)), body: buf.toString('utf8', headEnd + 4, headEnd + 4 + len) });
    at = headEnd + 4 + len;
  }
  return { done, rest: buf.subarray(at) };
}

export async function runStorm(spec: StormSpec): Promise<StormResult> {
  const reqs: Req[] = [];
  for (let k = 0; k < spec.repeats; k++) {
    for (let u = 0; u < spec.users; u++) {
      for (const t of spec.targets) for (const g of t.groupPacketIds) reqs.push({ groupPacketId: g, userId: `storm-${u}`, port: t.port });
    }
  }
  const result: StormResult = { sent: 0, answered: 0, lost: 0, byStatus: {}, byCode: {}, paidCents: 0, paidShares: [], elapsedMs: 0 };
  const started = Date.now();
  const ports = spec.targets.map((t) => t.port);
  // Requests keep their interleaved order within each port; that port's connections take them in turn.
  const queues = new Map<number, Cursor>(ports.map((p) => [p, { items: reqs.filter((r) => r.port === p), at: 0 }]));
  await Promise.all(ports.flatMap((port) => Array.from({ length: Math.max(1, Math.floor(spec.connections / ports.length)) }, () =>
    connection(port, queues.get(port)!, spec, result, started))));
  result.elapsedMs = Date.now() - started;
  result.lost = result.sent - result.answered;
  return result;
}

interface Cursor { items: Req[]; at: number }

function connection(port: number, queue: Cursor, spec: StormSpec, result: StormResult, started: number): Promise<void> {
  return new Promise((resolve) => {
    const sock = net.connect(port, '127.0.0.1');
    sock.setNoDelay(true);
    const inflight: Req[] = [];
    let rest = Buffer.alloc(0);
    let pacer: NodeJS.Timeout | null = null;
    const fill = () => {
      const chunks: Buffer[] = [];
      while (inflight.length < spec.window && queue.at < queue.items.length) {
        if (spec.ratePerS && queueAllowance(spec, started) <= result.sent) {
          pacer ??= setTimeout(() => { pacer = null; fill(); }, 5);
          break;
        }
        const r = queue.items[queue.at++];
        inflight.push(r);
        result.sent++;
        chunks.push(encode(r, spec.token));
      }
      if (chunks.length) sock.write(Buffer.concat(chunks));
      if (inflight.length === 0 && queue.at >= queue.items.length) sock.end();
    };
    sock.on('connect', fill);
    sock.on('data', (chunk: Buffer) => {
      const parsed = parseResponses(rest.length ? Buffer.concat([rest, chunk]) : chunk);
      rest = Buffer.from(parsed.rest);
      for (const res of parsed.done) {
        const r = inflight.shift()!;
        result.answered++;
        result.byStatus[res.status] = (result.byStatus[res.status] ?? 0) + 1;
        const body = JSON.parse(res.body) as { code?: string; amountCents?: number; repeat?: boolean };
        const code = res.status === 200 ? (body.repeat ? 'ok_repeat' : 'ok') : body.code ?? `HTTP_${res.status}`;
        result.byCode[code] = (result.byCode[code] ?? 0) + 1;
        if (res.status === 200 && !body.repeat) {
          result.paidCents += body.amountCents ?? 0;
          result.paidShares.push({ groupPacketId: r.groupPacketId, userId: r.userId, amountCents: body.amountCents ?? 0, repeat: false });
        }
      }
      fill();
    });
    const finish = () => { if (pacer) clearTimeout(pacer); resolve(); };
    sock.on('close', finish);
    sock.on('error', finish);
  });
}

function queueAllowance(spec: StormSpec, started: number): number {
  return ((Date.now() - started) / 1000) * (spec.ratePerS ?? Infinity);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await runStorm(JSON.parse(process.argv[2]) as StormSpec);
  process.stdout.write(`${JSON.stringify(r)}\n`);
}
