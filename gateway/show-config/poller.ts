/**
 * Channel (c): polls GET /config?have=<version> on the config instances every
 * intervalMs, carrying the gateway's report (version, clock offset). Sticks to
 * the instance that answers; on failure tries the next ones in the same tick.
 */
import type { Logger } from '../../common/logger.ts';
import type { ChannelStatus, OfferFn, ReportFn } from './channel-types.ts';

export interface PollerOptions {
  urls: string[];
  startIndex: number;
  intervalMs: number;
  requestTimeoutMs: number;
  haveVersion: () => number;
  offer: OfferFn;
  report: ReportFn;
  /** Headers of every request: this gateway's config-service credential. */
  headers: Record<string, string>;
  logger: Logger;
}

export class Poller {
  private timer: NodeJS.Timeout | null = null;
  private running = false;
  private idx: number;
  readonly state: ChannelStatus = { up: false, source: null, lastOkMs: null, errors: 0 };

  constructor(private readonly o: PollerOptions) {
    this.idx = o.urls.length ? o.startIndex % o.urls.length : 0;
  }

  start(): void {
    if (this.running || this.o.urls.length === 0) return;
    this.running = true;
    const tick = async () => {
      await this.pollOnce();
      if (this.running) this.timer = setTimeout(tick, this.o.intervalMs);
    };
    void tick();
  }

  stop(): void {
    this.running = false;
    if (this.timer) clearTimeout(this.timer);
  }

  /** Polls until one instance answers (or all failed). Returns whether one answered. */
  async pollOnce(): Promise<boolean> {
    for (let i = 0; i < this.o.urls.length && this.running; i++) {
      const base = this.o.urls[this.idx];
      const q = this.o.report();
      q.set('have', String(this.o.haveVersion()));
      try {
        const res = await fetch(`${base}/config?${q.toString()}`, { signal: AbortSignal.timeout(this.o.requestTimeoutMs), headers: this.o.headers });
        if (res.status === 200) this.o.offer(await res.json(), 'poll', base);
        else if (res.status !== 204) throw new Error(`poll HTTP ${res.status}`);
        else await res.arrayBuffer();
        this.state.up = true;
        this.state.source = base;
        this.state.lastOkMs = Date.now();
        return true;
      } catch (e) {
        this.state.errors++;
        this.o.logger.debug({ url: base, err: String(e) }, 'poll failed, trying next instance');
        this.idx = (this.idx + 1) % this.o.urls.length;
      }
    }
    this.state.up = false;
    return false;
  }
}
