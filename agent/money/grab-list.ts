/**
 * Reads every grab of a group packet from the money service's detail list
 * (GET /packets/:id?page=N, pages of `screenSize`, at most `maxScreens`), for the
 * grab memo: it may answer "empty"/"expired" only when it knows every user who
 * did grab (they get their repeat instead). `complete` is false when the pages
 * served do not hold every grab (a packet with more shares than two screens):
 * then the memo keeps sending that packet's late grabs to the money service.
 */
import type { KnownGrab } from './grab-memo.ts';

interface DetailJson {
  group: { shares: number; remainingCount: number };
  grabs: KnownGrab[];
  maxScreens: number;
}

export async function loadPacketGrabs(get: (path: string) => Promise<{ status: number; body: string }>, groupId: string): Promise<{ grabs: KnownGrab[]; complete: boolean }> {
  const grabs: KnownGrab[] = [];
  for (let page = 0; ; page++) {
    const res = await get(`/packets/${encodeURIComponent(groupId)}?page=${page}`);
    if (res.status !== 200) throw new Error(`detail page ${page} answered HTTP ${res.status}`);
    const d = JSON.parse(res.body) as DetailJson;
    for (const g of d.grabs) grabs.push({ userId: g.userId, amountCents: g.amountCents, seq: g.seq, atMs: g.atMs });
    const grabbed = d.group.shares - d.group.remainingCount;
    if (grabs.length >= grabbed) return { grabs, complete: grabs.length === grabbed };
    if (d.grabs.length === 0 || page + 1 >= d.maxScreens) return { grabs, complete: false };
  }
}
