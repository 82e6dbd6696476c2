/**
 * The phone SDK: one logical connection to the gateway fleet. Connects with a
 * user token, fails over along the gateway list with jittered backoff, shakes
 * (keeping the cap cookie), opens and shares won packets, obeys rate-limit
 * tiers and Busy answers, and on a dead connection (a request unanswered for
 * 5 s, or a close) reconnects and resends what was waiting. Runs in Node (with
 * client/node-websocket.ts) and in browsers (with the browser's WebSocket).
 */
import { decodeServerMessage, encodeClientMessage, toBytes, type ClientOp, type ServerMessage } from './codec.ts';
import { ClientError, ClientErrorCode, GatewayError } from './errors.ts';
import { watchTimeouts, unwatchTimeouts, type PendingRequest, type TimeoutOwner } from './pending.ts';
import { busyDelayMs, connectBackoffMs, DEFAULT_BACKOFF, limitAfterReply, nextShakeAtMs, NO_LIMIT, REQUEST_TIMEOUT_MS, type BackoffPolicy, type ClientLimit } from './rules.ts';
import type { PrefetchReport, ResourcePrefetcher } from './resources.ts';
import { openSocket, OPEN, type UpgradeRefusal, type WebSocketFactory, type WebSocketLike } from './transport.ts';
import {
  toGrabResult, toOpResult, toPacketDetail, toResourceManifest, toShakeResult,
  type GrabResult, type OpResult, type PacketDetail, type ResourceManifest, type ShakeResult,
} from './results.ts';

export interface ClientListener {
  connected?(url: string): void;
  disconnected?(url: string, code: number, reason: string): void;
  connectFailed?(url: string, refusal: UpgradeRefusal | null, retryInMs: number): void;
  rateLimit?(tier: number, minIntervalMs: number): void;
  busy?(retryAfterMs: number, reason: string): void;
  requestTimeout?(url: string): void;
  /** The gateway pushed a (newer) resource manifest unasked. */
  resourceManifest?(manifest: ResourceManifest): void;
}

export interface ShakeClientOptions {
  /** Gateway WebSocket URLs, tried in order from startIndex, wrapping. */
  gateways: string[];
  /** The user token, or a function giving a fresh one (called on every connect). */
  token: string | (() => string | Promise<string>);
  webSocket: WebSocketFactory;
  startIndex?: number;
  connectTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** Connect attempts (over the whole list) before connect() rejects; default unlimited. */
  maxConnectAttempts?: number;
  /** Sends of one request (timeouts, busy) before it is rejected. Default 5. */
  maxRequestAttempts?: number;
  backoff?: BackoffPolicy;
  /** 'wait' (default): shake() waits until the tier allows it; 'reject': throws CLIENT_RATE_LIMITED. */
  rateLimitMode?: 'wait' | 'reject';
  random?: () => number;
  now?: () => number;
  listener?: ClientListener;
}

type State = 'idle' | 'connecting' | 'open' | 'closed';
const NOT_SENT = Number.POSITIVE_INFINITY;
const AUTH_CODES = /^AUTH_/;

export class ShakeClient implements TimeoutOwner {
  private state: State = 'idle';
  private socket: WebSocketLike | null = null;
  private connecting: Promise<void> | null = null;
  private index: number;
  private seq = 0;
  private readonly pending = new Map<number, PendingRequest>();
  private lastShakeAtMs: number | null = null;
  /** Jitter draw of the current interval (fixed per shake, so the wait does not move each time it is asked). */
  private intervalRand = 0;
  private readonly rand: () => number;
  readonly timeoutMs: number;
  readonly now: () => number;
  /** The newest cap cookie the gateway gave (sent back with every shake). */
  cookie: Uint8Array = new Uint8Array(0);
  /** The current rate-limit tier and interval (tier 0 = none): set by rate_limit, cleared by a shake reply without one. */
  rateLimit: ClientLimit = NO_LIMIT;
  /** Gateway URL of the live connection, or null. */
  currentUrl: string | null = null;
  readonly stats = { connects: 0, connectFailures: 0, reconnects: 0, timeouts: 0, busy: 0, resent: 0 };

