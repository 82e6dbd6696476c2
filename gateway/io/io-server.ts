/**
 * The IO layer: holds the phones' WebSocket connections and moves frames
 * between them and the rings. It authenticates at the upgrade and enforces
 * per-connection limits, but never decodes a business message: requests go
 * into the request ring as bytes, replies come out of the reply ring as bytes.
 */
import { uws, type TemplatedApp, type WebSocket, type us_listen_socket } from './uws.ts';
import { Doorbell, RingConsumer, RingProducer, wakeRingConsumer, type RingFrame } from '../ring/spsc-ring.ts';
import { verifyUserToken } from '../auth/user-token.ts';
import { isShakeError } from '../../common/errors.ts';
import { closeReason } from '../../contracts/errors.ts';
import type { Logger } from '../../common/logger.ts';
import type { GatewayConfig } from '../settings.ts';
import { tokenFromUpgrade } from './upgrade-auth.ts';
import { peekSeq } from './peek-seq.ts';
import { LocalUserConnections, type UserConnections } from './user-connections.ts';
import { Admission } from '../overload/admission.ts';
import { ERRORS } from '../../contracts/errors.ts';
import { busyReply, errorReply, IoErrorCodes } from './canned-replies.ts';
import { encodeRequestPrefix, REPLY_PREFIX_BYTES, ReplyFlags } from '../frame-format.ts';
import type { IoOverload } from '../overload/io-overload.ts';
import type { GatedConn, HeldReply, ReplyGate } from '../overload/reply-gate.ts';
import { IO_SHIFT, logicWorkerOf, type IoLanes } from '../lanes.ts';
import { ReplyLatency, RequestKindIndex, type ReplyLatencySnapshot } from './reply-latency.ts';
import { CONNECTION_COUNT } from '../shared-layout.ts';

// Int32 index of the count (layout and its checks: gateway/shared-layout.ts).
const OPEN_CONNECTIONS = CONNECTION_COUNT.open;

interface Conn extends GatedConn {
  connId: number;
  userId: string;
  /** The logic worker that decides this user's requests. */
  logic: number;
  prefix: Uint8Array;
  inFlight: number;
  consecutiveRejects: number;
  open: boolean;
  /** Arrival times (ms) of the requests in the logic layer, oldest first (pacing only). */
  arrivals: number[];
}

/** Every connection listens on this topic: messages the gateway sends to all phones (seq 0). */
const BROADCAST_TOPIC = 'all';

/** IO-internal flag on a reply: close with RATE_LIMIT_IGNORED after sending it. */
const CLOSE_RATE_LIMIT = 0x80;

export interface IoStats {
  connections: number;
  connectionsOpened: number;
  upgradesRefused: Record<string, number>;
  framesIn: number;
  repliesOut: number;
  busyRingFull: number;
  busyInFlight: number;
  textFramesRejected: number;
  floodClosed: number;
  oversizedClosed: number;
  duplicateRepliesDropped: number;
  /** Connections closed because the same user opened more than limits.maxConnectionsPerUser. */
  userConnectionsReplaced: number;
  repliesForClosedConnections: number;
  requestRingBytes: number;
  replyRingBytes: number;
  /** Open/share replies the journal thread has passed on, not yet sent. */
  durableReplyRingBytes: number;
  pendingRequests: number;
}

/** Open connections of the whole gateway (all IO threads), for the connection limit. */
export function createConnectionCount(): SharedArrayBuffer {
  return new SharedArrayBuffer(CONNECTION_COUNT.bytes);
}

export class IoServer {
  private readonly app: TemplatedApp;
  private listenSocket: us_listen_socket | null = null;
  private readonly conns = new Map<number, WebSocket<Conn>>();
  private readonly connBase: number;
  private nextConnId = 1;
  private nextReqId = 1;
  /**
   * reqId -> connId of every request in the logic layer. A reply is delivered
   * only if its reqId is still here, which drops the duplicates a restarted
   * logic generation can produce and lets replies come back in any order.
   */
  private readonly pending = new Map<number, number>();
  /** Shared with the logic worker: 1 for a reqId whose reply went out (a restarted worker skips it). */
  private readonly answered: Uint8Array;
  private readonly answeredMask: number;
  /** To each logic worker, and from each (index = logic worker). */
  private readonly requests: RingProducer[];
  private readonly replies: RingConsumer[];
  /** Open/share "ok"s, written by the journal thread once their entries are durable (null: no journal). */
  private readonly durableReplies: RingConsumer | null;
  private readonly doorbell: Doorbell;
  private readonly processConnections: Int32Array;
  private pumping = false;
  private readonly gate: ReplyGate<Conn> | null;
  /** Upgrades whose token does not verify: their own, smaller bucket (overload.admission.unauthenticatedShare). */
  private readonly unauthenticated: Admission;
  /** The per-user connection cap, by connection id: this thread's own table, or the process's (several IO threads). */
  private readonly perUser: UserConnections<number>;
  /** Arrival-to-reply time by kind of request (shake_request_duration_seconds). */
  private readonly latency = new ReplyLatency();
  readonly stats: IoStats;

