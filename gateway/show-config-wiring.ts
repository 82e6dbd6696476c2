/**
 * Connects a gateway to the live-event config: the NTP clock (ClockMonitor)
 * feeding the shared corrected clock, the three config channels
 * (ConfigFollower) applying newer show versions, and the round countdown that
 * logs rounds starting and ending by the corrected clock (the timeline in the
 * logic layer decides by the same clock, so rounds switch even with every
 * config path down).
 */
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Logger } from '../common/logger.ts';
import { ClockMonitor, CLOCK_DEFAULTS } from './clock/clock-monitor.ts';
import { ConfigFollower } from './show-config/config-follower.ts';
import { RoundCountdown } from './show-config/countdown.ts';
import { RoundCounter, type CounterTotals } from './show-config/round-counter.ts';
import type { GatewayConfig } from './settings.ts';
import type { SharedClock } from './show-clock.ts';
import type { ShowConfig } from '../contracts/show/types.ts';

export interface ConfigWiring {
  clock: ClockMonitor | null;
  follower: ConfigFollower;
  countdown: RoundCountdown;
  configDir: string;
  status(): Record<string, unknown>;
  stop(): void;
}

/** What the gateway tells the config service besides its version and clock. */
export interface ReportSources {
  resourceCoverage?: () => Record<string, number>;
  /** Running totals the per-round figures are taken from, and the pool level now. */
  totals?: () => CounterTotals;
  poolLevel?: () => number;
}

export async function wireConfig(
  config: GatewayConfig,
  dataDir: string,
  shared: SharedClock,
  current: ShowConfig,
  apply: (doc: ShowConfig) => boolean,
  logger: Logger,
  reportSources: ReportSources = {},
): Promise<ConfigWiring> {
  const clock = config.ntp.servers.length
    ? new ClockMonitor({ ...CLOCK_DEFAULTS, servers: config.ntp.servers, intervalMs: config.ntp.intervalMs, thresholdMs: config.ntp.thresholdMs, logger })
    : null;
  if (clock) {
    clock.onChange((s) => shared.setOffsetMs(s.offsetMs ?? 0));
    await clock.start().catch((err: unknown) => logger.warn({ err: String(err) }, 'NTP unreachable at start; using the machine clock until it answers'));
    shared.setOffsetMs(clock.status().offsetMs ?? 0);
  }
  const countdown = new RoundCountdown({ now: () => shared.now(), logger });
  const rounds = reportSources.totals ? new RoundCounter(reportSources.totals) : null;
  const poolLevel = reportSources.poolLevel;
  if (rounds) {
    countdown.onRoundStart((e) => rounds.start(e.round.id));
    countdown.onRoundEnd((e) => rounds.end(e.round.id));
  }
  countdown.onRoundStart((e) => logger.info({ roundId: e.round.id, lateMs: e.lateMs, configVersion: e.configVersion }, 'red-packet round started'));
  countdown.onRoundEnd((e) => logger.info({ roundId: e.round.id, lateMs: e.lateMs, configVersion: e.configVersion }, 'red-packet round ended'));
  clock?.onChange(() => countdown.evaluate());
  countdown.load(current);

  const configDir = config.configChannels.configDir ?? path.join(dataDir, 'config');
  mkdirSync(configDir, { recursive: true });
  const follower = new ConfigFollower({
    gatewayId: config.gatewayId,
    serviceToken: config.serviceToken,
    configDir,
    instanceUrls: config.configChannels.instanceUrls,
    pollIntervalMs: config.configChannels.pollIntervalMs,
    logger,
    clockStatus: clock ? () => clock.status() : undefined,
    resourceCoverage: reportSources.resourceCoverage,
    liveFigures: rounds && poolLevel ? () => ({ rounds: rounds.counts(), poolLevel: poolLevel() }) : undefined,
    onApply: (doc) => {
      if (apply(doc)) countdown.load(doc);
    },
  });
  await follower.start();
  return {
    clock,
    follower,
    countdown,
    configDir,
    status: () => ({ follower: follower.status(), clock: clock?.status() ?? { offsetMs: 0, synced: false, drifting: false, servers: [] }, countdownRound: countdown.current()?.id ?? null }),
    stop: () => {
      follower.stop();
      countdown.stop();
      clock?.stop();
    },
  };
}