  constructor(private readonly o: ShakeClientOptions) {
    if (!o.gateways?.length) throw new ClientError(ClientErrorCode.BAD_OPTIONS, 'gateways must list at least one URL');
    this.index = (o.startIndex ?? 0) % o.gateways.length;
    this.rand = o.random ?? Math.random;
    this.now = o.now ?? Date.now;
    this.timeoutMs = o.requestTimeoutMs ?? REQUEST_TIMEOUT_MS;
  }

  get connected(): boolean { return this.state === 'open'; }

  /** Resolves once connected to some gateway of the list. */
  connect(): Promise<void> {
    if (this.state === 'closed') return Promise.reject(new ClientError(ClientErrorCode.CLOSED, 'client closed'));
    if (this.state === 'open') return Promise.resolve();
    if (!this.connecting) {
      this.state = 'connecting';
      watchTimeouts(this);
      this.connecting = this.connectLoop(0).finally(() => { this.connecting = null; });
    }
    return this.connecting;
  }

  /** Milliseconds until the current tier allows the next shake (0 = now). */
  shakeAllowedInMs(): number {
    return Math.max(0, nextShakeAtMs(this.lastShakeAtMs, this.rateLimit, this.intervalRand) - this.now());
  }

  async shake(): Promise<ShakeResult> {
    const wait = this.shakeAllowedInMs();
    if (wait > 0) {
      if (this.o.rateLimitMode === 'reject') throw new ClientError(ClientErrorCode.RATE_LIMITED, `tier ${this.rateLimit.tier}: next shake in ${wait} ms`, { waitMs: wait });
      this.lastShakeAtMs = this.now() + wait;
      this.intervalRand = this.rand();
      await sleep(wait);
    } else {
      this.lastShakeAtMs = this.now();
      this.intervalRand = this.rand();
    }
    const m = await this.request({ shake: { cookie: this.cookie, clientTimeMs: this.now() } });
    if (m.body !== 'shake' || !m.shake) throw new ClientError(ClientErrorCode.BAD_REPLY, `expected a shake reply, got ${m.body}`);
    if (m.shake.cookie && m.shake.cookie.length > 0) this.cookie = m.shake.cookie;
    return toShakeResult(m.shake);
  }

  /** Opens a won packet (token from ShakeResult.packet.token). Idempotent: the same token gives the same answer. */
  async open(packetToken: string): Promise<OpResult> {
    const m = await this.request({ open: { packetToken } });
    if (m.body !== 'open' || !m.open) throw new ClientError(ClientErrorCode.BAD_REPLY, `expected an open reply, got ${m.body}`);
    return toOpResult(m.open);
  }

  async share(packetToken: string): Promise<OpResult> {
    const m = await this.request({ share: { packetToken } });
    if (m.body !== 'share' || !m.share) throw new ClientError(ClientErrorCode.BAD_REPLY, `expected a share reply, got ${m.body}`);
    return toOpResult(m.share);
  }

  /**
   * Grabs one share of a friend's group packet, for this connection's user.
   * Refusals reject with GatewayError: GROUP_PACKET_NOT_FOUND / _EMPTY / _EXPIRED,
   * TRY_AGAIN_LATER (its retryAfterMs says when to call again).
   */
  async grab(groupPacketId: string): Promise<GrabResult> {
    const m = await this.request({ grab: { groupPacketId } });
    if (m.body !== 'grab' || !m.grab) throw new ClientError(ClientErrorCode.BAD_REPLY, `expected a grab reply, got ${m.body}`);
    return toGrabResult(m.grab);
  }

  /** This user's balance in cents. */
  async balance(): Promise<number> {
    const m = await this.request({ balance: {} });
    if (m.body !== 'balance' || !m.balance) throw new ClientError(ClientErrorCode.BAD_REPLY, `expected a balance reply, got ${m.body}`);
    return Number(m.balance.balanceCents ?? 0);
  }

  /** One screen (page 0 or 1) of a group packet's detail list. */
  async packetDetail(groupPacketId: string, page = 0): Promise<PacketDetail> {
    const m = await this.request({ packetDetail: { groupPacketId, page } });
    if (m.body !== 'packetDetail' || !m.packetDetail) throw new ClientError(ClientErrorCode.BAD_REPLY, `expected a packet detail reply, got ${m.body}`);
    return toPacketDetail(m.packetDetail);
  }

