/**
 * The agent's memory of FINAL grab answers, per group packet, so a storm of
 * grabs at one popular packet is mostly answered here and never leaves the
 * machine. It remembers only what cannot change and what the money service
 * itself said:
 * - this user's grab succeeded: the same amount again, as a repeat (the money
 *   service answers a repeat exactly so: the first result with `repeat: true`);
 * - the packet is empty or expired: final, but the money service still answers
 *   a user who DID grab with their repeat (it checks the user before the packet).
 *   So "empty"/"expired" is given from here only once the packet's complete
 *   list of grabs is known (`setGrabs`, read from the money service's detail
 *   list); until then such grabs still go to the money service. A user who
 *   grabbed through another gateway or agent is in that list, so this memory
 *   never tells them "empty" where the money service would say "repeat".
 * "Try again later", "not found" (the packet may arrive later) and errors are
 * never remembered. Bounded: at most `packetsKept` packets (least recently
 * used forgotten first) and `grabsPerPacket` grabs each; forgetting only sends
 * the next grabs to the money service again.
 */

/** A remembered answer: a repeat (the money service's JSON) or a final refusal code. */
export type MemoAnswer = { json: string } | { code: FinalGrabCode; message: string };

export type FinalGrabCode = 'GROUP_PACKET_EMPTY' | 'GROUP_PACKET_EXPIRED';

export interface GrabMemoLimits {
  packetsKept: number;
  grabsPerPacket: number;
}

export const DEFAULT_GRAB_MEMO: GrabMemoLimits = { packetsKept: 10_000, grabsPerPacket: 1000 };

/** One grab in the money service's detail list or answer. */
export interface KnownGrab { userId: string; amountCents: number; seq: number; atMs: number }

interface PacketMemo {
  /** userId -> the repeat answer's JSON. */
  readonly grabs: Map<string, string>;
  /** Set once the money service said so AND every grab of the packet is in `grabs`. */
  final: { code: FinalGrabCode; message: string } | null;
  /** The money service answered empty/expired; the grab list is wanted before `final` can be used. */
  finalSeen: { code: FinalGrabCode; message: string } | null;
}

export class GrabMemo {
  private readonly packets = new Map<string, PacketMemo>();
  answered = 0;

  constructor(private readonly limits: GrabMemoLimits = DEFAULT_GRAB_MEMO) {}

  /** The remembered final answer for this user, or null (ask the money service). */
  answer(groupId: string, userId: string): MemoAnswer | null {
    const p = this.packets.get(groupId);
    if (!p) return null;
    const json = p.grabs.get(userId);
    const r: MemoAnswer | null = json !== undefined ? { json } : p.final;
    if (r) this.answered++;
    return r;
  }

  /** The money service paid this user (first answer or repeat): remembered as their repeat. */
  recordGrab(groupId: string, g: KnownGrab): void {
    const p = this.packetOf(groupId);
    if (p.grabs.size < this.limits.grabsPerPacket) p.grabs.set(g.userId, repeatJson(g));
  }

  /**
   * The money service answered empty/expired. Returns true when the packet's grab list is
   * still to be read (the caller reads it once and calls setGrabs); false when nothing more is needed.
   */
  recordFinal(groupId: string, code: FinalGrabCode, message: string): boolean {
    const p = this.packetOf(groupId);
    if (p.final) return false;
    const first = p.finalSeen === null;
    p.finalSeen = { code, message };
    return first;
  }

  /** The packet's grabs as the money service lists them; `complete` when the list holds every grab. */
  setGrabs(groupId: string, grabs: readonly KnownGrab[], complete: boolean): void {
    const p = this.packets.get(groupId);
    if (!p || !p.finalSeen) return;
    if (!complete || grabs.length > this.limits.grabsPerPacket) {
      // Not every winner is known: empty/expired keeps going to the money service (it knows them all).
      return;
    }
    for (const g of grabs) p.grabs.set(g.userId, repeatJson(g));
    p.final = p.finalSeen;
  }

  /** Reading the grab list failed: the next empty/expired answer asks for it again. */
  forgetFinalSeen(groupId: string): void {
    const p = this.packets.get(groupId);
    if (p && !p.final) p.finalSeen = null;
  }

  get packetsKept(): number { return this.packets.size; }

  private packetOf(groupId: string): PacketMemo {
    let p = this.packets.get(groupId);
    if (p) {
      // Most recently used last: the first in the map is the one to forget.
      this.packets.delete(groupId);
      this.packets.set(groupId, p);
      return p;
    }
    p = { grabs: new Map(), final: null, finalSeen: null };
    this.packets.set(groupId, p);
    if (this.packets.size > this.limits.packetsKept) this.packets.delete(this.packets.keys().next().value!);
    return p;
  }
}

/** The money service's own repeat answer (packet-service grab gate: the first result, repeat true). */
function repeatJson(g: KnownGrab): string {
  return JSON.stringify({ status: 'ok', amountCents: g.amountCents, seq: g.seq, atMs: g.atMs, repeat: true });
}
