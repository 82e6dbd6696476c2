/**
 * Watches the deployment's money SETs for the operator: every poll interval it
 * asks each SET's `GET /health` (packet-service/http.ts; open, no credential,
 * and it already carries everything shown: `queueLag`, `applied`,
 * `rejectedTotal`) and keeps the last state per SET: up or down, when it last
 * answered, its backlog, its pay rate (opens and shares applied per second,
 * from the `applied` count's growth between two answers), its refusals and the
 * last poll error. Memory is fixed per SET (one previous sample, a bounded
 * error text), whatever the length of the show.
 *
 * Up but stuck is not healthy: a SET that answers while its backlog stays
 * above 0 and its `applied` count does not grow (its database wedged, its
 * consumer stopped) is `stalled` once that has lasted `stallAfterMs`; warned
 * once in the log, and shown apart from a SET that is down.
 *
 * One poll round at a time: the next starts an interval after the previous
 * one started, or right after it ended when it took longer; a poll is cut at
 * its timeout, which is below the interval, so a hung SET never piles up polls.
 */
import type { Logger } from '../common/logger.ts';
import type { MoneySetEndpoint } from './money-set-list.ts';

export interface MoneySetState {
  set: number;
  url: string;
  /** The last poll got a 200 answer from the SET's /health within the timeout. */
  up: boolean;
  /** When the SET last answered (null: never since this instance started). */
  lastSeenMs: number | null;
  /** When the last poll ended, answered or not. */
  lastPollMs: number | null;
  /** Queue messages published for this SET and not yet acknowledged by it (its /health `queueLag`). */
  backlog: number | null;
  /** Opens and shares applied per second between the last two answers; null until two answers from one SET run. */
  payOpsPerSecond: number | null;
  /** Opens and shares applied since the SET process started (its /health `applied`). */
  appliedTotal: number | null;
  /** Operations the SET refused since it started, all reasons (its /health `rejectedTotal`). */
  refusedTotal: number | null;
  /** Polls failed in a row (0 while up). */
  failedPolls: number;
  lastError: string | null;
  lastErrorAtMs: number | null;
  /**
   * Since when the SET makes no progress with work waiting: an answer showed a backlog above 0 and an `applied`
   * count not grown since the previous answer of the same run (then it is that previous answer's time when work
   * was already waiting at it, else this answer's). Null while it progresses, has no backlog, is down or just restarted.
   */
  stalledSinceMs: number | null;
  /** No progress with work waiting for at least the monitor's `stallAfterMs` (as of the last answer). */
  stalled: boolean;
}

export interface MoneySetsMonitorOptions {
  sets: readonly MoneySetEndpoint[];
  intervalMs: number;
  timeoutMs: number;
  /** How long a SET that answers may make no progress with work waiting before it is `stalled` (default 10 s). */
  stallAfterMs?: number;
  logger: Logger;
  now?: () => number;
}

/** An error text is kept for the console; a SET answering a huge body must not grow the instance. */
const MAX_ERROR_CHARS = 300;
export const DEFAULT_STALL_AFTER_MS = 10_000;

interface HealthAnswer { queueLag?: unknown; applied?: unknown; rejectedTotal?: unknown }

export class MoneySetsMonitor {
  private readonly states: MoneySetState[];
  private readonly now: () => number;
  private readonly stallAfterMs: number;
  private timer: NodeJS.Timeout | null = null;
  private stopped = true;
  private round: Promise<void> | null = null;

  constructor(private readonly o: MoneySetsMonitorOptions) {
    this.now = o.now ?? Date.now;
    this.stallAfterMs = o.stallAfterMs ?? DEFAULT_STALL_AFTER_MS;
    this.states = o.sets.map((s) => ({
      set: s.set, url: s.url, up: false, lastSeenMs: null, lastPollMs: null, backlog: null, payOpsPerSecond: null,
      appliedTotal: null, refusedTotal: null, failedPolls: 0, lastError: null, lastErrorAtMs: null, stalledSinceMs: null, stalled: false,
    }));
  }

  get intervalMs(): number { return this.o.intervalMs; }

  /** Polls at once, then every interval. */
  start(): void {
    if (!this.stopped || this.states.length === 0) return;
    this.stopped = false;
    const loop = () => {
      const startedMs = this.now();
      this.round = this.pollOnce().finally(() => {
        this.round = null;
        if (this.stopped) return;
        this.timer = setTimeout(loop, Math.max(0, this.o.intervalMs - (this.now() - startedMs)));
        // The monitor only watches: it never keeps a stopping process alive.
        this.timer.unref();
      });
    };
    loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.round;
  }

