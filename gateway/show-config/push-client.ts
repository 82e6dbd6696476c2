/**
 * Channel (a), gateway side: keeps one Server-Sent-Events connection to a
 * config instance (GET /push), failing over round the list of push URLs when
 * it drops, is refused, or stays silent longer than idleTimeoutMs (instances
 * send a heartbeat comment every few seconds).
 */
import type { Logger } from '../../common/logger.ts';
import type { ChannelStatus, OfferFn, ReportFn } from './channel-types.ts';

export interface PushClientOptions {
  urls: string[];
  startIndex: number;
  idleTimeoutMs: number;
  offer: OfferFn;
  report: ReportFn;
  /** Headers of every request: this gateway's config-service credential. */
  headers: Record<string, string>;
  logger: Logger;
}

export class PushClient {
  private running = false;
  private abort: AbortController | null = null;
  private idx: number;
  readonly state: ChannelStatus = { up: false, source: null, lastOkMs: null, errors: 0 };

  constructor(private readonly o: PushClientOptions) {
    this.idx = o.urls.length ? o.startIndex % o.urls.length : 0;
  }

  start(): void {
    if (this.running || this.o.urls.length === 0) return;
    this.running = true;
    void this.loop();
  }

  stop(): void {
    this.running = false;
    this.abort?.abort();
  }

  private async loop(): Promise<void> {
    let failuresInRow = 0;
    while (this.running) {
      const url = this.o.urls[this.idx];
      const gotData = await this.connectOnce(url).catch((e: unknown) => {
        if (this.running) this.o.logger.debug({ url, err: String(e) }, 'push connection failed');
        return false;
      });
      this.state.up = false;
      if (!this.running) break;
      this.state.errors++;
      failuresInRow = gotData ? 0 : failuresInRow + 1;
      this.idx = (this.idx + 1) % this.o.urls.length;
      // Retry the next instance at once; back off only when a whole lap failed.
      const lap = failuresInRow > 0 && failuresInRow % this.o.urls.length === 0;
      await new Promise((r) => setTimeout(r, lap ? Math.min(1000, 100 * (failuresInRow / this.o.urls.length)) : 20));
    }
  }

  /** One connection; resolves (true if any event arrived) when it ends. */
  private async connectOnce(base: string): Promise<boolean> {
    const ac = new AbortController();
    this.abort = ac;
    let idle: NodeJS.Timeout = setTimeout(() => ac.abort(), this.o.idleTimeoutMs);
    const bump = () => { clearTimeout(idle); idle = setTimeout(() => ac.abort(), this.o.idleTimeoutMs); };
    let got = false;
    try {
      const res = await fetch(`${base}/push?${this.o.report().toString()}`, { signal: ac.signal, headers: { accept: 'text/event-stream', ...this.o.headers } });
      if (!res.ok || !res.body) throw new Error(`push HTTP ${res.status}`);
      this.state.up = true;
      this.state.source = base;
      this.state.lastOkMs = Date.now();
      this.o.logger.info({ url: base }, 'push channel connected');
      const decoder = new TextDecoder();
      let buf = '';
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        bump();
        buf += decoder.decode(chunk, { stream: true });
        let sep: number;
        while ((sep = buf.indexOf('\n\n')) >= 0) {
          const frame = buf.slice(0, sep);
          buf = buf.slice(sep + 2);
          const data = frame.split('\n').filter((l) => l.startsWith('data: ')).map((l) => l.slice(6)).join('\n');
          if (!data || !/^event: config$/m.test(frame)) continue;
          got = true;
          this.state.lastOkMs = Date.now();
          try { this.o.offer(JSON.parse(data), 'push', base); } catch { this.o.logger.warn({ url: base }, 'push frame is not JSON'); }
        }
      }
      return got;
    } finally {
      clearTimeout(idle);
      ac.abort();
    }
  }
}
