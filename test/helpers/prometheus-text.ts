/**
 * Reads the Prometheus text exposition format (0.0.4) as a scraper does, for
 * tests that scrape a process's /metrics: families with their TYPE and samples,
 * and the checks a histogram must pass to be usable by histogram_quantile.
 */
export interface PromSample { name: string; labels: Record<string, string>; value: number }
export interface PromFamily { name: string; type: string; help: string; samples: PromSample[] }

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

export function parsePrometheusText(text: string): Map<string, PromFamily> {
  const families = new Map<string, PromFamily>();
  const family = (name: string): PromFamily => {
    let f = families.get(name);
    if (!f) families.set(name, (f = { name, type: 'untyped', help: '', samples: [] }));
    return f;
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const meta = /^# (HELP|TYPE) (\S+) ?(.*)$/.exec(line);
    if (meta) {
      if (meta[1] === 'TYPE') family(meta[2]).type = meta[3];
      else family(meta[2]).help = meta[3];
      continue;
    }
    if (line.startsWith('#')) continue;
    const m = SAMPLE.exec(line);
    if (!m) throw new Error(`not a sample line: ${line}`);
    const labels: Record<string, string> = {};
    for (const l of (m[2] ?? '').matchAll(LABEL)) labels[l[1]] = l[2];
    const value = m[3] === '+Inf' ? Infinity : m[3] === '-Inf' ? -Infinity : Number(m[3]);
    // Prometheus parses values with Go's ParseFloat: NaN in any case (prom-client writes "Nan").
    if (Number.isNaN(value) && m[3].toLowerCase() !== 'nan') throw new Error(`bad value: ${line}`);
    family(familyOf(m[1], families)).samples.push({ name: m[1], labels, value });
  }
  return families;
}

/** A histogram's _bucket/_sum/_count and a summary's _sum/_count belong to the declared family. */
function familyOf(sample: string, families: Map<string, PromFamily>): string {
  for (const suffix of ['_bucket', '_sum', '_count']) {
    if (sample.endsWith(suffix)) {
      const base = sample.slice(0, -suffix.length);
      const f = families.get(base);
      if (f && (f.type === 'histogram' || f.type === 'summary')) return base;
    }
  }
  return sample;
}

/**
 * Problems with a histogram family, per label set: buckets must be
 * cumulative (never decreasing with `le`), end in `le="+Inf"` equal to
 * _count, and come with _sum. Empty when the histogram is well formed.
 */
export function histogramProblems(f: PromFamily): string[] {
  if (f.type !== 'histogram') return [`${f.name} is a ${f.type}, not a histogram`];
  const problems: string[] = [];
  const series = new Map<string, { buckets: Array<[number, number]>; sum?: number; count?: number }>();
  for (const s of f.samples) {
    const { le, ...rest } = s.labels;
    const key = JSON.stringify(rest);
    const e = series.get(key) ?? { buckets: [] };
    series.set(key, e);
    if (s.name === `${f.name}_bucket`) e.buckets.push([le === '+Inf' ? Infinity : Number(le), s.value]);
    else if (s.name === `${f.name}_sum`) e.sum = s.value;
    else if (s.name === `${f.name}_count`) e.count = s.value;
  }
  if (series.size === 0) problems.push(`${f.name}: no samples`);
  for (const [key, e] of series) {
    const sorted = [...e.buckets].sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < sorted.length; i++) if (sorted[i][1] < sorted[i - 1][1]) problems.push(`${f.name}${key}: bucket le=${sorted[i][0]} below le=${sorted[i - 1][0]}`);
    const inf = sorted.at(-1);
    if (!inf || inf[0] !== Infinity) problems.push(`${f.name}${key}: no le="+Inf" bucket`);
    if (e.count === undefined || e.sum === undefined) problems.push(`${f.name}${key}: _sum or _count missing`);
    else if (inf && inf[1] !== e.count) problems.push(`${f.name}${key}: +Inf bucket ${inf[1]} != _count ${e.count}`);
  }
  return problems;
}

/** Observations in the series of a histogram whose labels include `labels` (its _count). */
export function histogramCount(f: PromFamily | undefined, labels: Record<string, string> = {}): number {
  return (f?.samples ?? []).filter((s) => s.name === `${f!.name}_count` && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((a, s) => a + s.value, 0);
}