  /**
   * `lanes`: this IO thread's rings to and from every logic worker;
   * `connections`: the gateway-wide open connection count (createConnectionCount);
   * `users`: the per-user connection table by connection id, when the process has
   * several IO threads (it returns only this thread's connections to close).
   */
  constructor(
    private readonly config: GatewayConfig,
    private readonly lanes: IoLanes,
    private readonly logger: Logger,
    private readonly clock: () => number = Date.now,
    private readonly overload: IoOverload | null = null,
    durableReplyRing: SharedArrayBuffer | null = null,
    connections: SharedArrayBuffer = createConnectionCount(),
    users: UserConnections<number> | null = null,
  ) {
    this.connBase = lanes.index << IO_SHIFT;
    this.requests = lanes.requests.map((sab, j) => new RingProducer(sab, lanes.logicDoorbells[j]));
    this.answered = new Uint8Array(lanes.answered);
    this.answeredMask = this.answered.length - 1;
    this.replies = lanes.replies.map((sab) => new RingConsumer(sab));
    this.durableReplies = durableReplyRing ? new RingConsumer(durableReplyRing) : null;
    this.doorbell = new Doorbell(lanes.doorbell);
    this.processConnections = new Int32Array(connections);
    this.stats = {
      connections: 0, connectionsOpened: 0, upgradesRefused: {}, framesIn: 0, repliesOut: 0,
      busyRingFull: 0, busyInFlight: 0, textFramesRejected: 0, floodClosed: 0, oversizedClosed: 0,
      duplicateRepliesDropped: 0, userConnectionsReplaced: 0, repliesForClosedConnections: 0, requestRingBytes: 0, replyRingBytes: 0, durableReplyRingBytes: 0, pendingRequests: 0,
    };
    this.unauthenticated = Admission.unauthenticated(config.overload.admission, performance.now());
    this.perUser = users ?? new LocalUserConnections(config.limits.maxConnectionsPerUser);
    this.gate = overload ? overload.createGate<Conn>((c, held) => this.releaseHeld(c, held)) : null;
    this.app = this.buildApp();
  }

  private buildApp(): TemplatedApp {
    const { limits } = this.config;
    return uws.App().ws<Conn>('/*', {
      // uWS drops frames above maxPayloadLength without a close frame; leave headroom
      // so ordinary oversized frames get a proper 1009 close from onMessage.
      maxPayloadLength: Math.max(limits.maxFrameBytes * 4, 64 * 1024),
      idleTimeout: limits.idleTimeoutSec,
      maxBackpressure: limits.maxBackpressureBytes,
      closeOnBackpressureLimit: 1,
      sendPingsAutomatically: true,
      compression: uws.DISABLED,
      upgrade: (res, req, context) => {
        const key = req.getHeader('sec-websocket-key');
        const protocol = req.getHeader('sec-websocket-protocol');
        const extensions = req.getHeader('sec-websocket-extensions');
        if (Atomics.load(this.processConnections, OPEN_CONNECTIONS) >= limits.maxConnections) {
          this.refuse(res, '503 Service Unavailable', 'GATEWAY_FULL', 'connection limit reached', 5000);
          return;
        }
        // The token first: an upgrade without a valid one is charged to its own bucket, never to the phones' budget.
        let userId: string;
        try {
          userId = verifyUserToken(this.config.authSecret, tokenFromUpgrade(req.getQuery() ?? '', req.getHeader('authorization')), this.clock()).userId;
        } catch (e) {
          const spent = this.unauthenticated.admit(performance.now());
          // Closed after the answer: a stranger pipelining upgrades must reconnect for each one, never feed us a batch.
          if (spent) this.refuse(res, '429 Too Many Requests', spent.code, spent.message, spent.retryAfterMs, true);
          else this.refuse(res, '401 Unauthorized', isShakeError(e) ? e.code : 'AUTH_FAILED', (e as Error).message, 0, true);
          return;
        }
        const refusal = this.overload?.admit();
        if (refusal) {
          this.refuse(res, '503 Service Unavailable', refusal.code, refusal.message, refusal.retryAfterMs);
          return;
        }
        const conn: Conn = {
          connId: 0, userId, logic: logicWorkerOf(userId, this.requests.length), prefix: encodeRequestPrefix(userId), inFlight: 0, consecutiveRejects: 0, open: false,
          arrivals: [], lastEffMs: -Infinity, toldMs: 0, strikes: 0, held: null, closing: false,
        };
        res.upgrade(conn, key, protocol, extensions, context);
      },
      open: (ws) => {
        const c = ws.getUserData();
        c.connId = this.allocConnId();
        c.open = true;
        this.conns.set(c.connId, ws);
        ws.subscribe(BROADCAST_TOPIC);
        this.stats.connections++;
        Atomics.add(this.processConnections, OPEN_CONNECTIONS, 1);
        this.stats.connectionsOpened++;
        for (const old of this.perUser.opened(c.userId, c.connId)) this.replaceConnection(old);
      },
      message: (ws, message, isBinary) => this.onMessage(ws, message, isBinary),
      close: (ws) => {
        const c = ws.getUserData();
        c.open = false;
        this.gate?.forget(c);
        this.perUser.closed(c.userId, c.connId);
        this.conns.delete(c.connId);
        this.stats.connections--;
        Atomics.sub(this.processConnections, OPEN_CONNECTIONS, 1);
      },
    });
  }