  /** The show's resource manifest; haveVersion reports the version this phone holds completely (0 = none). */
  async resourceManifest(haveVersion = 0): Promise<ResourceManifest> {
    const m = await this.request({ resources: { haveVersion } });
    if (m.body !== 'resources' || !m.resources) throw new ClientError(ClientErrorCode.BAD_REPLY, `expected a resource manifest, got ${m.body}`);
    return toResourceManifest(m.resources);
  }

  /**
   * Pre-downloads the show's resources: asks for the manifest, lets the prefetcher
   * download and verify what it lacks, and, once it holds the whole manifest,
   * tells the gateway which version it holds (coverage).
   */
  async prefetchResources(prefetcher: ResourcePrefetcher): Promise<PrefetchReport> {
    const manifest = await this.resourceManifest(prefetcher.heldVersion);
    const report = await prefetcher.prefetch(manifest);
    if (report.complete) await this.resourceManifest(prefetcher.heldVersion);
    return report;
  }

  async ping(): Promise<number> {
    const m = await this.request({ ping: {} });
    return Number(m.pong?.serverTimeMs ?? 0);
  }

  /** Closes the connection; pending requests reject with CLIENT_CLOSED. */
  close(): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    unwatchTimeouts(this);
    this.dropSocket(1000, 'client closed');
    this.failAll(new ClientError(ClientErrorCode.CLOSED, 'client closed'));
  }

  private request(op: ClientOp): Promise<ServerMessage> {
    if (this.state === 'closed') return Promise.reject(new ClientError(ClientErrorCode.CLOSED, 'client closed'));
    this.seq = this.seq >= 0xffffffff ? 1 : this.seq + 1;
    const seq = this.seq;
    return new Promise<ServerMessage>((resolve, reject) => {
      const p: PendingRequest = { seq, op, frame: encodeClientMessage(seq, op), sentAtMs: NOT_SENT, attempts: 0, resolve: resolve as (m: unknown) => void, reject };
      this.pending.set(seq, p);
      if (this.state === 'open') this.send(p);
      else void this.connect().catch(() => { /* pending requests are rejected by failAll */ });
    });
  }

  private send(p: PendingRequest): void {
    if (!this.socket || this.socket.readyState !== OPEN) { p.sentAtMs = NOT_SENT; return; }
    p.attempts++;
    p.sentAtMs = this.now();
    this.socket.send(p.frame);
  }

  private async connectLoop(attempt: number): Promise<void> {
    let authRetried = false;
    for (;;) {
      const url = this.o.gateways[this.index];
      try {
        const token = typeof this.o.token === 'function' ? await this.o.token() : this.o.token;
        const sep = url.includes('?') ? '&' : '?';
        const socket = await openSocket(this.o.webSocket, `${url}${sep}token=${encodeURIComponent(token)}`, this.o.connectTimeoutMs ?? 10_000);
        if (this.state === 'closed') { socket.close(1000, 'client closed'); return; }
        this.attach(socket, url);
        return;
      } catch (e) {
        if (this.state === 'closed') throw new ClientError(ClientErrorCode.CLOSED, 'client closed');
        const refusal = (e as { refusal?: UpgradeRefusal | null }).refusal ?? null;
        this.stats.connectFailures++;
        if (refusal && AUTH_CODES.test(refusal.code)) {
          if (typeof this.o.token === 'function' && !authRetried) { authRetried = true; continue; }
          const err = new ClientError(ClientErrorCode.AUTH_REFUSED, `gateway refused the token: ${refusal.code}`, { code: refusal.code, url });
          this.state = 'idle';
          this.failAll(err);
          throw err;
        }
        attempt++;
        if (attempt >= (this.o.maxConnectAttempts ?? Infinity)) {
          const err = new ClientError(ClientErrorCode.CONNECT_FAILED, `no gateway reachable after ${attempt} attempts`, { lastUrl: url, refusal });
          this.state = 'idle';
          this.failAll(err);
          throw err;
        }
        const delay = connectBackoffMs(attempt - 1, this.rand(), this.o.backoff ?? DEFAULT_BACKOFF, refusal?.retryAfterMs);
        this.o.listener?.connectFailed?.(url, refusal, delay);
        this.index = (this.index + 1) % this.o.gateways.length;
        await sleep(delay);
        if ((this.state as State) === 'closed') throw new ClientError(ClientErrorCode.CLOSED, 'client closed');
      }
    }
  }

  private attach(socket: WebSocketLike, url: string): void {
    this.socket = socket;
    this.currentUrl = url;
    this.state = 'open';
    this.stats.connects++;
    socket.onmessage = (ev) => this.onFrame(ev.data);
    socket.onerror = () => { /* a close follows */ };
    socket.onclose = (ev) => {
      if (this.socket !== socket) return;
      this.o.listener?.disconnected?.(url, ev?.code ?? 0, ev?.reason ?? '');
      this.lost();
    };
    this.o.listener?.connected?.(url);
    for (const p of this.pending.values()) {
      if (p.attempts > 0) this.stats.resent++;
      this.send(p);
    }
  }

  private onFrame(data: unknown): void {
    const bytes = toBytes(data);
    if (!bytes) return;
    let m: ServerMessage;
    try { m = decodeServerMessage(bytes); } catch { return; }
    const limit = limitAfterReply(this.rateLimit, m);
    if (limit.tier !== this.rateLimit.tier || limit.minIntervalMs !== this.rateLimit.minIntervalMs) {
      this.rateLimit = limit;
      this.o.listener?.rateLimit?.(limit.tier, limit.minIntervalMs);
    }
    if (!m.seq && m.body === 'resources' && m.resources) this.o.listener?.resourceManifest?.(toResourceManifest(m.resources));
    const p = m.seq ? this.pending.get(m.seq) : undefined;
    if (!p) return;
    if (m.body === 'busy') {
      this.stats.busy++;
      const retry = m.busy?.retryAfterMs ?? 200;
      this.o.listener?.busy?.(retry, m.busy?.reason ?? '');
      if (p.attempts >= (this.o.maxRequestAttempts ?? 5)) return this.settle(p, new ClientError(ClientErrorCode.REQUEST_FAILED, `gateway busy ${p.attempts} times`, { reason: m.busy?.reason }));
      const delay = busyDelayMs(retry, this.rand());
      p.sentAtMs = NOT_SENT;
      setTimeout(() => { if (this.pending.get(p.seq) === p && this.state === 'open') this.send(p); }, delay);
      return;
    }
    if (m.body === 'error') return this.settle(p, new GatewayError(m.error?.code || 'INTERNAL_ERROR', m.error?.message ?? '', m.error?.retryAfterMs ?? 0));
    this.pending.delete(p.seq);
    p.resolve(m);
  }

  private settle(p: PendingRequest, err: Error): void {
    this.pending.delete(p.seq);
    p.reject(err);
  }

  oldestPending(): PendingRequest | undefined {
    for (const p of this.pending.values()) if (p.sentAtMs !== NOT_SENT) return p;
    return undefined;
  }

  /** A request waited past the timeout: the connection is treated as broken. */
  onRequestTimeout(p: PendingRequest): void {
    this.stats.timeouts++;
    this.o.listener?.requestTimeout?.(this.currentUrl ?? '');
    if (p.attempts >= (this.o.maxRequestAttempts ?? 5)) this.settle(p, new ClientError(ClientErrorCode.REQUEST_FAILED, `no reply after ${p.attempts} attempts`));
    this.dropSocket(4000, 'request timeout');
    this.lost();
  }

  private lost(): void {
    this.socket = null;
    this.currentUrl = null;
    for (const p of this.pending.values()) p.sentAtMs = NOT_SENT;
    if (this.state !== 'open') return;
    this.state = 'connecting';
    this.stats.reconnects++;
    this.connecting = sleep(connectBackoffMs(0, this.rand(), this.o.backoff ?? DEFAULT_BACKOFF))
      .then(() => { if (this.state !== 'closed') return this.connectLoop(0); })
      .catch(() => { /* failAll already rejected the waiting requests */ })
      .finally(() => { this.connecting = null; });
  }

  private dropSocket(code: number, reason: string): void {
    const s = this.socket;
    if (!s) return;
    this.socket = null;
    s.onmessage = s.onclose = s.onerror = null;
    try { s.close(code, reason); } catch { /* already closed */ }
  }

  private failAll(err: Error): void {
    const ps = [...this.pending.values()];
    this.pending.clear();
    for (const p of ps) p.reject(err);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}
