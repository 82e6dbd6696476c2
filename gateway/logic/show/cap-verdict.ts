/**
 * Per-user caps (3 packets per show, 1 per sponsor by default), from three
 * independent layers: (a) the phone's signed cookie, (b) what this gateway
 * issued (memory, loaded from its SQLite record), (c) the summary feed of
 * wins on all gateways. The user's known wins are the union of all three, so
 * any one layer catching a win is enough; losing (c) leaves (a) and (b).
 */
import type { Caps } from '../../../contracts/show/types.ts';
import type { WonPacket } from './cap-cookie.ts';
import type { GatewayCapVerdict } from '../../../contracts/caps.ts';

export type CapVerdict = GatewayCapVerdict;

/** Wins per user known to one layer. */
export class WinsIndex {
  private readonly byUser = new Map<string, WonPacket[]>();

  add(userId: string, w: WonPacket): void {
    const list = this.byUser.get(userId);
    if (!list) this.byUser.set(userId, [w]);
    else if (!list.some((x) => x.packetId === w.packetId)) list.push(w);
  }

  get(userId: string): WonPacket[] | undefined {
    return this.byUser.get(userId);
  }

  get users(): number {
    return this.byUser.size;
  }
}

/** Union of the wins the layers know, by packet id. */
export function knownWins(...layers: Array<WonPacket[] | undefined>): WonPacket[] {
  const out: WonPacket[] = [];
  for (const layer of layers) {
    if (!layer) continue;
    for (const w of layer) if (!out.some((x) => x.packetId === w.packetId)) out.push(w);
  }
  return out;
}

export function capVerdict(caps: Caps, wins: WonPacket[], sponsorId: string | null): CapVerdict {
  if (wins.length >= caps.packetsPerUser) return 'cap-reached';
  if (sponsorId !== null) {
    let same = 0;
    for (const w of wins) if (w.sponsorId === sponsorId) same++;
    if (same >= caps.packetsPerSponsor) return 'sponsor-cap';
  }
  return 'ok';
}