  /** `close`: end the TCP connection after the answer, dropping whatever else the peer pipelined on it. */
  private refuse(res: import('uWebSockets.js').HttpResponse, status: string, code: string, message: string, retryAfterMs: number, close = false): void {
    this.stats.upgradesRefused[code] = (this.stats.upgradesRefused[code] ?? 0) + 1;
    res.cork(() => {
      res.writeStatus(status).writeHeader('content-type', 'application/json').writeHeader('x-shake-error', code);
      if (retryAfterMs > 0) res.writeHeader('retry-after', String(Math.ceil(retryAfterMs / 1000))).writeHeader('x-shake-retry-after-ms', String(retryAfterMs));
      res.end(JSON.stringify({ code, message }), close);
    });
  }

  /** A connection id of this IO thread: its index in the top bits (see gateway/lanes.ts), never 0 below. */
  private allocConnId(): number {
    const LOCAL = (1 << IO_SHIFT) - 1;
    let local = this.nextConnId;
    while (local === 0 || this.conns.has((this.connBase | local) >>> 0)) local = (local + 1) & LOCAL;
    this.nextConnId = (local + 1) & LOCAL;
    return (this.connBase | local) >>> 0;
  }

  private onMessage(ws: WebSocket<Conn>, message: ArrayBuffer, isBinary: boolean): void {
    const c = ws.getUserData();
    const bytes = new Uint8Array(message);
    if (bytes.length > this.config.limits.maxFrameBytes) {
      this.stats.oversizedClosed++;
      ws.end(1009, closeReason('FRAME_TOO_LARGE', `frame larger than ${this.config.limits.maxFrameBytes} bytes`));
      return;
    }
    if (!isBinary) {
      this.stats.textFramesRejected++;
      this.reject(ws, c, errorReply(0, IoErrorCodes.textFrame, 'send one binary protobuf ClientMessage per frame'));
      return;
    }
    if (bytes.length === 0) {
      this.reject(ws, c, errorReply(0, IoErrorCodes.emptyFrame, 'empty frame'));
      return;
    }
    if (c.inFlight >= this.config.limits.maxInFlightPerConnection) {
      this.stats.busyInFlight++;
      this.reject(ws, c, this.busy(peekSeq(bytes), IoErrorCodes.tooManyInFlight));
      return;
    }
    // Clear the answered mark before the frame is visible to the logic worker (the slot is reused every 2^20 requests).
    this.answered[this.nextReqId & this.answeredMask] = 0;
    const ring = this.requests[c.logic];
    if (!ring.write(c.connId, this.nextReqId, bytes, c.prefix)) {
      this.stats.busyRingFull++;
      this.reject(ws, c, this.busy(peekSeq(bytes), IoErrorCodes.ringFull));
      ring.wake();
      return;
    }
    this.pending.set(this.nextReqId, c.connId);
    const now = performance.now();
    this.latency.arrived(this.nextReqId, now);
    if (this.gate) c.arrivals.push(now);
    this.nextReqId = (this.nextReqId + 1) >>> 0 || 1;
    c.inFlight++;
    c.consecutiveRejects = 0;
    this.stats.framesIn++;
    // Notifies only a parked worker, and clears its park: a burst of frames costs one notify at most,
    // and none while the worker naps between looks (busy).
    ring.wake();
  }

