/**
 * A stand-in gateway process hosting the real gateway-side config modules
 * (ConfigFollower, ClockMonitor, RoundCountdown) exactly as the gateway wires
 * them, with a /status endpoint. Used by the tests and the propagation
 * benchmark to run several "gateways" as real processes that can be killed
 * and restarted. Events are JSON lines on stdout with an `evt` field.
 *
 *   node --import tsx ops/topology/follower-host.ts --config host.json
 */
import { resolveSecrets } from '../../common/secrets.ts';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../../common/logger.ts';
import { ClockMonitor, CLOCK_DEFAULTS } from '../../gateway/index.ts';
import type { NtpServer } from '../../gateway/index.ts';
import { ConfigFollower } from '../../gateway/index.ts';
import { RoundCountdown } from '../../gateway/index.ts';
import { activeRound } from '../../contracts/show/timeline.ts';

export interface FollowerHostConfig {
  gatewayId: string;
  configDir: string;
  instanceUrls: string[];
  pushUrls?: string[];
  pollIntervalMs: number;
  ntpServers: NtpServer[];
  ntpIntervalMs?: number;
  clockThresholdMs?: number;
  /** Simulates a machine whose own clock is off by this much (the NTP offset corrects it). */
  localClockSkewMs?: number;
  statusPort?: number;
}

const cfgPath = process.argv[process.argv.indexOf('--config') + 1];
const cfg = JSON.parse(readFileSync(cfgPath, 'utf8')) as FollowerHostConfig;
const logger = createLogger('gateway-config').child({ gatewayId: cfg.gatewayId });
const emit = (evt: string, fields: Record<string, unknown>) => process.stdout.write(JSON.stringify({ evt, gatewayId: cfg.gatewayId, ...fields }) + '\n');
const skew = cfg.localClockSkewMs ?? 0;

const clock = new ClockMonitor({
  ...CLOCK_DEFAULTS, servers: cfg.ntpServers, intervalMs: cfg.ntpIntervalMs ?? 2_000, thresholdMs: cfg.clockThresholdMs ?? 50,
  logger, localClock: () => Date.now() + skew,
});
if (cfg.ntpServers.length > 0) await clock.start().catch((e: unknown) => logger.warn({ err: String(e) }, 'clock start failed'));
const countdown = new RoundCountdown({ now: () => clock.now(), logger });
countdown.onRoundStart((e) => emit('round-start', { roundId: e.round.id, atMs: e.atMs, lateMs: e.lateMs, scheduledMs: e.round.startMs, configVersion: e.configVersion }));
countdown.onRoundEnd((e) => emit('round-end', { roundId: e.round.id, atMs: e.atMs, lateMs: e.lateMs, scheduledMs: e.round.endMs, configVersion: e.configVersion }));
clock.onChange(() => countdown.evaluate());

const follower = new ConfigFollower({
  gatewayId: cfg.gatewayId, serviceToken: resolveSecrets(['service'], process.env, (msg, f) => logger.warn(f, msg)).service, configDir: cfg.configDir, instanceUrls: cfg.instanceUrls, pushUrls: cfg.pushUrls,
  pollIntervalMs: cfg.pollIntervalMs, logger, clockStatus: () => clock.status(),
  onApply: (doc, info) => {
    countdown.load(doc);
    emit('apply', { version: doc.version, channel: info.channel, source: info.source, appliedAtMs: info.appliedAtMs });
  },
});

const server = http.createServer((req, res) => {
  if (req.url !== '/status') { res.writeHead(404).end(); return; }
  const doc = follower.current();
  const now = clock.now();
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({
    gatewayId: cfg.gatewayId, configVersion: follower.version(), follower: follower.status(), clock: clock.status(),
    correctedNowMs: now, rounds: doc?.rounds.map((r) => ({ id: r.id, startMs: r.startMs, endMs: r.endMs })) ?? [], activeRound: doc ? activeRound(doc, now)?.id ?? null : null, countdownRound: countdown.current()?.id ?? null,
  }));
});
server.listen(cfg.statusPort ?? 0, '127.0.0.1', () => {
  void follower.start().then(() => emit('ready', { statusPort: (server.address() as AddressInfo).port, configVersion: follower.version() }));
});
const stop = () => { follower.stop(); countdown.stop(); clock.stop(); server.close(); process.exit(0); };
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
