/**
 * Runs in the IO thread: samples the gateway's load (event-loop utilization
 * of the IO thread and of the logic worker, process CPU, request ring fill),
 * smooths it, moves the tier machine, and publishes the resulting rate limit
 * in shared memory for the logic workers and the reply gate.
 */
import os from 'node:os';
import { performance, monitorEventLoopDelay, type EventLoopUtilization, type IntervalHistogram } from 'node:perf_hooks';
import type { OverloadTier } from '../../contracts/show/types.ts';
import type { Logger } from '../../common/logger.ts';
import type { OverloadConfig } from './config.ts';
import { MAX_SHARED_TIERS, OverloadShared } from './overload-shared.ts';
import { TierMachine } from './tier-machine.ts';
import { loadScore, type LoadSignals } from './load-score.ts';

export interface LoadSources {
  /** Logic worker ELU, 0..1 (measured by the worker itself). */
  workerElu(): number;
  /** Request ring bytes used / capacity, 0..1. */
  ringFill(): number;
}

export interface LoadStatus {
  tier: number;
  minIntervalMs: number;
  score: number;
  signals: LoadSignals;
  tierChanges: number;
  /** Seconds spent in each tier since start. */
  secondsInTier: Record<string, number>;
}

export class LoadMonitor {
  readonly shared = new OverloadShared();
  private readonly machine: TierMachine;
  private readonly cores: number;
  private timer: NodeJS.Timeout | null = null;
  private lastElu: EventLoopUtilization = performance.eventLoopUtilization();
  private lastCpu = process.cpuUsage();
  private lastMs: number;
  private smoothed = 0;
  private signals: LoadSignals = { ioElu: 0, workerElu: 0, cpu: 0, ringFill: 0, lag: 0 };
  private readonly lag: IntervalHistogram = monitorEventLoopDelay({ resolution: 10 });
  private tierChanges = 0;
  private readonly inTierMs = new Map<number, number>();

  constructor(
    private readonly config: OverloadConfig,
    tiers: OverloadTier[],
    private readonly sources: LoadSources,
    private readonly logger: Logger,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.lastMs = this.now();
    this.machine = new TierMachine(tiers, config.minDwellMs, this.lastMs, config.minRiseMs);
    this.cores = config.cpuCores > 0 ? config.cpuCores : os.availableParallelism();
    this.publish();
  }

  start(): void {
    if (!this.config.enabled || this.timer) return;
    this.lag.enable();
    this.timer = setInterval(() => this.sample(), this.config.sampleIntervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.lag.disable();
  }

  setTiers(tiers: OverloadTier[]): void {
    this.machine.setTiers(tiers);
    this.publish();
  }

  get tier(): number {
    return this.machine.tier;
  }

  /** Interval enforced now (ms, 0 = none). */
  intervalNow(): number {
    return this.config.enabled ? this.intervalOfTier(this.machine.tier) : 0;
  }

  intervalOfTier(tier: number): number {
    return tier === 0 ? this.config.pacing.tier0IntervalMs : this.machine.intervalOf(tier);
  }

  /** Takes one sample (the timer calls this; tests may too). */
  sample(): void {
    const now = this.now();
    const elapsed = Math.max(1, now - this.lastMs);
    const elu = performance.eventLoopUtilization();
    const cpu = process.cpuUsage();
    this.signals = {
      ioElu: performance.eventLoopUtilization(elu, this.lastElu).utilization,
      workerElu: this.sources.workerElu(),
      cpu: (cpu.user - this.lastCpu.user + cpu.system - this.lastCpu.system) / 1000 / elapsed / this.cores,
      ringFill: this.sources.ringFill(),
      // The histogram counts delay beyond the 10 ms resolution timer itself.
      lag: this.lag.count > 0 ? Math.max(0, this.lag.percentile(90) / 1e6 - 10) / this.config.lagFullMs : 0,
    };
    this.lag.reset();
    this.inTierMs.set(this.machine.tier, (this.inTierMs.get(this.machine.tier) ?? 0) + elapsed);
    this.lastElu = elu;
    this.lastCpu = cpu;
    this.lastMs = now;
    this.observe(loadScore(this.signals, this.config.signals), now);
  }

  /** Feeds a raw load score (0..1): smoothing, tier machine, publication. */
  observe(score: number, now: number = this.now()): void {
    const a = this.config.smoothing;
    this.smoothed = a * score + (1 - a) * this.smoothed;
    const change = this.machine.update(this.smoothed, now);
    if (!change) return;
    this.tierChanges++;
    this.publish();
    this.logger.info({ from: change.from, to: change.to, score: Number(this.smoothed.toFixed(3)), signals: this.signals, minIntervalMs: this.intervalNow() }, 'overload tier changed');
  }

  status(): LoadStatus {
    const secondsInTier: Record<string, number> = {};
    for (const [t, ms] of this.inTierMs) secondsInTier[String(t)] = Math.round(ms / 100) / 10;
    return {
      tier: this.machine.tier, minIntervalMs: this.intervalNow(), score: this.smoothed, signals: this.signals,
      tierChanges: this.tierChanges, secondsInTier,
    };
  }

  private publish(): void {
    const tier = this.config.enabled ? this.machine.tier : 0;
    const cheap = this.config.enabled && this.config.cheapFromTier > 0 && tier >= this.config.cheapFromTier;
    this.shared.set(tier, this.intervalNow(), cheap);
    this.shared.setTierIntervals(Array.from({ length: MAX_SHARED_TIERS }, (_, t) => this.intervalOfTier(t)));
  }
}