  private busy(seq: number, reason: string): Uint8Array {
    const reply = busyReply(seq, this.config.rings.busyRetryAfterMs, reason);
    return this.overload ? this.overload.withLimit(reply) : reply;
  }

  /** Answers a request the IO layer cannot pass on; closes connections that keep flooding. */
  private reject(ws: WebSocket<Conn>, c: Conn, reply: Uint8Array): void {
    if (++c.consecutiveRejects > this.config.limits.maxConsecutiveRejects) {
      this.stats.floodClosed++;
      ws.end(1008, closeReason('TOO_MANY_REJECTED'));
      return;
    }
    ws.send(reply, true);
  }

  /** Closes a connection of this thread whose user opened a newer one over the per-user cap. */
  replaceConnection(connId: number): void {
    const old = this.conns.get(connId);
    if (!old) return;
    this.stats.userConnectionsReplaced++;
    old.end(ERRORS.USER_CONNECTION_REPLACED.close, 'USER_CONNECTION_REPLACED');
  }

  /** Sends one unsolicited ServerMessage (seq 0) to every connected phone (e.g. a new resource manifest). */
  broadcast(bytes: Uint8Array): void {
    this.app.publish(BROADCAST_TOPIC, bytes, true);
  }

  /** Sends one reply (used by the host for requests it answers itself), if the connection is still open. */
  deliver(connId: number, reqId: number, bytes: Uint8Array, flags: number): void {
    const ws = this.accept(connId, reqId, flags & ReplyFlags.grab ? RequestKindIndex.grab : RequestKindIndex.other, performance.now());
    if (!ws) return;
    const f = this.gated(ws.getUserData(), bytes, flags, 0);
    if (f >= 0) ws.cork(() => this.sendOrClose(ws, bytes, f));
  }

  /**
   * Passes a reply through the pacing gate. Returns the flags to send it with
   * now, or -1 when the gate holds it. `told` is the reply prefix's byte 1.
   */
  private gated(c: Conn, bytes: Uint8Array, flags: number, told: number): number {
    if (!this.gate) return flags;
    const arrival = c.arrivals.shift() ?? performance.now();
    const d = this.gate.offer(c, bytes, flags, (flags & ReplyFlags.shake) !== 0, told, arrival);
    if (d === 'now') return flags;
    if (d === 'held') return -1;
    return flags | CLOSE_RATE_LIMIT;
  }

  /** Sends a reply; one the gate marked for closing first flushes what the connection had held. */
  private sendOrClose(ws: WebSocket<Conn>, bytes: Uint8Array, flags: number): void {
    if (flags & CLOSE_RATE_LIMIT && this.gate) {
      for (const h of this.gate.takeHeld(ws.getUserData())) this.sendReply(ws, h.bytes, h.flags);
    }
    this.sendReply(ws, bytes, flags);
  }

  /** The gate's timer released held replies of one connection. */
  private releaseHeld(c: Conn, held: HeldReply[]): void {
    const ws = c.open ? this.conns.get(c.connId) : undefined;
    if (!ws) return;
    ws.cork(() => {
      for (const h of held) this.sendReply(ws, h.bytes, h.flags);
    });
  }

  /**
   * Checks a reply against the pending requests; returns the socket to send it
   * on, or null. `kind` (RequestKindIndex) and `nowMs` time the request.
   */
  private accept(connId: number, reqId: number, kind: number, nowMs: number): WebSocket<Conn> | null {
    const owner = this.pending.get(reqId);
    if (owner === undefined || owner !== connId) {
      this.stats.duplicateRepliesDropped++;
      return null;
    }
    this.pending.delete(reqId);
    this.answered[reqId & this.answeredMask] = 1;
    const ws = this.conns.get(connId);
    if (!ws) {
      this.stats.repliesForClosedConnections++;
      return null;
    }
    this.latency.replied(reqId, kind, nowMs);
    return ws;
  }

