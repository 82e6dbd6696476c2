/**
 * A lean keep-alive HTTP/1.1 client for one service endpoint, for calls made at
 * storm rates (the agent's POST /grab). fetch costs ~430 µs of CPU per request
 * here; this writes requests pipelined on a few persistent node:net connections
 * and matches answers in order (HTTP/1.1 answers pipelined requests FIFO), at
 * ~20 µs per request.
 * - bounded: at most `maxInFlightPerConnection` requests written per connection,
 *   at most `maxQueued` waiting for a slot; past that a request fails at once
 *   (`queue_full`), so a storm never grows memory here;
 * - every request settles exactly once: its answer, or a typed PipelinedHttpError
 *   (timeout, connection lost, connect failed, queue full, unreadable answer, closed);
 * - a connection lost with requests written and unanswered fails them, except
 *   requests marked idempotent, which are sent again once on a fresh connection
 *   (a grab is not retried here: the caller's "try again" is the retry);
 * - a connection that fails to connect rests for `reconnectMs`; while every
 *   connection rests, requests fail at once (`connect_failed`) instead of waiting.
 * Bodies are read by Content-Length only (common/http-response-reader.ts).
 */
import type { HttpResponse } from './http-response-reader.ts';
import { Connection, type ConnectionOwner, type Pending } from './pipelined-connection.ts';

export type { HttpResponse } from './http-response-reader.ts';

export type PipelinedHttpErrorKind = 'timeout' | 'connection_lost' | 'connect_failed' | 'queue_full' | 'bad_response' | 'closed';

export class PipelinedHttpError extends Error {
  constructor(readonly kind: PipelinedHttpErrorKind, message: string) {
    super(message);
    this.name = 'PipelinedHttpError';
  }
}

export interface PipelinedHttpOptions {
  host: string;
  port: number;
  /** Persistent connections opened (lazily) to the endpoint. */
  connections: number;
  maxInFlightPerConnection: number;
  /** Requests waiting for an in-flight slot, at most. */
  maxQueued: number;
  /** How long a connection that failed to connect rests before the next try. */
  reconnectMs: number;
  /** Idle connections are closed by us first, before the server's keep-alive timeout (node: 5 s) races a request. */
  idleCloseMs: number;
}

export const DEFAULT_PIPELINED_HTTP: Omit<PipelinedHttpOptions, 'host' | 'port'> = {
  connections: 4, maxInFlightPerConnection: 32, maxQueued: 4096, reconnectMs: 100, idleCloseMs: 4000,
};

export interface HttpCall {
  method: 'GET' | 'POST';
  /** Path and query, e.g. `/grab`. */
  path: string;
  /** Extra header lines' names and values (host and content-length are set here). */
  headers?: Readonly<Record<string, string>>;
  body?: string;
  timeoutMs: number;
  /** Safe to send twice: resent once when its connection is lost before the answer. */
  idempotent?: boolean;
  /** Gets the answer that arrives after the request timed out (the caller may still learn from it). */
  onLateAnswer?: (r: HttpResponse) => void;
}

export interface PipelinedHttpStats {
  requests: number;
  inFlight: number;
  queued: number;
  queuedPeak: number;
  inFlightPeak: number;
  connects: number;
  resent: number;
  failed: Record<PipelinedHttpErrorKind, number>;
}

const SWEEP_MS = 10;
export class PipelinedHttpClient implements ConnectionOwner {
  readonly counters = { requests: 0, queuedPeak: 0, inFlightPeak: 0, connects: 0, resent: 0 };
  private readonly failed: Record<PipelinedHttpErrorKind, number> = { timeout: 0, connection_lost: 0, connect_failed: 0, queue_full: 0, bad_response: 0, closed: 0 };
  private readonly conns: Connection[];
  private readonly waiting: Pending[] = [];
  private readonly sweeper: NodeJS.Timeout;
  private closed = false;
  private readonly hostHeader: string;

  constructor(private readonly o: PipelinedHttpOptions) {
    this.conns = Array.from({ length: Math.max(1, o.connections) }, () => new Connection(this, o));
    this.hostHeader = `${o.host}:${o.port}`;
    this.sweeper = setInterval(() => this.sweep(), SWEEP_MS).unref();
  }

