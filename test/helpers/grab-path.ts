/**
 * A lean crowd of phones for grab storms through the phone path: one `ws`
 * WebSocket per user (the gateway takes the user from the connection's token),
 * each sending its grabs back to back and tallying the answers. Cheap enough
 * on the client side that thousands of users fit beside the deployment on a
 * small machine.
 */
import WebSocket from 'ws';
import { shake } from '../../contracts/proto/gen/shake.js';
import { makeUserToken } from '../../gateway/auth/user-token.ts';

type ServerMessage = shake.v1.ServerMessage;

export interface CrowdPhone { userId: string; ws: WebSocket; replies: ServerMessage[] }

/** Opens one connection per user (at most `concurrency` upgrades at once); a refused upgrade waits its retry hint and tries again. */
export async function connectCrowd(urls: readonly string[], userIds: readonly string[], secret: string, concurrency = 64): Promise<CrowdPhone[]> {
  const phones: CrowdPhone[] = new Array(userIds.length);
  let next = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < userIds.length) {
      const i = next++;
      phones[i] = await connectOne(urls[i % urls.length], userIds[i], secret);
    }
  }));
  return phones;
}

async function connectOne(url: string, userId: string, secret: string): Promise<CrowdPhone> {
  for (let attempt = 0; ; attempt++) {
    const token = makeUserToken(secret, userId, Date.now() + 3_600_000);
    const ws = new WebSocket(`${url}?token=${encodeURIComponent(token)}`);
    const retryMs = await new Promise<number>((resolve) => {
      ws.once('open', () => resolve(0));
      ws.once('unexpected-response', (_req, res) => { resolve(Number(res.headers['x-shake-retry-after-ms'] ?? 200)); ws.terminate(); });
      ws.once('error', () => resolve(200));
    });
    if (retryMs === 0) {
      const phone: CrowdPhone = { userId, ws, replies: [] };
      ws.on('message', (data: Buffer) => phone.replies.push(shake.v1.ServerMessage.decode(data)));
      return phone;
    }
    if (attempt >= 20) throw new Error(`${userId} could not connect to ${url} after ${attempt + 1} tries`);
    await new Promise((r) => setTimeout(r, retryMs));
  }
}

/** Sends `repeats` grabs per phone at once (seqs 1..repeats), all phones together. */
export function sendGrabs(phones: readonly CrowdPhone[], groupPacketId: string, repeats: number): void {
  for (let k = 1; k <= repeats; k++) {
    for (const p of phones) p.ws.send(shake.v1.ClientMessage.encode({ seq: k, grab: { groupPacketId } }).finish(), { binary: true });
  }
}

/** Resolves once every phone has `count` replies; rejects after timeoutMs with how many are missing. */
export async function untilAnswered(phones: readonly CrowdPhone[], count: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const missing = phones.reduce((a, p) => a + Math.max(0, count - p.replies.length), 0);
    if (missing === 0) return;
    if (Date.now() > deadline) throw new Error(`${missing} requests unanswered after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

const GRAB_STATUS: Record<number, string> = { 1: 'OK', 2: 'DUPLICATE' };

/** One label per answer: OK / DUPLICATE for a grab, else the error code. */
export function answerLabel(m: ServerMessage): string {
  if (m.grab) return GRAB_STATUS[m.grab.status ?? 0] ?? `GRAB_STATUS_${m.grab.status}`;
  return m.error?.code ?? 'OTHER';
}

export function closeCrowd(phones: readonly CrowdPhone[]): void {
  for (const p of phones) p?.ws.terminate();
}