  private sendReply(ws: WebSocket<Conn>, bytes: Uint8Array, flags: number): void {
    const c = ws.getUserData();
    if (!c.open) return;
    c.inFlight--;
    this.stats.repliesOut++;
    ws.send(bytes, true);
    if (flags & CLOSE_RATE_LIMIT) ws.end(1008, closeReason('RATE_LIMIT_IGNORED'));
    else if (flags & ReplyFlags.closeAfter) ws.end(1008, closeReason('CLOSED_BY_POLICY'));
  }

  /**
   * Drains the reply rings (the logic workers', and the journal thread's
   * durable open/share replies) in passes. Replies of one pass are grouped by
   * connection and each connection is corked once, so a phone with several
   * requests in flight gets its replies in one write, as the echo would.
   */
  private async pumpReplies(): Promise<void> {
    const f: RingFrame = { connId: 0, reqId: 0, payload: new Uint8Array(0) };
    const groups = new Map<number, { ws: WebSocket<Conn>; bytes: Uint8Array[]; flags: number[] }>();
    const gate = this.gate;
    const durable = this.durableReplies;
    const rings = durable ? [...this.replies, durable] : this.replies;
    const anyUnread = () => {
      for (const ring of rings) if (ring.hasUnread()) return true;
      return false;
    };
    while (this.pumping) {
      let n = 0;
      // One clock reading per pass: the replies of a pass are sent together at its end.
      const now = performance.now();
      for (const ring of rings) {
        const ringKind = ring === durable ? RequestKindIndex.openShare : -1;
        while (n < 4096 && ring.next(f)) {
          n++;
          const kind = ringKind >= 0 ? ringKind : f.payload[0] & ReplyFlags.shake ? RequestKindIndex.shake : RequestKindIndex.other;
          const ws = this.accept(f.connId, f.reqId, kind, now);
          if (!ws) continue;
          const bytes = f.payload.subarray(REPLY_PREFIX_BYTES);
          const flags = gate ? this.gated(ws.getUserData(), bytes, f.payload[0], f.payload[1]) : f.payload[0];
          if (flags < 0) continue;
          let g = groups.get(f.connId);
          if (!g) groups.set(f.connId, (g = { ws, bytes: [], flags: [] }));
          g.bytes.push(bytes);
          g.flags.push(flags);
        }
      }
      if (n === 0) {
        // Every logic worker and the journal thread ring this thread's doorbell when they add replies (once per
        // batch or commit: they nap between batches while busy, see NapPolicy, so a wake covers many replies).
        await this.doorbell.wait(1000, anyUnread);
        continue;
      }
      for (const g of groups.values()) {
        g.ws.cork(() => {
          for (let i = 0; i < g.bytes.length; i++) this.sendOrClose(g.ws, g.bytes[i], g.flags[i]);
        });
      }
      groups.clear();
      for (const ring of rings) ring.commit();
      // Let uWS read more requests before the next pass.
      await new Promise<void>((r) => setImmediate(r));
    }
  }

  listen(host: string, port: number): Promise<number> {
    return new Promise((resolve, reject) => {
      this.app.listen(host, port, (sock) => {
        if (!sock) return reject(new Error(`cannot listen on ${host}:${port}`));
        this.listenSocket = sock;
        this.pumping = true;
        void this.pumpReplies();
        resolve(uws.us_socket_local_port(sock));
      });
    });
  }

  /** Pacing counters and in-gateway latency buckets (null when pacing is off). */
  pacingStats(): { delayedReplies: number; heldNow: number; pacingClosed: number; latencyCounts: number[] } | null {
    return this.gate ? { ...this.gate.stats, latencyCounts: this.gate.latency.counts } : null;
  }

  /** Arrival-to-reply latency of this thread's requests so far, by kind. */
  latencySnapshot(): ReplyLatencySnapshot {
    return this.latency.snapshot();
  }

  snapshot(): IoStats {
    this.stats.requestRingBytes = Math.max(...this.requests.map((r) => r.usedBytes()));
    this.stats.replyRingBytes = Math.max(...this.replies.map((r) => r.usedBytes()));
    this.stats.durableReplyRingBytes = this.durableReplies?.usedBytes() ?? 0;
    this.stats.pendingRequests = this.pending.size;
    return this.stats;
  }

  /** Stops accepting and closes every connection. */
  close(): void {
    if (this.listenSocket) uws.us_listen_socket_close(this.listenSocket);
    this.listenSocket = null;
    this.pumping = false;
    this.gate?.stop();
    for (const ws of [...this.conns.values()]) ws.end(1001, closeReason('GATEWAY_SHUTTING_DOWN'));
    wakeRingConsumer(this.lanes.doorbell);
  }
}
