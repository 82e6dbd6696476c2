/**
 * Friends grabbing shared group packets the way real friends do: each friend
 * is a phone with its own WebSocket to a gateway (the SDK, its own user token),
 * sending `grab { group_packet_id }`; the gateway passes it through its agent to
 * the money service. A group packet exists only once its share went through the
 * journal and the queue, so "not found" (and "try again later") is retried
 * until the deadline.
 */
import { makeUserToken } from '../../gateway/auth/user-token.ts';
import { ShakeClient, GatewayError, OpStatus } from '../../client/index.ts';
import { nodeWebSocketFactory } from '../../client/node-websocket.ts';

export interface GrabStats { attempts: number; ok: number; empty: number; expired: number; notFoundFinal: number; errors: number; tryAgain: number; cents: number; perSecond: number[] }

interface Job { groupPacketId: string; friend: string; dueMs: number; deadlineMs: number }

export interface GrabberTarget {
  /** Gateway WebSocket URLs; friends spread over them. */
  gateways: string[];
  /** The deployment's user-token secret (friends are users with their own tokens). */
  authSecret: string;
}

export class Grabbers {
  readonly stats: GrabStats = { attempts: 0, ok: 0, empty: 0, expired: 0, notFoundFinal: 0, errors: 0, tryAgain: 0, cents: 0, perSecond: [] };
  private readonly jobs: Job[] = [];
  private running = 0;
  private timer: NodeJS.Timeout | null = null;
  private readonly webSocket = nodeWebSocketFactory();
  private nextGateway = 0;

  constructor(private readonly target: GrabberTarget, private readonly friendsPerShare: number, private readonly t0: number, private readonly concurrency = 32) {}

  onShared(packetIds: string[], runId: string): void {
    const now = Date.now();
    for (const id of packetIds) {
      for (let f = 0; f < this.friendsPerShare; f++) {
        this.jobs.push({ groupPacketId: id, friend: `friend-${runId}-${f}-${id.slice(-6)}`, dueMs: now + 500, deadlineMs: now + 30_000 });
      }
    }
  }

  start(): void {
    this.timer = setInterval(() => this.pump(), 20);
  }

  pending(): number { return this.jobs.length + this.running; }

  private pump(): void {
    const now = Date.now();
    for (let i = 0; i < this.jobs.length && this.running < this.concurrency;) {
      const j = this.jobs[i];
      if (j.dueMs > now) { i++; continue; }
      this.jobs.splice(i, 1);
      this.running++;
      void this.grab(j).finally(() => { this.running--; });
    }
  }

  private async grab(j: Job): Promise<void> {
    this.stats.attempts++;
    const gateways = this.target.gateways;
    const client = new ShakeClient({
      gateways, startIndex: this.nextGateway++ % gateways.length, webSocket: this.webSocket, maxConnectAttempts: 3,
      token: makeUserToken(this.target.authSecret, j.friend, Date.now() + 3600_000),
    });
    try {
      const r = await client.grab(j.groupPacketId);
      if (r.status === OpStatus.OK) {
        this.stats.ok++;
        this.stats.cents += r.amountCents;
        const sec = Math.floor((Date.now() - this.t0) / 1000);
        this.stats.perSecond[sec] = (this.stats.perSecond[sec] ?? 0) + 1;
      }
    } catch (e) {
      const code = e instanceof GatewayError ? e.code : '';
      if (code === 'GROUP_PACKET_EMPTY') this.stats.empty++;
      else if (code === 'GROUP_PACKET_EXPIRED') this.stats.expired++;
      else if (code === 'GROUP_PACKET_NOT_FOUND' || code === 'TRY_AGAIN_LATER' || !code) {
        if (code === 'TRY_AGAIN_LATER') this.stats.tryAgain++;
        const retryMs = e instanceof GatewayError && e.retryAfterMs ? e.retryAfterMs : code ? 500 : 1000;
        if (Date.now() < j.deadlineMs) this.jobs.push({ ...j, dueMs: Date.now() + retryMs });
        else if (code === 'GROUP_PACKET_NOT_FOUND') this.stats.notFoundFinal++;
        else this.stats.errors++;
      } else this.stats.errors++;
    } finally {
      client.close();
    }
  }

  async drain(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.pending() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (this.timer) clearInterval(this.timer);
  }
}
