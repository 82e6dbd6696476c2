/**
 * Pass/fail thresholds over the drill's summary metrics, as k6 / Gatling do:
 * `{ "metric": "shake.latency.p99", "op": "<", "value": 100 }`. A metric that
 * does not exist fails its threshold (a typo must not pass silently).
 */
export interface Threshold {
  metric: string;
  op: '<' | '<=' | '>' | '>=' | '==';
  value: number;
}

export interface ThresholdResult extends Threshold {
  actual: number | null;
  pass: boolean;
}

/** Metric names the summary provides (see summaryMetrics in report-data.ts). */
export function evaluateThresholds(thresholds: Threshold[], metrics: Record<string, number>): ThresholdResult[] {
  return thresholds.map((t) => {
    const actual = Object.prototype.hasOwnProperty.call(metrics, t.metric) ? metrics[t.metric] : null;
    let pass = false;
    if (actual !== null && Number.isFinite(actual)) {
      switch (t.op) {
        case '<': pass = actual < t.value; break;
        case '<=': pass = actual <= t.value; break;
        case '>': pass = actual > t.value; break;
        case '>=': pass = actual >= t.value; break;
        case '==': pass = actual === t.value; break;
      }
    }
    return { ...t, actual, pass };
  });
}