  request(call: HttpCall): Promise<HttpResponse> {
    return new Promise<HttpResponse>((resolve, reject) => {
      this.counters.requests++;
      const p: Pending = { bytes: this.encode(call), deadlineMs: Date.now() + call.timeoutMs, idempotent: call.idempotent ?? false, resent: false, settled: false, resolve, reject, onLateAnswer: call.onLateAnswer };
      if (this.closed) return this.fail(p, 'closed', 'client closed');
      this.place(p, false);
    });
  }

  stats(): PipelinedHttpStats {
    return { ...this.counters, inFlight: this.inFlight(), queued: this.waiting.length, failed: { ...this.failed } };
  }

  close(): void {
    this.closed = true;
    clearInterval(this.sweeper);
    for (const c of this.conns) {
      for (const p of c.inflight.splice(0)) this.fail(p, 'closed', 'client closed');
      c.destroy();
    }
    for (const p of this.waiting.splice(0)) this.fail(p, 'closed', 'client closed');
  }

  /** @internal Settles a request with an error (once). */
  fail(p: Pending, kind: PipelinedHttpErrorKind, why: string): void {
    if (p.settled) return;
    p.settled = true;
    this.failed[kind]++;
    p.reject(new PipelinedHttpError(kind, why));
  }

  /** @internal A request whose connection was lost before its answer, sent again first. */
  requeue(p: Pending): void {
    if (this.closed) return this.fail(p, 'closed', 'client closed');
    this.place(p, true);
  }

  /** @internal Hands waiting requests to connections with free slots. */
  pump(): void {
    while (this.waiting.length > 0) {
      const c = this.pick();
      if (!c) return;
      const p = this.waiting.shift()!;
      if (!p.settled) this.sendOn(c, p);
    }
  }

  private place(p: Pending, first: boolean): void {
    const c = this.waiting.length === 0 ? this.pick() : null;
    if (c) return this.sendOn(c, p);
    if (this.conns.every((x) => x.restUntilMs > Date.now())) return this.fail(p, 'connect_failed', `${this.hostHeader} refused connections just now`);
    if (this.waiting.length >= this.o.maxQueued) return this.fail(p, 'queue_full', `${this.o.maxQueued} requests already wait for ${this.hostHeader}`);
    if (first) this.waiting.unshift(p); else this.waiting.push(p);
    this.counters.queuedPeak = Math.max(this.counters.queuedPeak, this.waiting.length);
  }

  private sendOn(c: Connection, p: Pending): void {
    c.send(p);
    const n = this.inFlight();
    if (n > this.counters.inFlightPeak) this.counters.inFlightPeak = n;
  }

  /** The usable connection with the fewest requests in flight (so a burst spreads over every connection). */
  private pick(): Connection | null {
    let best: Connection | null = null;
    for (const c of this.conns) {
      if (!c.usable) continue;
      if (!best || c.inflight.length < best.inflight.length) best = c;
    }
    return best;
  }

  private inFlight(): number {
    let n = 0;
    for (const c of this.conns) n += c.inflight.length;
    return n;
  }

  private sweep(): void {
    const now = Date.now();
    for (const c of this.conns) c.sweep(now);
    if (this.waiting.length > 0 && this.waiting.some((p) => p.settled || p.deadlineMs <= now)) {
      const keep = this.waiting.filter((p) => {
        if (p.deadlineMs <= now) this.fail(p, 'timeout', 'no free connection slot in time');
        return !p.settled;
      });
      this.waiting.splice(0, this.waiting.length, ...keep);
    }
    this.pump();
  }

  private encode(call: HttpCall): Buffer {
    let head = `${call.method} ${call.path} HTTP/1.1\r\nhost: ${this.hostHeader}\r\n`;
    for (const [k, v] of Object.entries(call.headers ?? {})) head += `${k}: ${v}\r\n`;
    const body = call.body ?? '';
    head += `content-length: ${Buffer.byteLength(body)}\r\n\r\n`;
    return Buffer.from(head + body);
  }
}
