/**
 * `npm run money-sets -- status` against a stand-in config instance answering
 * GET /api/money-sets: every SET up exits 0; a STALLED SET (answers, work
 * waiting, nothing applied) is shown as such with how long, and exits 2 like
 * a DOWN one, so a script or an operator's shell loop catches both.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import t from 'tap';
import type { MoneySetState } from '../../../config-service/index.ts';
import { runEntry } from '../../../test/helpers/run-entry.ts';
import { moneySetsTable } from '../money-sets-table.ts';

const NOW = 1_700_000_000_000;

// Async (not spawnSync): the stand-in instance answers from this process's event loop.
const status = (descriptor: string) => runEntry('ops/cli/money-sets.ts', ['status', '--deployment', descriptor]);

function set(i: number, over: Partial<MoneySetState> = {}): MoneySetState {
  return {
    set: i, url: `http://127.0.0.1:${8160 + i}`, up: true, lastSeenMs: NOW - 1_000, lastPollMs: NOW - 1_000, backlog: 3, payOpsPerSecond: 12.3,
    appliedTotal: 500, refusedTotal: 0, failedPolls: 0, lastError: null, lastErrorAtMs: null, stalledSinceMs: null, stalled: false, ...over,
  };
}
const stalled = (i: number) => set(i, { backlog: 40, payOpsPerSecond: 0, stalledSinceMs: NOW - 12_000, stalled: true });

t.test('the table: STALLED with how long it has applied nothing, DOWN with its error', async (t) => {
  const down = set(2, { up: false, failedPolls: 3, lastError: 'fetch failed (ECONNREFUSED)', payOpsPerSecond: null });
  const out = moneySetsTable([set(0), stalled(1), down], NOW);
  t.match(out, /^SET\s+state\s+backlog\s+pay ops\/s\s+refused\s+last seen\s+url\s+problem$/m);
  t.match(out, /^0\s+up\s+3\s+12\.3\s.*\s-$/m, 'up: no problem');
  t.match(out, /^1\s+STALLED\s+40\s+0\.0\s.*nothing applied for 12 s with work waiting$/m);
  t.match(out, /^2\s+DOWN\s+3\s+-\s.*fetch failed \(ECONNREFUSED\)$/m);
  t.match(moneySetsTable([set(0, { up: false, failedPolls: 0 })], NOW), /^0\s+not polled yet/m);
});

t.test('status exits 2 when a SET is stalled, as when one is down; 0 when all are up', async (t) => {
  let sets: MoneySetState[] = [];
  const server = http.createServer((req, res) => {
    res.writeHead(req.url === '/api/money-sets' ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ serverNowMs: NOW, pollIntervalMs: 2_000, sets }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const dir = mkdtempSync(path.join(os.tmpdir(), 'money-sets-cli-'));
  t.teardown(async () => { rmSync(dir, { recursive: true, force: true }); await new Promise((r) => server.close(r)); });
  const descriptor = path.join(dir, 'deployment.json');
  writeFileSync(descriptor, JSON.stringify({ config: { urls: [`http://127.0.0.1:${(server.address() as AddressInfo).port}`], operatorToken: 'unused' } }));

  sets = [set(0), set(1)];
  const ok = await status(descriptor);
  t.equal(ok.code, 0, `every SET up: exit 0 ${ok.err}`);

  sets = [set(0), stalled(1)];
  const stuck = await status(descriptor);
  t.equal(stuck.code, 2, 'a SET stalled: exit 2');
  t.match(stuck.out, /^1\s+STALLED\s+40\s.*nothing applied for 12 s/m);
  t.match(stuck.out, /^0\s+up\s/m);

  sets = [set(0, { up: false, failedPolls: 1, lastError: 'no answer within 1500 ms' }), set(1)];
  t.equal((await status(descriptor)).code, 2, 'a SET down: exit 2');
});
