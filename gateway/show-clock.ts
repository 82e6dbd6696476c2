import { SHOW_CLOCK } from './shared-layout.ts';

/**
 * The corrected clock rounds run by, shared with the logic worker: the IO
 * thread measures the offset to NTP (ClockMonitor) and publishes it in shared
 * memory; the worker reads it on every decision without any message.
 */
export class SharedClock {
  private readonly offset: Float64Array;

  constructor(readonly buffer: SharedArrayBuffer = new SharedArrayBuffer(SHOW_CLOCK.bytes)) {
    this.offset = new Float64Array(buffer);
  }

  setOffsetMs(ms: number): void {
    this.offset[0] = ms;
  }

  offsetMs(): number {
    return this.offset[0];
  }

  now(): number {
    return Date.now() + this.offset[0];
  }
}
