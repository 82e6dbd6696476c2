/** A small read-only page: the fleet's resource coverage per manifest version (GET /api/coverage, refreshed every 2 s). */
export function coveragePage(): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Resource coverage</title>
<style>body{font:14px/1.45 system-ui,sans-serif;max-width:760px;margin:24px auto;padding:0 16px}table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:4px 10px}.cur{font-weight:700}</style>
</head><body><h1>Resource coverage</h1>
<p>Phones per resource manifest version they hold (reported by the gateways). Current version: <b id="current">-</b>; holding it: <b id="share">-</b> of <span id="phones">-</span> phones.</p>
<table id="versions"><thead><tr><th>manifest version</th><th>phones</th></tr></thead><tbody></tbody></table>
<h2>Per gateway</h2><table id="gateways"><thead><tr><th>gateway</th><th>coverage</th></tr></thead><tbody></tbody></table>
<script>
async function refresh() {
  const c = await (await fetch('/api/coverage')).json();
  document.getElementById('current').textContent = c.currentVersion;
  document.getElementById('share').textContent = (c.currentShare * 100).toFixed(1) + ' %';
  document.getElementById('phones').textContent = c.phones;
  const row = (cells, cls) => { const tr = document.createElement('tr'); if (cls) tr.className = cls; for (const x of cells) { const td = document.createElement('td'); td.textContent = x; tr.append(td); } return tr; };
  document.querySelector('#versions tbody').replaceChildren(...Object.entries(c.byVersion).map(([v, n]) => row([v === '0' ? '0 (none yet)' : v, n], Number(v) === c.currentVersion ? 'cur' : '')));
  document.querySelector('#gateways tbody').replaceChildren(...c.gateways.map((g) => row([g.gatewayId, Object.entries(g.coverage).map(([v, n]) => v + ': ' + n).join(', ')])));
}
refresh(); setInterval(refresh, 2000);
</script></body></html>
`;
}
