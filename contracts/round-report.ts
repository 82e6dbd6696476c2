/**
 * Per-round packet figures (the live picture): each gateway adds to its
 * report `rounds=<roundId>:<released>:<issued>:<opened>:<shared>,...` (what it
 * counted while each round ran) and `pool=<level>` (packets in its pool now).
 * The console sums them over the fleet per round of the latest show, sets the
 * released count against the round's target (releaseRatePerSec x elapsed,
 * capped at the round's length) and warns when a gateway's pool is empty while
 * a round runs. Read-only.
 */
import type { ShowConfig } from './show/types.ts';

export interface RoundCounts {
  roundId: string;
  /** Packets the agent fed into the gateway's pool while the round ran. */
  released: number;
  /** Packets handed to phones. */
  issued: number;
  /** Open / share operations accepted (a replayed operation counts again). */
  opened: number;
  shared: number;
}

/** What a gateway last told a config instance about itself. */
export interface GatewayReport {
  gatewayId: string;
  configVersion: number;
  /** Measured NTP offset (server - local), ms; null when not measured yet. */
  clockOffsetMs: number | null;
  clockSynced: boolean;
  /** Wall-clock time the instance received the report. */
  seenAtMs: number;
  /** "site/instance" that received it. */
  via: string;
  /** Channel that carried it ("poll" or "push"). */
  channel: string;
  /** Phones per resource manifest version they hold, as the gateway counts them (absent: not reported). */
  resourceCoverage?: Record<string, number>;
  /** What the gateway counted per round (round-report.ts; absent: not reported). */
  rounds?: RoundCounts[];
  /** Packets in the gateway's pool when it reported (absent: not reported). */
  poolLevel?: number;
}

/** Rounds a gateway keeps and reports (the latest ones); more in a report is refused. */
export const MAX_REPORTED_ROUNDS = 16;
const MAX_PARAM_CHARS = 2048;
const MAX_COUNT = 0xffff_ffff;
const ENTRY = /^([A-Za-z0-9][A-Za-z0-9_-]{0,63}):(\d{1,10}):(\d{1,10}):(\d{1,10}):(\d{1,10})$/;
const LEVEL = /^\d{1,10}$/;

export function encodeRoundsParam(rounds: readonly RoundCounts[]): string {
  return rounds.slice(-MAX_REPORTED_ROUNDS).map((r) => `${r.roundId}:${r.released}:${r.issued}:${r.opened}:${r.shared}`).join(',');
}

/** Parses `rounds=`; anything malformed (bad id or number, too many, duplicates, too long) refuses the whole parameter: null. */
export function parseRoundsParam(raw: string): RoundCounts[] | null {
  if (raw.length === 0 || raw.length > MAX_PARAM_CHARS) return null;
  const parts = raw.split(',');
  if (parts.length > MAX_REPORTED_ROUNDS) return null;
  const out: RoundCounts[] = [];
  const seen = new Set<string>();
  for (const part of parts) {
    const m = ENTRY.exec(part);
    if (!m || seen.has(m[1]!)) return null;
    const [released, issued, opened, shared] = [m[2], m[3], m[4], m[5]].map(Number) as [number, number, number, number];
    if (Math.max(released, issued, opened, shared) > MAX_COUNT) return null;
    seen.add(m[1]!);
    out.push({ roundId: m[1]!, released, issued, opened, shared });
  }
  return out;
}

/** The report's `rounds=` and `pool=` parameters, each recorded only when well-formed. */
export function roundFiguresParams(url: URL): { rounds?: RoundCounts[]; poolLevel?: number } {
  const out: { rounds?: RoundCounts[]; poolLevel?: number } = {};
  const raw = url.searchParams.get('rounds');
  const rounds = raw === null ? null : parseRoundsParam(raw);
  if (rounds) out.rounds = rounds;
  const pool = url.searchParams.get('pool');
  if (pool !== null && LEVEL.test(pool) && Number(pool) <= MAX_COUNT) out.poolLevel = Number(pool);
  return out;
}

export interface RoundFigures extends RoundCounts {
  title: string;
  startMs: number;
  endMs: number;
  running: boolean;
  /** releaseRatePerSec x elapsed (capped at the round's length), whole packets. */
  target: number;
  /** Gateways whose report counts this round. */
  gateways: number;
}

export interface LiveFigures {
  rounds: RoundFigures[];
  /** Pool level per fleet gateway (null: not reported). */
  pools: { gatewayId: string; poolLevel: number | null; seenAtMs: number | null }[];
  /** A gateway whose pool is empty while a round runs. */
  poolEmpty: { gatewayId: string; roundId: string }[];
}

/** Sums the fleet's latest reports per round of the latest show (gateways outside the fleet are left out). */
export function liveFigures(reports: readonly GatewayReport[], latest: ShowConfig | null, nowMs: number): LiveFigures {
  const fleet = latest?.fleet.map((f) => f.gatewayId) ?? [];
  const byId = new Map(reports.filter((r) => fleet.includes(r.gatewayId)).map((r) => [r.gatewayId, r]));
  const rounds = (latest?.rounds ?? []).map((round): RoundFigures => {
    const elapsedMs = Math.min(Math.max(nowMs - round.startMs, 0), round.endMs - round.startMs);
    const f: RoundFigures = { roundId: round.id, title: round.title, startMs: round.startMs, endMs: round.endMs,
      running: nowMs >= round.startMs && nowMs < round.endMs, target: Math.floor((round.releaseRatePerSec * elapsedMs) / 1000),
      released: 0, issued: 0, opened: 0, shared: 0, gateways: 0 };
    for (const r of byId.values()) {
      const c = r.rounds?.find((x) => x.roundId === round.id);
      if (!c) continue;
      f.released += c.released; f.issued += c.issued; f.opened += c.opened; f.shared += c.shared; f.gateways++;
    }
    return f;
  });
  const pools = fleet.map((gatewayId) => {
    const r = byId.get(gatewayId);
    return { gatewayId, poolLevel: r?.poolLevel ?? null, seenAtMs: r?.seenAtMs ?? null };
  });
  const poolEmpty = rounds.filter((r) => r.running)
    .flatMap((round) => pools.filter((p) => p.poolLevel === 0).map((p) => ({ gatewayId: p.gatewayId, roundId: round.roundId })));
  return { rounds, pools, poolEmpty };
}
