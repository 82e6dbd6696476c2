/** Combines the load signals into one score, 0..1: the largest weighted signal (the scarcest resource decides). */
export interface LoadSignals {
  /** Event-loop utilization of the IO thread. */
  ioElu: number;
  /** Event-loop utilization of the active logic worker. */
  workerElu: number;
  /** Process CPU time / wall time / cores. */
  cpu: number;
  /** Request ring bytes used / capacity. */
  ringFill: number;
  /** IO thread event-loop delay (p90 over the sample) / lagFullMs: what phones feel, also when the machine starves us of CPU. */
  lag: number;
}

export type SignalWeights = LoadSignals;

export function loadScore(s: LoadSignals, w: SignalWeights): number {
  const v = Math.max(s.ioElu * w.ioElu, s.workerElu * w.workerElu, s.cpu * w.cpu, s.ringFill * w.ringFill, s.lag * w.lag);
  return Number.isFinite(v) ? Math.min(1, Math.max(0, v)) : 0;
}
