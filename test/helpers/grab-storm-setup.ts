/**
 * The set-up of a grab storm through the phone path: winners shake until one
 * holds a packet with the wanted share count (their first packet, within the
 * money service's caps), opens and shares it, and the group packet is waited
 * for until the money service knows it; the money side's book of a group
 * packet read back with the service credential.
 */
import type { DeploymentInfo } from '../../ops/deploy/types.ts';
import { serviceAuthHeaders } from '../../common/service-auth.ts';
import { TestPhone, type ServerMessage } from './phone.ts';

const RED_PACKET = 5;
const OK = 1;

type Packet = NonNullable<NonNullable<ServerMessage['shake']>['packet']>;

/** Returns the shared group packet's id and share amount; the phones it opened are pushed to `phones` (the caller closes them). */
export async function openTenSharePacket(info: DeploymentInfo, wsUrl: string, phones: TestPhone[], shares: number, winnerPrefix = 'winner'): Promise<{ groupId: string; shareAmountCents: number }> {
  let won: { p: TestPhone; packet: Packet } | null = null;
  for (let batch = 0; !won && batch < 40; batch++) {
    const users = await Promise.all(Array.from({ length: 16 }, (_, i) => TestPhone.connect(wsUrl, { secret: info.secrets.auth, userId: `${winnerPrefix}-${batch}-${i}` })));
    phones.push(...users);
    await Promise.all(users.map(async (p) => {
      for (let i = 0; i < 400 && !won; i++) {
        const r = (await p.call({ shake: {} })).shake!;
        if (r.outcome !== RED_PACKET) { await new Promise((res) => setTimeout(res, 10)); continue; }
        if (r.packet!.shares === shares && !won) won = { p, packet: r.packet! };
        return; // only a user's first packet
      }
    }));
  }
  if (!won) throw new Error(`no packet with ${shares} shares was won`);
  const { p, packet } = won as { p: TestPhone; packet: Packet };
  if ((await p.call({ open: { packetToken: packet.token } })).open?.status !== OK) throw new Error('the winner could not open the packet');
  const shared = await p.call({ share: { packetToken: packet.token } });
  if (shared.share?.status !== OK) throw new Error('the winner could not share the packet');
  const groupId = shared.share.groupPacketId!;
  // The group packet exists at the money service once the share has gone through the journal and the queue.
  const deadline = Date.now() + 30_000;
  for (;;) {
    const d = await p.call({ packetDetail: { groupPacketId: groupId, page: 0 } });
    if (d.packetDetail) break;
    if (Date.now() > deadline) throw new Error(`group packet ${groupId} never reached the money service (${d.error?.code})`);
    await new Promise((res) => setTimeout(res, d.error?.code === 'TRY_AGAIN_LATER' ? 100 : 50));
  }
  return { groupId, shareAmountCents: Number(packet.shareAmountCents) };
}

export interface Book { remainingCount: number; grabs: Array<{ userId: string; amountCents: number }> }

/** The group packet's grabs as the money service's book holds them (first detail page: enough for a 10-share packet). */
export async function readBook(moneyUrl: string, serviceToken: string, groupId: string): Promise<Book> {
  const res = await fetch(`${moneyUrl}/packets/${encodeURIComponent(groupId)}?page=0`, { headers: serviceAuthHeaders(serviceToken) });
  if (res.status !== 200) throw new Error(`money detail answered HTTP ${res.status}`);
  const d = await res.json() as { group: { remainingCount: number }; grabs: Array<{ userId: string; amountCents: number }> };
  return { remainingCount: d.group.remainingCount, grabs: d.grabs };
}
