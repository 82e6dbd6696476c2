/**
 * Counters and gauges named once: each is declared here with its Prometheus
 * name, help, and the one function that reads it; /status takes its numbers
 * from the same declarations (by the entry's status key), so the two can
 * never disagree or drift apart. The values live where the work happens (the
 * IO threads' and logic workers' own counters, summed on the main thread);
 * the table reads them once per scrape or status call.
 */
import { Counter, Gauge, type Registry } from 'prom-client';

type Reading = number | Record<string, number>;

interface Entry<S> {
  /** The field of /status `counters` that shows it (none: /metrics only). */
  statusKey: string | null;
  /** Fixed labels of this entry, or the label a Record reading is spread over. */
  labels: Record<string, string>;
  spreadLabel: string | null;
  read: (s: S) => Reading;
}

interface Family<S> {
  metric: Counter<string> | Gauge<string>;
  entries: Entry<S>[];
}

export interface EntryOptions {
  /** The /status `counters` field for this number. */
  statusKey?: string;
  labels?: Record<string, string>;
  /** The reading is a Record: one sample per key, under this label. */
  spreadLabel?: string;
}

export class MetricTable<S> {
  private readonly families = new Map<string, Family<S>>();
  private readonly entries: Entry<S>[] = [];
  private memo: S | null = null;

  /** `snapshot` gathers every number once; it is taken at most once per scrape or status call. */
  constructor(private readonly registry: Registry, private readonly snapshot: () => S) {}

  /** A monotonically growing count; the name must end in `_total`. */
  counter(name: string, help: string, read: (s: S) => Reading, o: EntryOptions = {}): this {
    if (!name.endsWith('_total')) throw new Error(`counter ${name} must end in _total`);
    return this.add('counter', name, help, read, o);
  }

  /** A level that goes up and down (units last in the name). */
  gauge(name: string, help: string, read: (s: S) => Reading, o: EntryOptions = {}): this {
    return this.add('gauge', name, help, read, o);
  }

  /** The numbers that have a status key, as /status shows them. */
  status(): Record<string, Reading> {
    const s = this.current();
    const out: Record<string, Reading> = {};
    for (const e of this.entries) if (e.statusKey) out[e.statusKey] = e.read(s);
    return out;
  }

  private current(): S {
    if (this.memo === null) {
      this.memo = this.snapshot();
      // Every metric of one scrape is collected in the same turn: one snapshot serves them all.
      queueMicrotask(() => { this.memo = null; });
    }
    return this.memo;
  }

  private add(type: 'counter' | 'gauge', name: string, help: string, read: (s: S) => Reading, o: EntryOptions): this {
    const entry: Entry<S> = { statusKey: o.statusKey ?? null, labels: o.labels ?? {}, spreadLabel: o.spreadLabel ?? null, read };
    this.entries.push(entry);
    let family = this.families.get(name);
    if (!family) {
      const labelNames = [...Object.keys(entry.labels), ...(entry.spreadLabel ? [entry.spreadLabel] : [])];
      const table = this;
      const f: Family<S> = { entries: [], metric: null as unknown as Family<S>['metric'] };
      const collect = function (this: Counter<string> | Gauge<string>): void { table.collect(f, this); };
      f.metric = type === 'counter'
        ? new Counter({ name, help, labelNames, registers: [this.registry], collect })
        : new Gauge({ name, help, labelNames, registers: [this.registry], collect });
      this.families.set(name, (family = f));
    }
    family.entries.push(entry);
    return this;
  }

  private collect(f: Family<S>, metric: Counter<string> | Gauge<string>): void {
    const s = this.current();
    metric.reset();
    for (const e of f.entries) {
      const v = e.read(s);
      if (typeof v === 'number') set(metric, e.labels, v);
      else for (const [k, n] of Object.entries(v)) set(metric, { ...e.labels, [e.spreadLabel ?? 'key']: k }, n);
    }
  }
}

function set(metric: Counter<string> | Gauge<string>, labels: Record<string, string>, value: number): void {
  const v = Number.isFinite(value) ? value : 0;
  if (metric instanceof Gauge) metric.set(labels, v);
  else metric.inc(labels, Math.max(0, v));
}
