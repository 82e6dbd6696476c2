/**
 * Keeps a gateway's idea of the time right: queries the configured NTP
 * servers (several samples each, keeps the lowest-delay one, then the median
 * across servers), exposes now() = local clock + measured offset for the
 * round countdowns, reports the offset, and flags drift beyond a threshold.
 * If every server is unreachable it keeps the last offset (the best estimate)
 * and reports itself unsynced after staleAfterMs.
 */
import type { Logger } from '../../common/logger.ts';
import { sntpQuery, type NtpServer, type SntpSample } from './sntp.ts';
import type { ClockStatus, ShowClock } from './types.ts';

export interface ClockMonitorOptions {
  servers: NtpServer[];
  intervalMs: number;
  samplesPerServer: number;
  timeoutMs: number;
  thresholdMs: number;
  staleAfterMs: number;
  logger: Logger;
  /** The machine clock being corrected (default Date.now). */
  localClock?: () => number;
}

export const CLOCK_DEFAULTS = { intervalMs: 16_000, samplesPerServer: 4, timeoutMs: 500, thresholdMs: 50, staleAfterMs: 60_000 } as const;

export class ClockMonitor implements ShowClock {
  private offsetMs: number | null = null;
  private delayMs: number | null = null;
  private servers: string[] = [];
  private lastSyncMs: number | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly local: () => number;
  private readonly listeners = new Set<(s: ClockStatus) => void>();

  constructor(private readonly opts: ClockMonitorOptions) {
    this.local = opts.localClock ?? Date.now;
  }

  /** Measures once (awaited), then every intervalMs. */
  async start(): Promise<void> {
    await this.syncOnce();
    this.timer = setInterval(() => { void this.syncOnce(); }, this.opts.intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  now(): number {
    return this.local() + (this.offsetMs ?? 0);
  }

  onChange(listener: (s: ClockStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  status(): ClockStatus {
    const synced = this.lastSyncMs !== null && this.local() - this.lastSyncMs <= this.opts.staleAfterMs;
    return {
      offsetMs: this.offsetMs, delayMs: this.delayMs, servers: this.servers, lastSyncMs: this.lastSyncMs, synced,
      drifting: this.offsetMs !== null && Math.abs(this.offsetMs) > this.opts.thresholdMs,
    };
  }

  private async bestOf(server: NtpServer): Promise<SntpSample | null> {
    let best: SntpSample | null = null;
    for (let i = 0; i < this.opts.samplesPerServer; i++) {
      try {
        const s = await sntpQuery(server, this.opts.timeoutMs, this.local);
        if (!best || s.delayMs < best.delayMs) best = s;
      } catch (e) {
        this.opts.logger.debug({ server: `${server.host}:${server.port}`, err: String(e) }, 'NTP sample failed');
      }
    }
    return best;
  }

  /** One measurement round over all servers; returns false if none answered. */
  async syncOnce(): Promise<boolean> {
    const samples = (await Promise.all(this.opts.servers.map((s) => this.bestOf(s)))).filter((s): s is SntpSample => s !== null);
    if (samples.length === 0) {
      this.opts.logger.warn({ servers: this.opts.servers.length }, 'no NTP server answered; keeping last offset');
      this.emit();
      return false;
    }
    samples.sort((a, b) => a.offsetMs - b.offsetMs);
    const mid = samples[Math.floor((samples.length - 1) / 2)];
    const prev = this.offsetMs;
    this.offsetMs = mid.offsetMs;
    this.delayMs = mid.delayMs;
    this.servers = samples.map((s) => s.server);
    this.lastSyncMs = this.local();
    const st = this.status();
    if (st.drifting) this.opts.logger.warn({ offsetMs: mid.offsetMs, thresholdMs: this.opts.thresholdMs }, 'machine clock drifts beyond threshold (corrected by NTP offset)');
    else if (prev === null) this.opts.logger.info({ offsetMs: mid.offsetMs, delayMs: mid.delayMs }, 'clock offset measured');
    this.emit();
    return true;
  }

  private emit(): void {
    const s = this.status();
    for (const l of this.listeners) l(s);
  }
}
