/**
 * One persistent connection of common/pipelined-http.ts: requests written in
 * order, answers matched in order (HTTP/1.1 answers pipelined requests FIFO).
 * What happens to a request whose connection is lost, times out or is refused
 * is decided here; waiting for a slot and settling are the client's.
 */
import net from 'node:net';
import { corkForTick } from './cork-tick.ts';
import { ResponseReader, type HttpResponse } from './http-response-reader.ts';
import type { PipelinedHttpError, PipelinedHttpErrorKind, PipelinedHttpOptions } from './pipelined-http.ts';

/** A request from its hand-over to its settling. */
export interface Pending {
  bytes: Buffer;
  deadlineMs: number;
  idempotent: boolean;
  resent: boolean;
  /** Settled by an answer, an error or its deadline; a settled request written to a socket still holds its slot until its answer is read. */
  settled: boolean;
  resolve(r: HttpResponse): void;
  reject(e: PipelinedHttpError): void;
  onLateAnswer: ((r: HttpResponse) => void) | undefined;
}

/** What a connection needs of its client. */
export interface ConnectionOwner {
  readonly counters: { connects: number; resent: number };
  fail(p: Pending, kind: PipelinedHttpErrorKind, why: string): void;
  requeue(p: Pending): void;
  pump(): void;
}

/** A connection whose oldest written request is this far past its deadline is taken as stuck and dropped. */
const STUCK_AFTER_DEADLINE_MS = 1000;

/** One persistent connection: requests written in order, answers matched in order. */
export class Connection {
  sock: net.Socket | null = null;
  connected = false;
  readonly inflight: Pending[] = [];
  restUntilMs = 0;
  lastActiveMs = 0;
  private reader = new ResponseReader();

  constructor(private readonly client: ConnectionOwner, private readonly o: PipelinedHttpOptions) {}

  get usable(): boolean { return this.restUntilMs <= Date.now() && this.inflight.length < this.o.maxInFlightPerConnection; }

  send(p: Pending): void {
    const sock = this.sock ?? this.open();
    this.inflight.push(p);
    this.lastActiveMs = Date.now();
    // Requests handed over in one tick leave in one write.
    corkForTick(sock);
    sock.write(p.bytes);
  }

  private open(): net.Socket {
    const sock = net.connect({ host: this.o.host, port: this.o.port });
    sock.setNoDelay(true);
    this.sock = sock;
    this.connected = false;
    this.reader = new ResponseReader();
    this.client.counters.connects++;
    sock.on('connect', () => { this.connected = true; });
    sock.on('data', (chunk: Buffer) => this.onData(sock, chunk));
    sock.on('error', (e) => this.drop(sock, e.message));
    sock.on('close', () => this.drop(sock, 'connection closed by the server'));
    sock.on('end', () => this.drop(sock, 'connection ended by the server'));
    return sock;
  }

  private onData(sock: net.Socket, chunk: Buffer): void {
    if (sock !== this.sock) return;
    this.lastActiveMs = Date.now();
    let closing = false;
    const err = this.reader.push(chunk, (r) => {
      const p = this.inflight.shift();
      if (!p) { closing = true; return; } // an answer nobody asked for: this stream can no longer be trusted
      if (!p.settled) { p.settled = true; p.resolve(r); } else p.onLateAnswer?.(r);
      if (r.closing) closing = true;
    });
    if (err) this.drop(sock, err, 'bad_response');
    else if (closing) this.drop(sock, 'the server closed the connection after an answer');
    this.client.pump();
  }

  /** Ends this connection; its unanswered requests are resent (idempotent, once) or failed. */
  drop(sock: net.Socket, why: string, kind: PipelinedHttpErrorKind = 'connection_lost'): void {
    if (sock !== this.sock) return;
    this.sock = null;
    sock.destroy();
    const neverConnected = !this.connected;
    if (neverConnected) this.restUntilMs = Date.now() + this.o.reconnectMs;
    const lost = this.inflight.splice(0);
    for (const p of lost) {
      if (p.settled) continue;
      if (neverConnected) this.client.fail(p, 'connect_failed', `cannot connect to ${this.o.host}:${this.o.port}: ${why}`);
      else if (p.idempotent && !p.resent) { p.resent = true; this.client.counters.resent++; this.client.requeue(p); }
      else this.client.fail(p, kind, why);
    }
    this.client.pump();
  }

  /** Times out expired requests; drops the connection when it is stuck or idle. */
  sweep(nowMs: number): void {
    for (const p of this.inflight) if (!p.settled && p.deadlineMs <= nowMs) this.client.fail(p, 'timeout', 'no answer in time');
    const sock = this.sock;
    if (!sock) return;
    const head = this.inflight[0];
    if (head && head.settled && nowMs - head.deadlineMs > STUCK_AFTER_DEADLINE_MS) this.drop(sock, 'no answer to the oldest request long past its deadline', 'timeout');
    else if (!head && nowMs - this.lastActiveMs > this.o.idleCloseMs) { this.sock = null; sock.destroy(); }
  }

  destroy(): void {
    this.sock?.destroy();
    this.sock = null;
  }
}

