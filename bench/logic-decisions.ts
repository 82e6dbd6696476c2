/**
 * Decisions per second of the logic layer alone (issue 3): request frames in
 * memory -> RequestHandler (decode -> timeline/draw/caps/pool -> encode), one
 * thread, no rings, no sockets. Scenarios: between rounds (segment draw),
 * in a round that draws but finds the pool empty, in a round where the draw
 * says no, and a round giving packets (issuance staged + flushed per batch).
 *
 *   node --import tsx bench/logic-decisions.ts [--seconds 2]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { shake } from '../contracts/proto/gen/shake.js';
import { RequestHandler } from '../gateway/logic/request-handler.ts';
import { encodeRequestPrefix } from '../gateway/frame-format.ts';
import { ShowApp } from '../gateway/logic/show/shake-decision.ts';
import { createPoolBuffers, PoolProducer } from '../gateway/pool/packet-pool.ts';
import { createJournalBuffers } from '../gateway/journal/journal-link.ts';
import { defaultShowConfig } from '../contracts/show/default-show.ts';
import type { ShowConfig } from '../contracts/show/types.ts';

const secondsAt = process.argv.indexOf('--seconds');
const seconds = secondsAt > 0 ? Number(process.argv[secondsAt + 1]) : 2;
if (!(seconds > 0)) throw new Error('--seconds must be a positive number');
const noop = () => {};
const counters = { forgedCookie: noop, issued: noop, capRefused: noop, poolEmpty: noop, opened: noop, shared: noop, redelivered: noop };
const USERS = 10_000;

const frames = Array.from({ length: USERS }, (_, i) => {
  const body = shake.v1.ClientMessage.encode({ seq: i + 1, shake: {} }).finish();
  const prefix = encodeRequestPrefix(`user${i}`);
  const f = new Uint8Array(prefix.length + body.length);
  f.set(prefix);
  f.set(body, prefix.length);
  return f;
});

function scenario(name: string, show: ShowConfig, poolPackets: number, batch: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'decisions-'));
  const pool = createPoolBuffers(Math.max(poolPackets, 1));
  const producer = new PoolProducer(pool);
  for (let i = 0; i < poolPackets; i += 1000) {
    producer.offer(Array.from({ length: Math.min(1000, poolPackets - i) }, (_, j) => ({ packetId: `p${i + j}`, sponsorId: `s${(i + j) % 50}`, amountCents: 100, shares: 3, shareAmountCents: 300 })));
  }
  const app = new ShowApp({
    kind: 'show', gatewayId: 'gw-bench', show, secrets: { cookie: 'bench-cookie-secret-000', packetToken: 'bench-packet-secret-000' },
    dataDir: dir, processKey: 'bench', packetTtlMs: 3_600_000, pool, feedWins: [], clock: new SharedArrayBuffer(8), journal: createJournalBuffers(),
  }, counters);
  const handler = new RequestHandler(app);
  let n = 0;
  let reqId = 0;
  const t0 = process.hrtime.bigint();
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    for (let i = 0; i < batch; i++) handler.handleFrame(frames[(n + i) % USERS], ++reqId);
    app.flush();
    n += batch;
  }
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  app.close();
  rmSync(dir, { recursive: true, force: true });
  console.log(`  ${name.padEnd(44)} ${Math.round(n / secs).toLocaleString('en-US').padStart(11)} decisions/s`);
  return n / secs;
}

const now = Date.now();
const base = defaultShowConfig(now, { firstRoundInMs: 3_600_000 });
const inRound = (p: number): ShowConfig => ({ ...base, rounds: [{ ...base.rounds[0], startMs: now - 1000, endMs: now + 3_600_000, packetDrawProbability: p }] });
console.log(`logic decisions, one thread, ${seconds} s each (decode -> decide -> encode per request; batches of 256 flushed)`);
const results = [
  scenario('between rounds (segment draw)', base, 0, 256),
  scenario('in a round, draw says no (p=0)', inRound(0), 0, 256),
  scenario('in a round, pool empty (p=1)', inRound(1), 0, 256),
  scenario('in a round, packets issued (p=0.01, SQLite)', inRound(0.01), 2_000_000, 256),
];
console.log(`  target >= 1,000,000 decisions/s: ${results.slice(0, 3).every((r) => r >= 1e6) ? 'met' : 'NOT met'} on the shake paths that issue nothing`);
