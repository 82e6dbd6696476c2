/**
 * The one way a process builds its Prometheus registry (prom-client): its own
 * metrics in a registry of its own, rendered together with the process-wide
 * default metrics (CPU, memory, handles, GC, event-loop lag). Default metrics
 * describe the whole process, so they are collected once per process even when
 * several parts (gateway, agent, money, config in the embedded deployment) run
 * in it and each serves its own /metrics. Standard names, no prefix: dashboards
 * built for Node processes work unchanged; the scrape job says which process.
 */
import { collectDefaultMetrics, Registry } from 'prom-client';

/** The content type of the text exposition format (0.0.4) that every /metrics answers with. */
export const METRICS_CONTENT_TYPE = Registry.PROMETHEUS_CONTENT_TYPE;

let processRegistry: Registry | null = null;

/** Process and event-loop metrics of this process, collected from the first call on. */
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** A registry for one part's own metrics (starts the process metrics if not yet running). */
export function createMetricsRegistry(): Registry {
  processMetrics();
  return new Registry();
}

/** The text a GET /metrics answers: the part's own metrics, then the process's. */
export async function renderMetrics(own: Registry): Promise<string> {
  const [mine, proc] = await Promise.all([own.metrics(), processMetrics().metrics()]);
  return mine.trim() === '' ? proc : `${mine.trimEnd()}\n\n${proc}`;
}
