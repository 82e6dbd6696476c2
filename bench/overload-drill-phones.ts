/**
 * Phones for the overload drill, on bench/lib's raw-socket LoadConnection.
 * Obeying phones follow contracts/client-rules.ts: one shake in flight,
 * at their own cadence stretched to the rate limit the replies carry, backoff
 * with jitter on connect failure / timeout / close. Ignoring phones shake at a
 * fixed rate whatever they are told and reconnect at once when closed.
 */
import { performance } from 'node:perf_hooks';
import { LoadConnection, type ConnOwner } from './lib/ws-conn.ts';
import { Histogram } from './lib/histogram.ts';
import { shake } from '../contracts/proto/gen/shake.js';
import { limitAfterReply, nextShakeDelayMs, reconnectDelayMs, replyTimedOut, NO_LIMIT, type ClientLimit } from '../contracts/client-rules.ts';

const shakeFrame = (seq: number): Uint8Array => shake.v1.ClientMessage.encode({ seq, shake: {} }).finish();

/** Reads ServerMessage.rate_limit (field 2) and whether it is a shake reply (field 3), without decoding the rest. */
export function peekReply(b: Uint8Array): { rateLimit: ClientLimit | null; shake: boolean } {
  let p = 0;
  let rateLimit: ClientLimit | null = null;
  let isShake = false;
  const varint = (): number => {
    let v = 0, mul = 1, byte = 0;
    do { byte = b[p++]; v += (byte & 0x7f) * mul; mul *= 128; } while (byte & 0x80 && p < b.length);
    return v;
  };
  while (p < b.length) {
    const tag = varint();
    const wire = tag & 7;
    if (wire === 0) { varint(); continue; }
    if (wire !== 2) break;
    const len = varint();
    const end = p + len;
    if (tag >>> 3 === 3) isShake = true;
    if (tag >>> 3 === 2) {
      rateLimit = { tier: 0, minIntervalMs: 0 };
      while (p < end) {
        const t = varint();
        const v = varint();
        if (t === 0x08) rateLimit.tier = v;
        else if (t === 0x10) rateLimit.minIntervalMs = v;
      }
    }
    p = end;
  }
  return { rateLimit, shake: isShake };
}

export interface PhoneSpec {
  host: string;
  port: number;
  path: (index: number) => string;
  localAddresses: string[];
}

export interface GroupStats {
  sent: number;
  replies: number;
  /** Closed by the gateway (or broken), and connect attempts refused / failed. */
  closed: number;
  closeReasons: Map<string, number>;
  connectFailed: number;
  timeouts: number;
  hist: Histogram;
}

const newStats = (): GroupStats => ({ sent: 0, replies: 0, closed: 0, closeReasons: new Map(), connectFailed: 0, timeouts: 0, hist: new Histogram() });

/** One group's counters over two consecutive periods. */
export function mergeGroupStats(a: GroupStats, b: GroupStats): GroupStats {
  const out = newStats();
  for (const s of [a, b]) {
    out.sent += s.sent; out.replies += s.replies; out.closed += s.closed; out.connectFailed += s.connectFailed; out.timeouts += s.timeouts;
    for (const [k, n] of s.closeReasons) out.closeReasons.set(k, (out.closeReasons.get(k) ?? 0) + n);
    out.hist.merge(s.hist);
  }
  return out;
}

interface Phone {
  index: number;
  /** Position in its group (the first `activeCount` send). */
  local: number;
  conn: LoadConnection | null;
  state: 'idle' | 'connecting' | 'open' | 'waiting';
  /** Bumped at every reschedule: wheel entries of older generations are stale. */
  gen: number;
  sentAt: number;
  lastShakeAt: number;
  limit: ClientLimit;
  attempt: number;
}

const SLOT_MS = 2;

/** A group of phones of one behaviour, driven by a 2 ms timer wheel (only due phones are visited). */
export class PhoneGroup {
  stats = newStats();
  private phones: Phone[] = [];
  private wheel = new Map<number, Array<[Phone, number]>>();
  private slot = 0;
  private ticker: NodeJS.Timeout | null = null;
  private running = false;
  private activeCount: number;

  constructor(
    private readonly spec: PhoneSpec,
    readonly kind: 'obey' | 'ignore',
    count: number,
    firstIndex: number,
    /** Own cadence: an obeying phone shakes this often if nothing slows it; an ignoring one always. */
    private readonly cadenceMs: number,
  ) {
    for (let i = 0; i < count; i++) {
      this.phones.push({ index: firstIndex + i, local: i, conn: null, state: 'idle', gen: 0, sentAt: 0, lastShakeAt: 0, limit: NO_LIMIT, attempt: 0 });
    }
    this.activeCount = count;
  }

  resetStats(): GroupStats {
    const s = this.stats;
    this.stats = newStats();
    return s;
  }

