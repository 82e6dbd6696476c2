/**
 * Caps repetitive log lines: a storm of failing requests (100,000 grabs while
 * the money service is down) must not write 100,000 lines. Per key, at most
 * `linesPerInterval` lines pass in each `intervalMs`; the rest are counted,
 * and the count is written once as a summary line when the interval is over
 * (on the next line of that key, or by the periodic flush).
 */
import type { Logger } from './logger.ts';

export interface LogThrottleOptions {
  linesPerInterval: number;
  intervalMs: number;
  /** Distinct keys tracked at most (keys are few: one per kind of message). */
  maxKeys?: number;
}

export const DEFAULT_LOG_THROTTLE: LogThrottleOptions = { linesPerInterval: 10, intervalMs: 10_000 };

interface KeyState { startMs: number; written: number; suppressed: number; level: 'warn' | 'error' | 'info'; msg: string }

export class LogThrottle {
  private readonly keys = new Map<string, KeyState>();
  private readonly flusher: NodeJS.Timeout;
  suppressedTotal = 0;

  constructor(private readonly logger: Logger, private readonly o: LogThrottleOptions = DEFAULT_LOG_THROTTLE) {
    this.flusher = setInterval(() => this.flush(Date.now()), o.intervalMs).unref();
  }

  warn(key: string, fields: Record<string, unknown>, msg: string): void { this.write('warn', key, fields, msg); }
  error(key: string, fields: Record<string, unknown>, msg: string): void { this.write('error', key, fields, msg); }

  /** Writes the pending summaries now (at shutdown). */
  close(): void {
    clearInterval(this.flusher);
    this.flush(Infinity);
  }

  private write(level: KeyState['level'], key: string, fields: Record<string, unknown>, msg: string): void {
    const now = Date.now();
    let s = this.keys.get(key);
    if (s && now - s.startMs >= this.o.intervalMs) { this.summarize(key, s); s = undefined; }
    if (!s) {
      if (this.keys.size >= (this.o.maxKeys ?? 1000)) this.flush(Infinity);
      s = { startMs: now, written: 0, suppressed: 0, level, msg };
      this.keys.set(key, s);
    }
    if (s.written < this.o.linesPerInterval) {
      s.written++;
      this.logger[level](fields, msg);
      return;
    }
    s.suppressed++;
    this.suppressedTotal++;
  }

  private flush(nowMs: number): void {
    for (const [key, s] of this.keys) if (nowMs - s.startMs >= this.o.intervalMs) this.summarize(key, s);
  }

  private summarize(key: string, s: KeyState): void {
    this.keys.delete(key);
    if (s.suppressed > 0) {
      this.logger[s.level]({ logKey: key, suppressed: s.suppressed, intervalMs: this.o.intervalMs }, `${s.msg} (${s.suppressed} more such lines not written)`);
    }
  }
}
