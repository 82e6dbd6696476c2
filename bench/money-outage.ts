/**
 * Shake latency before and during a money-service outage. A real embedded
 * deployment (config service, money service, one gateway, its agent); phones
 * shake at a steady rate on their own WebSockets while friends keep sending
 * grabs (which go gateway -> agent -> money service). Phase 1: money up.
 * Phase 2: money killed; grabs are answered TRY_AGAIN_LATER. Target: shake p99
 * during the outage within 2x of before; grab answers within 250 ms.
 *
 *   node --import tsx bench/money-outage.ts [--phones 200] [--grabbers 20] [--seconds 15] [--interval-ms 1100]
 */
import path from 'node:path';
import { mkdtempSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import WebSocket from 'ws';
import { Deployment } from '../ops/deploy/deployment.ts';
import { makeUserToken } from '../gateway/auth/user-token.ts';
import { shake } from '../contracts/proto/gen/shake.js';
import { Histogram } from './lib/histogram.ts';
import { fmtMs, sleep } from './lib/summary.ts';

const { values } = parseArgs({ options: {
  phones: { type: 'string', default: '200' }, grabbers: { type: 'string', default: '20' },
  seconds: { type: 'string', default: '15' }, 'interval-ms': { type: 'string', default: '1100' },
} });
const PHONES = Number(values.phones);
const GRABBERS = Number(values.grabbers);
const SECONDS = Number(values.seconds);
const INTERVAL_MS = Number(values['interval-ms']);
const { ClientMessage, ServerMessage } = shake.v1;

interface Phone { ws: WebSocket; sent: Map<number, number>; seq: number }

function connect(url: string, secret: string, userId: string, onReply: (m: shake.v1.ServerMessage, sentAt: number) => void): Promise<Phone> {
  const ws = new WebSocket(`${url}?token=${makeUserToken(secret, userId, Date.now() + 3600_000)}`, { perMessageDeflate: false });
  const p: Phone = { ws, sent: new Map(), seq: 0 };
  ws.on('message', (d: Buffer) => {
    const m = ServerMessage.decode(d);
    const at = p.sent.get(m.seq);
    if (at === undefined) return;
    p.sent.delete(m.seq);
    onReply(m, at);
  });
  return new Promise((resolve, reject) => { ws.once('open', () => resolve(p)); ws.once('error', reject); });
}

function send(p: Phone, op: shake.v1.IClientMessage): void {
  p.seq++;
  p.sent.set(p.seq, performance.now());
  p.ws.send(ClientMessage.encode({ ...op, seq: p.seq }).finish());
}

const dir = mkdtempSync(path.join(tmpdir(), 'money-outage-'));
console.log(`starting an embedded deployment in ${dir} (machine shared: figures are noisy) ...`);
const dep = await Deployment.start({ profile: 'embedded', dir, fresh: true, gateways: 1, basePort: 0, seedCount: 2000, logLevel: 'warn', say: () => {} });
let phase: 'before' | 'during' = 'before';
const shakes = { before: new Histogram(), during: new Histogram() };
const grabs = { before: new Histogram(), during: new Histogram() };
const grabCodes = { before: new Map<string, number>(), during: new Map<string, number>() };
try {
  const gw = dep.info.gateways[0];
  const secret = dep.info.secrets.auth;
  const phones = await Promise.all(Array.from({ length: PHONES }, (_, i) => connect(gw.wsUrl, secret, `shaker-${i}`, (m, at) => {
    if (m.shake) shakes[phase].recordMs(performance.now() - at);
  })));
  const grabbers = await Promise.all(Array.from({ length: GRABBERS }, (_, i) => connect(gw.wsUrl, secret, `grabber-${i}`, (m, at) => {
    grabs[phase].recordMs(performance.now() - at);
    const answer = m.grab ? 'granted' : m.error?.code ?? 'other';
    grabCodes[phase].set(answer, (grabCodes[phase].get(answer) ?? 0) + 1);
  })));
  // Open loop: each phone shakes every INTERVAL_MS (staggered); each grabber grabs every 200 ms.
  const timers = phones.map((p, i) => setTimeout(() => { send(p, { shake: {} }); timers[i] = setInterval(() => send(p, { shake: {} }), INTERVAL_MS); }, (i * INTERVAL_MS) / PHONES));
  const grabTimer = setInterval(() => { for (const g of grabbers) send(g, { grab: { groupPacketId: `p${Math.floor(Math.random() * 1e6)}` } }); }, 200);
  await sleep(2000); // warm-up, not measured
  shakes.before = new Histogram(); grabs.before = new Histogram(); grabCodes.before.clear();
  await sleep(SECONDS * 1000);
  await dep.kill('money');
  phase = 'during';
  await sleep(SECONDS * 1000);
  clearInterval(grabTimer);
  for (const t of timers) clearInterval(t);
  for (const p of [...phones, ...grabbers]) p.ws.close();
} finally {
  await dep.stop();
  rmSync(dir, { recursive: true, force: true });
}
const row = (h: Histogram) => `n=${h.count} p50 ${fmtMs(h.quantileMs(0.5))} p99 ${fmtMs(h.quantileMs(0.99))} max ${fmtMs(h.maxUs / 1000)}`;
const ratio = shakes.during.quantileMs(0.99) / Math.max(0.001, shakes.before.quantileMs(0.99));
console.log(`phones ${PHONES} (one shake per ${INTERVAL_MS} ms each), grabbers ${GRABBERS} (5 grabs/s each), ${SECONDS} s per phase`);
console.log(`shakes, money up:    ${row(shakes.before)}`);
console.log(`shakes, money down:  ${row(shakes.during)}`);
console.log(`shake p99 during/before: ${ratio.toFixed(2)}x (target <= 2x) ${ratio <= 2 ? 'OK' : 'OVER'}`);
console.log(`grabs, money up:     ${row(grabs.before)}  ${JSON.stringify(Object.fromEntries(grabCodes.before))}`);
console.log(`grabs, money down:   ${row(grabs.during)}  ${JSON.stringify(Object.fromEntries(grabCodes.during))} (target: max < 250 ms)`);
const out = path.join('bench', 'out');
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'money-outage.json'), JSON.stringify({
  phones: PHONES, grabbers: GRABBERS, seconds: SECONDS, intervalMs: INTERVAL_MS, ratio,
  shakes: { before: shakes.before.summary(), during: shakes.during.summary() }, grabs: { before: grabs.before.summary(), during: grabs.during.summary() },
}, null, 2));
process.exit(0);