  /** Phones sending (the rest stay connected and quiet). */
  setActive(n: number): void {
    this.activeCount = Math.min(n, this.phones.length);
  }

  openCount(): number {
    let n = 0;
    for (const p of this.phones) if (p.state === 'open' || p.state === 'waiting') n++;
    return n;
  }

  /** Connects the phones over `spreadMs` and starts them. */
  start(spreadMs: number): void {
    this.running = true;
    const t0 = performance.now();
    this.slot = Math.floor(t0 / SLOT_MS);
    this.phones.forEach((p, i) => this.at(p, t0 + (i / this.phones.length) * spreadMs));
    this.ticker = setInterval(() => this.tick(), SLOT_MS);
  }

  stop(): void {
    this.running = false;
    if (this.ticker) clearInterval(this.ticker);
    this.wheel.clear();
    for (const p of this.phones) p.conn?.destroy();
  }

  private at(p: Phone, t: number): void {
    const gen = ++p.gen;
    const slot = Math.max(this.slot + 1, Math.floor(t / SLOT_MS));
    let list = this.wheel.get(slot);
    if (!list) this.wheel.set(slot, (list = []));
    list.push([p, gen]);
  }

  private tick(): void {
    const now = performance.now();
    const last = Math.floor(now / SLOT_MS);
    for (; this.slot <= last; this.slot++) {
      const list = this.wheel.get(this.slot);
      if (!list) continue;
      this.wheel.delete(this.slot);
      for (const [p, gen] of list) if (gen === p.gen) this.due(p, now);
    }
    this.slot = last;
  }

  private due(p: Phone, now: number): void {
    if (!this.running) return;
    if (p.state === 'idle') return this.connect(p);
    if (p.state === 'waiting' && this.kind === 'obey') {
      // Due while waiting = the reply deadline passed.
      this.stats.timeouts++;
      return this.broken(p, 'reply timeout', now);
    }
    if (p.local >= this.activeCount || !p.conn) return this.at(p, now + 100);
    if (p.state === 'open' || p.state === 'waiting') this.send(p, now);
  }

  private send(p: Phone, now: number): void {
    p.conn!.send(1, now, 0, now);
    this.stats.sent++;
    p.sentAt = now;
    p.lastShakeAt = now;
    p.state = 'waiting';
    this.at(p, this.kind === 'ignore' ? now + this.cadenceMs : now + 5000);
  }

  private connect(p: Phone): void {
    p.state = 'connecting';
    p.gen++;
    const owner: ConnOwner = {
      onReply: (_sched, sent, now) => this.onReply(p, sent, now),
      onPush: () => {},
      afterChunk: () => {},
      onClosed: (_c, reason) => this.broken(p, reason, performance.now()),
    };
    const conn = new LoadConnection({
      host: this.spec.host, port: this.spec.port, path: this.spec.path(p.index), index: p.index,
      localAddress: this.spec.localAddresses[p.index % this.spec.localAddresses.length],
      payload: shakeFrame, payloadCycle: 64,
      validateReply: (b) => {
        const r = peekReply(b);
        p.limit = limitAfterReply(p.limit, { rateLimit: r.rateLimit, shake: r.shake ? {} : undefined });
        return r.shake;
      },
    }, owner);
    p.conn = conn;
    conn.open(10_000).then(() => {
      if (!this.running) { conn.destroy(); return; }
      p.state = 'open';
      p.attempt = 0;
      this.at(p, performance.now() + Math.random() * this.cadenceMs);
    }, () => {
      this.stats.connectFailed++;
      this.retryLater(p, performance.now());
    });
  }

  private onReply(p: Phone, sent: number, now: number): void {
    this.stats.replies++;
    if (this.kind === 'ignore') return;
    this.stats.hist.recordMs(now - sent);
    p.state = 'open';
    const wait = Math.max(this.cadenceMs - (now - p.lastShakeAt), nextShakeDelayMs(p.limit, now - p.lastShakeAt, Math.random));
    this.at(p, now + wait);
  }

  private broken(p: Phone, reason: string, now: number): void {
    if (p.state === 'idle' || p.state === 'connecting') return;
    this.stats.closed++;
    const key = reason.replace(/\d{4,}/g, 'N');
    this.stats.closeReasons.set(key, (this.stats.closeReasons.get(key) ?? 0) + 1);
    p.conn?.destroy();
    this.retryLater(p, now);
  }

  private retryLater(p: Phone, now: number): void {
    p.conn = null;
    p.state = 'idle';
    p.limit = NO_LIMIT;
    if (!this.running) return;
    // Obeying phones back off with jitter; ignoring ones come straight back.
    this.at(p, now + (this.kind === 'obey' ? reconnectDelayMs(p.attempt++, Math.random) : 100));
  }
}
