/** Minimal Prometheus text exposition (format 0.0.4). */
export type Sample = { name: string; help: string; type: 'counter' | 'gauge'; value: number; labels?: Record<string, string> };

export function renderPrometheus(samples: Sample[]): string {
  const out: string[] = [];
  const seen = new Set<string>();
  for (const s of samples) {
    if (!seen.has(s.name)) {
      seen.add(s.name);
      out.push(`# HELP ${s.name} ${s.help}`, `# TYPE ${s.name} ${s.type}`);
    }
    const labels = s.labels
      ? `{${Object.entries(s.labels).map(([k, v]) => `${k}="${v.replace(/["\\\n]/g, '_')}"`).join(',')}}`
      : '';
    out.push(`${s.name}${labels} ${Number.isFinite(s.value) ? s.value : 0}`);
  }
  return out.join('\n') + '\n';
}
