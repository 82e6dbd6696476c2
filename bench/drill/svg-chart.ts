/** Small self-contained SVG line charts for the HTML report (no scripts, no external assets). */

export interface Series { name: string; color: string; values: (number | null)[]; dashed?: boolean }

const W = 760;
const H = 220;
const PAD = { l: 60, r: 12, t: 28, b: 30 };

function niceMax(v: number): number {
  if (v <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

function fmt(v: number): string {
  if (v >= 1e6) return `${+(v / 1e6).toFixed(1)}M`;
  if (v >= 1e4) return `${+(v / 1e3).toFixed(0)}k`;
  if (v >= 1e3) return `${+(v / 1e3).toFixed(1)}k`;
  return `${+v.toFixed(v < 10 ? 2 : 0)}`;
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** x = index (seconds); bands: shaded x ranges with a label (phases, faults). */
export function lineChart(title: string, unit: string, series: Series[], bands: { from: number; to: number; label: string; color: string }[] = [], yMax?: number): string {
  const n = Math.max(1, ...series.map((s) => s.values.length));
  const maxV = yMax ?? niceMax(Math.max(0, ...series.flatMap((s) => s.values.filter((v): v is number => v !== null && Number.isFinite(v)))));
  const x = (i: number) => PAD.l + ((W - PAD.l - PAD.r) * i) / Math.max(1, n - 1);
  const y = (v: number) => H - PAD.b - ((H - PAD.t - PAD.b) * Math.min(v, maxV)) / maxV;
  const parts: string[] = [];
  for (const b of bands) {
    parts.push(`<rect x="${x(b.from).toFixed(1)}" y="${PAD.t}" width="${Math.max(1, x(Math.min(b.to, n - 1)) - x(b.from)).toFixed(1)}" height="${H - PAD.t - PAD.b}" fill="${b.color}" opacity="0.12"/>`);
    parts.push(`<text x="${(x(b.from) + 3).toFixed(1)}" y="${PAD.t + 11}" font-size="10" fill="#555">${esc(b.label)}</text>`);
  }
  for (let k = 0; k <= 4; k++) {
    const v = (maxV * k) / 4;
    parts.push(`<line x1="${PAD.l}" x2="${W - PAD.r}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#ddd"/>`);
    parts.push(`<text x="${PAD.l - 6}" y="${(y(v) + 4).toFixed(1)}" font-size="10" text-anchor="end" fill="#444">${fmt(v)}</text>`);
  }
  const step = Math.max(1, Math.ceil(n / 12));
  for (let i = 0; i < n; i += step) parts.push(`<text x="${x(i).toFixed(1)}" y="${H - PAD.b + 14}" font-size="10" text-anchor="middle" fill="#444">${i}s</text>`);
  for (const s of series) {
    let d = '';
    s.values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v)) return;
      d += `${d && s.values[i - 1] !== null ? 'L' : 'M'}${x(i).toFixed(1)},${y(v).toFixed(1)}`;
    });
    parts.push(`<path d="${d}" fill="none" stroke="${s.color}" stroke-width="1.8"${s.dashed ? ' stroke-dasharray="5,4"' : ''}/>`);
  }
  const legend = series.map((s, i) => `<g transform="translate(${PAD.l + 10 + i * 150},12)"><rect width="12" height="3" y="-3" fill="${s.color}"/><text x="16" font-size="11" fill="#222">${esc(s.name)}</text></g>`).join('');
  return `<figure><figcaption>${esc(title)} <span class="unit">(${esc(unit)})</span></figcaption>` +
    `<svg viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-label="${esc(title)}">${parts.join('')}${legend}</svg></figure>`;
}