  /** Copies of the last state per SET, by SET index. */
  snapshot(): MoneySetState[] {
    return this.states.map((s) => ({ ...s }));
  }

  /** One poll of every SET (all at once); resolves when each answered or timed out. */
  async pollOnce(): Promise<void> {
    await Promise.all(this.states.map((s) => this.poll(s)));
  }

  private async poll(s: MoneySetState): Promise<void> {
    let answer: HealthAnswer;
    try {
      answer = await this.fetchHealth(s.url);
    } catch (e) {
      this.markDown(s, describe(e, this.o.timeoutMs));
      return;
    }
    this.markUp(s, answer);
  }

  private async fetchHealth(url: string): Promise<HealthAnswer> {
    const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(this.o.timeoutMs) });
    const text = await res.text();
    if (res.status !== 200) throw new Error(`/health answered HTTP ${res.status}: ${text.slice(0, 120)}`);
    const body = JSON.parse(text) as unknown;
    if (typeof body !== 'object' || body === null) throw new Error('/health answered something other than a JSON object');
    return body as HealthAnswer;
  }

  private markUp(s: MoneySetState, a: HealthAnswer): void {
    const nowMs = this.now();
    const applied = count(a.applied);
    // A count lower than the last one is a restarted SET: no rate across the restart, the new count is the next baseline.
    s.payOpsPerSecond = applied !== null && s.appliedTotal !== null && s.lastSeenMs !== null && applied >= s.appliedTotal && nowMs > s.lastSeenMs
      ? ((applied - s.appliedTotal) * 1000) / (nowMs - s.lastSeenMs) : null;
    if (!s.up) this.o.logger.info({ moneySet: s.set, url: s.url, downPolls: s.failedPolls }, 'money SET answers');
    const backlog = count(a.queueLag);
    const refused = refusals(a.rejectedTotal);
    this.trackProgress(s, backlog, applied, refused, nowMs);
    Object.assign(s, { up: true, lastSeenMs: nowMs, lastPollMs: nowMs, backlog, appliedTotal: applied, refusedTotal: refused, failedPolls: 0 });
  }

  /** Before `s` takes the new answer in: starts, keeps or clears its no-progress time, and logs the turns to and from stalled. */
  private trackProgress(s: MoneySetState, backlog: number | null, applied: number | null, refused: number | null, nowMs: number): void {
    // Judged only against the previous answer of the same run: not across a down spell, nor a restart (count going down).
    // A SET working through redeliveries or refusals applies nothing new yet moves: its backlog falls or its refusals grow.
    const moving = (s.backlog !== null && backlog !== null && backlog < s.backlog) || (refused !== null && s.refusedTotal !== null && refused > s.refusedTotal);
    const stuck = s.up && !moving && backlog !== null && backlog > 0 && applied !== null && applied === s.appliedTotal;
    if (!stuck) {
      if (s.stalled) {
        this.o.logger.info({ moneySet: s.set, url: s.url, backlog, stalledForMs: nowMs - s.stalledSinceMs! }, 'money SET makes progress again');
      }
      Object.assign(s, { stalledSinceMs: null, stalled: false });
      return;
    }
    s.stalledSinceMs ??= s.backlog !== null && s.backlog > 0 ? s.lastSeenMs! : nowMs;
    const stalledForMs = nowMs - s.stalledSinceMs;
    if (!s.stalled && stalledForMs >= this.stallAfterMs) {
      s.stalled = true;
      this.o.logger.warn({ moneySet: s.set, url: s.url, backlog, stalledForMs }, 'money SET stalled: work waiting and nothing applied');
    }
  }

  private markDown(s: MoneySetState, error: string): void {
    const nowMs = this.now();
    if (s.up || s.failedPolls === 0) this.o.logger.warn({ moneySet: s.set, url: s.url, err: error }, 'money SET does not answer');
    // Down is shown as down, not as stalled; the next run starts its own no-progress time.
    Object.assign(s, { up: false, lastPollMs: nowMs, payOpsPerSecond: null, failedPolls: s.failedPolls + 1, lastError: error, lastErrorAtMs: nowMs,
      stalledSinceMs: null, stalled: false });
  }
}

function count(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : null;
}

function refusals(v: unknown): number | null {
  if (typeof v !== 'object' || v === null) return null;
  return Object.values(v).reduce((sum: number, n) => sum + (count(n) ?? 0), 0);
}

function describe(e: unknown, timeoutMs: number): string {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  const cause = err.cause?.code ?? err.cause?.message;
  return `${err.message ?? String(e)}${cause ? ` (${cause})` : ''}`.slice(0, MAX_ERROR_CHARS);
}
