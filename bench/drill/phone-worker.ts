/**
 * A drill worker (thread or child process): simulated phones on the client
 * SDK. Connects its phones, then follows its share of the shake-rate curve
 * (open loop, ticks of 10 ms), opens and shares what it wins, and reports per
 * second. At the end it hands over every packet won and every open/share the
 * gateway acknowledged, for the invariant checks.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { makeUserToken } from '../../gateway/auth/user-token.ts';
import { ShakeClient, Outcome, OpStatus, type ShakeResult } from '../../client/index.ts';
import { nodeWebSocketFactory } from '../../client/node-websocket.ts';
import { Histogram } from '../lib/histogram.ts';
import { shakesDueBy, type resolvedPhases } from './scenario.ts';
import { emptyTick, type WorkerInit, type WorkerTick, type WonRecord, type AckRecord, type ToWorker, type FromWorker } from './worker-messages.ts';

interface Phone { userId: string; client: ShakeClient; inFlight: number; wonIds: Set<string> }

const send = (m: FromWorker) => (parentPort ? parentPort.postMessage(m) : process.send!(m));
const onMessage = (f: (m: ToWorker) => void) => (parentPort ? parentPort.on('message', f) : process.on('message', (m) => f(m as ToWorker)));
const init: WorkerInit = parentPort ? (workerData as { data: WorkerInit }).data : JSON.parse(process.env.DRILL_WORKER_INIT!) as WorkerInit;

const phones: Phone[] = [];
const won: WonRecord[] = [];
const acks: AckRecord[] = [];
let tick: WorkerTick = emptyTick(0);
let hist = new Histogram();
let t0 = 0;
let stopped = false;
let ended = false;
let inFlightTotal = 0;

for (let i = 0; i < init.count; i++) {
  const u = init.firstUser + i;
  const userId = `drill-${init.runId}-${u}`;
  const g = init.gatewayUrls.length;
  const order = Array.from({ length: g }, (_, k) => init.gatewayUrls[(u + k) % g]);
  const client = new ShakeClient({
    gateways: order, token: makeUserToken(init.authSecret, userId, Date.now() + 6 * 3600_000),
    webSocket: nodeWebSocketFactory({ localAddress: init.localAddresses[u % init.localAddresses.length] }),
    rateLimitMode: 'reject',
    listener: {
      busy: () => { tick.busy++; },
      requestTimeout: () => { tick.timeouts++; },
      disconnected: () => { tick.disconnects++; },
      connectFailed: () => { tick.connectFailures++; },
    },
  });
  phones.push({ userId, client, inFlight: 0, wonIds: new Set() });
}

async function connectAll(): Promise<void> {
  let next = 0;
  let failed = 0;
  let firstError: string | undefined;
  const lane = async () => {
    while (next < phones.length) {
      const p = phones[next++];
      try { await p.client.connect(); } catch (e) { failed++; firstError ??= (e as Error).message; }
    }
  };
  await Promise.all(Array.from({ length: Math.min(64, phones.length) }, lane));
  send({ type: 'connected', connected: phones.length - failed, failed, firstError });
}

function record(code: string): void {
  tick.failed[code] = (tick.failed[code] ?? 0) + 1;
}

function afterWin(p: Phone, r: ShakeResult): void {
  const pk = r.packet!;
  // A packet handed again after a reconnect (its first reply may have been lost) is the same win, opened once.
  if (p.wonIds.has(pk.packetId)) return;
  p.wonIds.add(pk.packetId);
  won.push({ packetId: pk.packetId, userId: p.userId, sponsorId: pk.sponsorId, gateway: p.client.currentUrl ?? '' });
  tick.won++;
  if (Math.random() >= init.openFraction) return;
  p.client.open(pk.token).then((o) => {
    if (o.status !== OpStatus.OK) { record(`OPEN_STATUS_${o.status}`); return; }
    tick.opened++;
    acks.push({ operationId: o.operationId, userId: p.userId, packetId: pk.packetId, kind: 'open' });
    if (pk.shares === 0 || Math.random() >= init.shareFraction) return;
    return p.client.share(pk.token).then((s) => {
      if (s.status !== OpStatus.OK) { record(`SHARE_STATUS_${s.status}`); return; }
      tick.shared++;
      acks.push({ operationId: s.operationId, userId: p.userId, packetId: pk.packetId, kind: 'share' });
      tick.sharedPackets.push(pk.packetId);
    });
  }).catch((e: { code?: string }) => { tick.opFailed++; record(e.code ?? 'UNCODED_ERROR'); });
}

function shakeOnce(p: Phone): void {
  p.inFlight++;
  inFlightTotal++;
  tick.sent++;
  const t = performance.now();
  p.client.shake().then((r) => {
    hist.recordMs(performance.now() - t);
    tick.ok++;
    tick.outcomes[r.outcome] = (tick.outcomes[r.outcome] ?? 0) + 1;
    if (r.noPacketReason) tick.reasons[r.noPacketReason] = (tick.reasons[r.noPacketReason] ?? 0) + 1;
    if (r.outcome === Outcome.RED_PACKET && r.packet) afterWin(p, r);
  }, (e: { code?: string }) => record(e.code ?? 'UNCODED_ERROR')).finally(() => { p.inFlight--; inFlightTotal--; });
}

let cursor = 0;
let sentTotal = 0;
function pump(phases: ReturnType<typeof resolvedPhases>): void {
  if (stopped) return;
  const now = Date.now();
  const due = Math.floor(shakesDueBy(phases, (now - t0) / 1000) * init.rateShare);
  let want = due - sentTotal;
  let tries = 0;
  while (want > 0 && tries < phones.length) {
    const p = phones[cursor];
    cursor = (cursor + 1) % phones.length;
    tries++;
    if (!p.client.connected || p.inFlight >= init.maxInFlightPerPhone) { tick.suppressedInFlight++; continue; }
    if (p.client.shakeAllowedInMs() > 0) { tick.suppressedTier++; continue; }
    shakeOnce(p);
    want--;
    sentTotal++;
    tries = 0;
  }
  // What could not be sent now is dropped (open loop: the curve moves on), and counted.
  if (want > 0) { tick.unsent += want; sentTotal += want; }
}

function flushTick(sec: number): void {
  const out = tick;
  out.latency = hist.serialize();
  out.inFlight = inFlightTotal;
  out.connected = phones.reduce((n, p) => n + (p.client.connected ? 1 : 0), 0);
  for (const p of phones) {
    const tier = p.client.rateLimit.tier;
    out.tiers[tier] = (out.tiers[tier] ?? 0) + 1;
  }
  send({ type: 'tick', tick: out });
  tick = emptyTick(sec + 1);
  hist = new Histogram();
}

async function run(startAtMs: number, phases: ReturnType<typeof resolvedPhases>, durationMs: number): Promise<void> {
  t0 = startAtMs;
  await new Promise((r) => setTimeout(r, Math.max(0, t0 - Date.now())));
  tick = emptyTick(0);
  let sec = 0;
  const pumpTimer = setInterval(() => pump(phases), 10);
  // Ticks aligned on t0 + k s (a setInterval drifts by seconds under load over a minute).
  let secTimer: NodeJS.Timeout;
  const scheduleFlush = () => {
    secTimer = setTimeout(() => { flushTick(sec); sec++; scheduleFlush(); }, Math.max(0, t0 + (sec + 1) * 1000 - Date.now()));
  };
  scheduleFlush();
  await new Promise((r) => setTimeout(r, t0 + durationMs - Date.now()));
  stopped = true;
  clearInterval(pumpTimer);
  // Let what is in flight finish (the SDK's own timeout is 5 s, then a resend).
  const deadline = Date.now() + 8000;
  while (inFlightTotal > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 500));
  clearTimeout(secTimer!);
  flushTick(sec);
  ended = true;
}

onMessage((m) => {
  if (m.type === 'start') void run(m.startAtMs, m.phases, m.durationMs).then(() => send({ type: 'final', won, acks, stats: phones.reduce((a, p) => {
    a.reconnects += p.client.stats.reconnects; a.resent += p.client.stats.resent; return a;
  }, { reconnects: 0, resent: 0 }) }));
  else if (m.type === 'close') {
    for (const p of phones) p.client.close();
    send({ type: 'closed' });
    if (!parentPort) setTimeout(() => process.exit(0), 50);
  }
});

void connectAll();
void ended;
