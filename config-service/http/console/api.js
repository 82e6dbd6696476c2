// The console's link to the config service: it talks to one instance and,
// when that one stops answering, moves on to the next of its site and then
// the other site (the list comes from /api/state). A change retried on
// another instance is safe: it names its base version, so if the first try
// had landed, the retry is refused as a conflict instead of applied twice.
export class Api {
  constructor(onSwitch) {
    this.instances = [location.origin];
    this.current = location.origin;
    this.onSwitch = onSwitch;
  }
  setPeers(peers) {
    for (const p of peers) { const o = new URL(p).origin; if (!this.instances.includes(o)) this.instances.push(o); }
  }
  async request(path, init = {}, timeoutMs = 4000) {
    const order = [this.current, ...this.instances.filter((u) => u !== this.current)];
    let lastErr = new Error('no instance');
    for (const base of order) {
      try {
        const r = await fetch(base + path, { ...init, signal: AbortSignal.timeout(timeoutMs) });
        if (base !== this.current) { this.current = base; this.onSwitch(base); }
        return r;
      } catch (e) { lastErr = e; }
    }
    throw lastErr;
  }
  getJson(path) { return this.request(path).then((r) => r.json()); }
  /** POST with the operator token; resolves { ok, status, body }. */
  async post(path, body, token) {
    const r = await this.request(path, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token }, body: JSON.stringify(body) }, 15000);
    return { ok: r.ok, status: r.status, body: await r.json() };
  }
}
