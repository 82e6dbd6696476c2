/**
 * Friends grabbing shared group packets through the money service's API
 * (POST /grab). A group packet exists only once its share went through the
 * journal and the queue, so "not found" is retried until the deadline.
 */
export interface GrabStats { attempts: number; ok: number; empty: number; expired: number; notFoundFinal: number; errors: number; cents: number; perSecond: number[] }

interface Job { groupPacketId: string; friend: string; dueMs: number; deadlineMs: number }

export class Grabbers {
  readonly stats: GrabStats = { attempts: 0, ok: 0, empty: 0, expired: 0, notFoundFinal: 0, errors: 0, cents: 0, perSecond: [] };
  private readonly jobs: Job[] = [];
  private running = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly moneyUrl: string, private readonly friendsPerShare: number, private readonly t0: number, private readonly concurrency = 32) {}

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
    try {
      const res = await fetch(`${this.moneyUrl}/grab`, {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ groupPacketId: j.groupPacketId, userId: j.friend }), signal: AbortSignal.timeout(5000),
      });
      const body = await res.json() as { amountCents?: number };
      if (res.status === 200) {
        this.stats.ok++;
        this.stats.cents += body.amountCents ?? 0;
        const sec = Math.floor((Date.now() - this.t0) / 1000);
        this.stats.perSecond[sec] = (this.stats.perSecond[sec] ?? 0) + 1;
      } else if (res.status === 409) this.stats.empty++;
      else if (res.status === 410) this.stats.expired++;
      else if (res.status === 404) {
        if (Date.now() < j.deadlineMs) this.jobs.push({ ...j, dueMs: Date.now() + 500 });
        else this.stats.notFoundFinal++;
      } else this.stats.errors++;
    } catch {
      if (Date.now() < j.deadlineMs) this.jobs.push({ ...j, dueMs: Date.now() + 1000 });
      else this.stats.errors++;
    }
  }

  async drain(timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (this.pending() > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (this.timer) clearInterval(this.timer);
  }
}
