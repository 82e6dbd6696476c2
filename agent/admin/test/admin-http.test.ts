/** The agent's admin HTTP against hostile callers: bounded, clear errors, keeps serving. */
import t from 'tap';
import { AgentAdminServer } from '../admin-http.ts';
import { fuzzHttp, rawHostileRequests } from '../../../test/helpers/http-abuse.ts';

t.test('fuzz and hostile raw requests: clear answers, still serving', async (t) => {
  const server = new AgentAdminServer({ health: async () => ({ ok: true }), status: async () => ({ ok: true }), metrics: async () => '' });
  const port = await server.listen('127.0.0.1', 0);
  t.teardown(() => server.close());
  const base = `http://127.0.0.1:${port}`;
  const lines = await rawHostileRequests(port);
  t.ok(lines.every((l) => l === '' || /^HTTP\/1\.1 4\d\d/.test(l)), `refused with a 4xx or closed: ${JSON.stringify(lines)}`);
  const seen = await fuzzHttp({ base, routes: ['/health', '/status', '/metrics', '/', '/admin'], numRuns: 60 });
  t.ok(seen[404] && seen[200], `statuses: ${JSON.stringify(seen)}`);
  const r = await fetch(`${base}/nope`);
  t.same(await r.json(), { code: 'NOT_FOUND', message: 'try GET /health, GET /status or GET /metrics' }, 'the one error shape');
  t.equal((await fetch(`${base}/status`)).status, 200, 'still serving');
});
