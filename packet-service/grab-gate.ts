/**
 * The cheap front of grabs (seed 001: 抢 before 拆; seed 003: a per-packet
 * concurrency cap). A storm of grabs at one group packet must not reach the
 * database one by one, nor grow a queue without bound:
 * - what is known for good answers from memory without queueing: the packet is
 *   empty or expired (both final), this user already grabbed (their first
 *   result, as a repeat), this user's grab is already waiting (the same answer);
 * - the grabs queued per packet and over all packets are capped; the excess is
 *   refused at once with GRAB_BUSY (nothing was done, try again later).
 * What is remembered only comes from the database's own answers, so it never
 * decides anything the database would decide differently; forgetting a packet
 * (bounded map, oldest first) only sends its next grabs to the database again.
 */
import { ShakeError } from '../common/errors.ts';
import type { GrabResult } from './shard/messages.ts';

export interface GrabGateLimits {
  /** Grabs of one group packet waiting for (or in) its database batch. */
  readonly queuedPerPacket: number;
  /** Grabs waiting over all packets of this process. */
  readonly queuedTotal: number;
  /** Group packets whose known state is kept (oldest idle ones are forgotten first). */
  readonly packetsTracked: number;
}

type GrabOk = Extract<GrabResult, { status: 'ok' }>;

interface PacketGate {
  /** 'empty' / 'expired' once the database said so: final for this packet. */
  final: 'empty' | 'expired' | null;
  /** Users who got a share (at most the packet's share count). */
  readonly grabbed: Map<string, GrabOk>;
  /** Users whose grab is queued or running. */
  readonly pending: Map<string, Promise<GrabResult>>;
}

export interface GrabGateStats {
  queued: number;
  queuedPeak: number;
  packetsTracked: number;
  /** Answered from memory: empty/expired packet, a repeat, or a grab already waiting. */
  answeredFromMemoryTotal: number;
  refusedBusyTotal: number;
  sentToDatabaseTotal: number;
}

export class GrabGate {
  private readonly packets = new Map<string, PacketGate>();
  private queued = 0;
  private readonly counters = { queuedPeak: 0, answeredFromMemoryTotal: 0, refusedBusyTotal: 0, sentToDatabaseTotal: 0 };

  constructor(private readonly limits: GrabGateLimits, private readonly run: (groupId: string, userId: string) => Promise<GrabResult>) {}

  /**
   * The answer memory holds for good (this user's first result as a repeat, or the
   * packet is empty/expired), synchronously, or null: the HTTP path answers a storm
   * from here without a promise per request.
   */
  known(groupId: string, userId: string): GrabResult | null {
    const p = this.packets.get(groupId);
    if (!p) return null;
    const done = p.grabbed.get(userId);
    const r: GrabResult | null = done ? { ...done, repeat: true } : p.final ? { status: p.final } : null;
    if (r) this.counters.answeredFromMemoryTotal++;
    return r;
  }

  grab(groupId: string, userId: string): Promise<GrabResult> {
    const known = this.known(groupId, userId);
    if (known) return Promise.resolve(known);
    const p = this.gateOf(groupId);
    const waiting = p.pending.get(userId);
    if (waiting) {
      this.counters.answeredFromMemoryTotal++;
      return waiting.then((r) => (r.status === 'ok' ? { ...r, repeat: true } : r));
    }
    if (p.pending.size >= this.limits.queuedPerPacket || this.queued >= this.limits.queuedTotal) {
      this.counters.refusedBusyTotal++;
      return Promise.reject(new ShakeError('GRAB_BUSY', 'too many grabs are waiting for this group packet; try again later',
        { groupPacketId: groupId, queuedForPacket: p.pending.size, queuedTotal: this.queued }));
    }
    this.queued++;
    this.counters.queuedPeak = Math.max(this.counters.queuedPeak, this.queued);
    this.counters.sentToDatabaseTotal++;
    const result = this.run(groupId, userId).then((r) => {
      if (r.status === 'ok') p.grabbed.set(userId, { ...r, repeat: false });
      else if (r.status === 'empty' || r.status === 'expired') p.final = r.status;
      return r;
    }).finally(() => {
      this.queued--;
      p.pending.delete(userId);
    });
    p.pending.set(userId, result);
    return result;
  }

  stats(): GrabGateStats {
    return { queued: this.queued, packetsTracked: this.packets.size, ...this.counters };
  }

  private gateOf(groupId: string): PacketGate {
    let p = this.packets.get(groupId);
    if (p) return p;
    p = { final: null, grabbed: new Map(), pending: new Map() };
    this.packets.set(groupId, p);
    if (this.packets.size > this.limits.packetsTracked) this.forgetOldest();
    return p;
  }

  /** Forgets the oldest packets with nothing waiting (a few per call, so the map stays at its bound). */
  private forgetOldest(): void {
    let steps = 0;
    for (const [id, p] of this.packets) {
      if (this.packets.size <= this.limits.packetsTracked || steps++ > 64) return;
      if (p.pending.size === 0) this.packets.delete(id);
    }
  }
}
