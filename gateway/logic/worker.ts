/**
 * Logic worker thread: consumes its request rings (one per IO thread) in
 * batches, answers into the reply rings. A batch is: decide every request, record issuance (flush), write
 * the replies, and only then consume the requests. An open/share reply goes to
 * the journal thread with its entry, and the journal thread hands it to the IO
 * layer once the entry is committed (fsync), while this worker answers later
 * shakes; the request ring is consumed only up to the oldest open/share not yet
 * committed. A crash anywhere loses nothing: the next generation reads the
 * unconsumed requests again, skips those the IO layer already answered, the
 * journal keeps one entry per operation, and the IO layer drops any duplicate
 * reply.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { Doorbell, NapPolicy, RingConsumer, RingProducer, type RingFrame } from '../ring/spsc-ring.ts';
import { REPLY_PREFIX_BYTES, ReplyFlags } from '../frame-format.ts';
import type { HostToWorker, LogicWorkerData, WorkerToHost } from './worker-protocol.ts';
import { WORKER_CONTROL as Ctl } from '../shared-layout.ts';
import { RequestHandler, type HandledReply } from './request-handler.ts';
import { shake } from '../../contracts/proto/gen/shake.js';
import { createLogicApp } from './app-factory.ts';
import { SharedClock } from '../show-clock.ts';
import { RateLimitApp } from '../overload/rate-limit-app.ts';
import { warmUpCodecs } from './warm-up.ts';
import { startLogicProfile } from './profile.ts';
import { NOT_QUEUED, type DurableReply } from '../journal/journal-link.ts';
import { requestKey } from '../lanes.ts';

// Large enough that one fsync covers every open/share waiting (group commit).
const MAX_BATCH = 4096;

const data = (workerData as { data: LogicWorkerData }).data;
const { ServerMessage } = shake.v1;
const port = parentPort!;
const post = (m: WorkerToHost) => port.postMessage(m);
const ctl = new Int32Array(data.control);
const counters = {
  forgedCookie: () => Atomics.add(ctl, Ctl.forgedCookies, 1),
  issued: () => Atomics.add(ctl, Ctl.packetsIssued, 1),
  capRefused: () => Atomics.add(ctl, Ctl.capRefusals, 1),
  poolEmpty: () => Atomics.add(ctl, Ctl.poolEmpty, 1),
  opened: () => Atomics.add(ctl, Ctl.opened, 1),
  shared: () => Atomics.add(ctl, Ctl.shared, 1),
  redelivered: (userId: string, packetId: string) => {
    Atomics.add(ctl, Ctl.redelivered, 1);
    post({ type: 'log', level: 'info', msg: 'won packet re-delivered (its first reply may have been lost)', fields: { userId, packetId } });
  },
};
const state = data.logicState;
// Attaches the current rate limit to replies and tells, per request, whether it was a shake (for pacing).
const app = new RateLimitApp(createLogicApp(state, counters, data.lanes.index), state.overload);
const clock = state.kind === 'show' ? new SharedClock(state.clock) : null;
// Decisions use the NTP-corrected clock, so rounds switch on time even if this machine's clock is off.
const handler = new RequestHandler(app, clock ? () => clock.now() : Date.now);

// Created at 'start', not at load: a standby loads long before it takes over,
// and ring ends cache their positions, which must be those at hand-over.
// Index = IO thread.
let requests: RingConsumer[] = [];
let replies: RingProducer[] = [];
const ioThreads = data.lanes.requests.length;
const doorbell = new Doorbell(data.lanes.doorbell);
const prefix = new Uint8Array(REPLY_PREFIX_BYTES);
const frame: RingFrame = { connId: 0, reqId: 0, payload: new Uint8Array(0) };
const pause = new Int32Array(new SharedArrayBuffer(4));
const batchIo = new Uint8Array(MAX_BATCH);
const batchConn = new Uint32Array(MAX_BATCH);
const batchReq = new Uint32Array(MAX_BATCH);
const batchReply: HandledReply[] = new Array(MAX_BATCH);
const batchFlags = new Uint8Array(MAX_BATCH);
const batchTold = new Uint8Array(MAX_BATCH);
const durable: DurableReply = { connId: 0, reqId: 0, bytes: new Uint8Array(0), flags: 0, told: 0 };
let running = false;
/** The IO thread whose ring a batch reads first (turns, so none waits behind the others). */
let firstRing = 0;

function writeReply(io: number, connId: number, reqId: number, bytes: Uint8Array, flags: number, told: number): void {
  prefix[0] = flags;
  prefix[1] = told;
  const out = replies[io];
  while (!out.write(connId, reqId, bytes, prefix)) {
    // The IO thread drains replies continuously; wait for it rather than drop.
    out.wake();
    Atomics.wait(pause, 0, 0, 1);
  }
}

function wakeIoThreads(): void {
  for (let io = 0; io < ioThreads; io++) replies[io].wake();
}

interface Deferred {
  connId: number;
  reqId: number;
  reply: HandledReply;
  flags: number;
  told: number;
  ticket: number;
  /** Request-ring position before this request: the ring is consumed only up to here until its reply is out. */
  posBefore: number;
}

/**
 * Opens/shares whose journal entries are not committed yet, oldest first, per
 * IO thread's ring. The journal thread answers them; they are kept to bound
 * each ring's consumption and to be answered JOURNAL_UNAVAILABLE should the
 * journal fail.
 */
const deferred: Deferred[][] = Array.from({ length: ioThreads }, () => []);
const deferredHead = new Array<number>(ioThreads).fill(0);
let deferredCount = 0;
const journalFailed = (): boolean => app.journalFailed();
/** Set by the IO threads when they deliver a reply: a request read again after a crash is not decided twice. */
const answered = data.lanes.answered.map((sab) => new Uint8Array(sab));
const ANSWERED_MASK = answered[0].length - 1;

/**
 * Forgets the opens/shares whose entries are committed (the journal thread
 * sent their replies), answers the others JOURNAL_UNAVAILABLE if the journal
 * failed, and consumes the request rings as far as they may.
 */
function releaseDeferred(): void {
  const failed = journalFailed();
  const committed = app.journalCommitted();
  for (let io = 0; io < ioThreads; io++) releaseRing(io, failed, committed);
  wakeIoThreads();
}

function releaseRing(io: number, failed: boolean, committed: number): void {
  const queue = deferred[io];
  let head = deferredHead[io];
  while (head < queue.length) {
    const d = queue[head];
    if (d.ticket === NOT_QUEUED || d.ticket > committed) {
      if (!failed) break;
      // Not durable: never an "ok". (Had the journal sent one just before failing, the IO layer drops this duplicate.)
      const r = journalUnavailable(d.reply);
      writeReply(io, d.connId, d.reqId, r.bytes, r.flags | d.flags, d.told);
    }
    head++;
    deferredCount--;
  }
  if (head === queue.length) {
    queue.length = 0;
    head = 0;
    requests[io].commit();
  } else {
    if (head >= 1024 && head * 2 >= queue.length) {
      // Under a steady stream of opens the queue is never empty: drop the released head now and then, or it grows forever.
      queue.splice(0, head);
      head = 0;
    }
    requests[io].commitTo(queue[head].posBefore);
  }
  deferredHead[io] = head;
}

function journalUnavailable(r: HandledReply): HandledReply {
  const seq = ServerMessage.decode(r.bytes).seq;
  return { bytes: ServerMessage.encode({ seq, error: { code: 'JOURNAL_UNAVAILABLE', message: 'the operation could not be made durable; retry later' } }).finish(), flags: 0, isError: true };
}

/** Frames read by the current batch (decided or skipped). */
let framesRead = 0;

/** Decides the frames of one IO thread's ring into the batch from index `n`; returns the new batch size (frames read are counted in framesRead). */
function readRing(io: number, n: number): number {
  const ring = requests[io];
  const marks = answered[io];
  while (n < MAX_BATCH && Atomics.load(ctl, Ctl.stop) === 0) {
    const posBefore = ring.readPosition();
    if (!ring.next(frame)) break;
    framesRead++;
    if (marks[frame.reqId & ANSWERED_MASK] === 1) continue; // answered before a crash of the previous generation
    Atomics.store(ctl, Ctl.inProgressIo, io);
    Atomics.store(ctl, Ctl.inProgressReqId, frame.reqId | 0);
    Atomics.store(ctl, Ctl.busy, 1);
    app.reset();
    const reply = handler.handleFrame(frame.payload, requestKey(io, frame.reqId), requestKey(io, frame.connId));
    if (reply.money) {
      // Leaves the machine through the agent; the host answers it (or says "try again") within its deadline.
      post({ type: 'money', connId: frame.connId, reqId: frame.reqId, request: reply.money });
      continue;
    }
    if (reply.resources) {
      post({ type: 'resources', connId: frame.connId, reqId: frame.reqId, request: reply.resources });
      continue;
    }
    const flags = app.lastWasShake ? ReplyFlags.shake : 0;
    if (reply.isError) Atomics.add(ctl, Ctl.errors, 1);
    durable.connId = frame.connId;
    durable.reqId = frame.reqId;
    durable.bytes = reply.bytes;
    durable.flags = reply.flags | flags;
    durable.told = app.lastTold;
    const ticket = app.submitDurable(durable);
    if (ticket !== 0) {
      // Replies of a connection may overtake each other (phones match by seq), but the ring is consumed in order.
      deferred[io].push({ connId: frame.connId, reqId: frame.reqId, reply, flags, told: app.lastTold, ticket, posBefore });
      deferredCount++;
      continue;
    }
    batchIo[n] = io;
    batchConn[n] = frame.connId;
    batchReq[n] = frame.reqId;
    batchReply[n] = reply;
    batchFlags[n] = flags;
    batchTold[n] = app.lastTold;
    n++;
  }
  return n;
}

/** Handles one batch. Returns the number of requests read (0 = rings empty or stop requested). */
function drainBatch(): number {
  framesRead = 0;
  let n = 0;
  for (let k = 0; k < ioThreads; k++) n = readRing((firstRing + k) % ioThreads, n);
  firstRing = (firstRing + 1) % ioThreads;
  if (framesRead === 0) return 0;
  app.flush();
  for (let i = 0; i < n; i++) {
    const r = batchReply[i];
    writeReply(batchIo[i], batchConn[i], batchReq[i], r.bytes, r.flags | batchFlags[i], batchTold[i]);
    const crashAfter = Atomics.load(ctl, Ctl.crashAfter);
    if (crashAfter > 0 && Atomics.sub(ctl, Ctl.crashAfter, 1) === 1) {
      wakeIoThreads();
      throw new Error('injected logic crash (fault drill)');
    }
  }
  releaseDeferred();
  Atomics.store(ctl, Ctl.busy, 0);
  Atomics.add(ctl, Ctl.handled, n);
  const events = app.drainEvents();
  if (events.length > 0) post({ type: 'events', events });
  return framesRead;
}

function anyUnread(): boolean {
  for (let io = 0; io < ioThreads; io++) if (requests[io].hasUnread()) return true;
  return false;
}
const unreadOrJournalFailed = () => anyUnread() || journalFailed();

/** Time parked in futex waits, which the event loop counts as busy: subtracted from its utilization. */
let parkedMs = 0;
function park(timeoutMs: number, ready: () => boolean): void {
  const t0 = performance.now();
  doorbell.waitSync(timeoutMs, ready);
  parkedMs += performance.now() - t0;
}

let lastElu = performance.eventLoopUtilization();
let lastParkedMs = 0;
setInterval(() => {
  const now = performance.eventLoopUtilization();
  const d = performance.eventLoopUtilization(now, lastElu);
  const busy = Math.max(0, d.active - (parkedMs - lastParkedMs)) / Math.max(1, d.idle + d.active);
  Atomics.store(ctl, Ctl.elu, Math.round(busy * 1000));
  lastElu = now;
  lastParkedMs = parkedMs;
}, 500).unref();

const yieldToEventLoop = () => new Promise<void>((r) => setImmediate(r));
/** The oldest open/share of some ring is committed (or the journal failed): releaseDeferred() can progress. */
function someDeferredDurable(): boolean {
  if (journalFailed()) return true;
  const committed = app.journalCommitted();
  for (let io = 0; io < ioThreads; io++) {
    const q = deferred[io];
    if (deferredHead[io] < q.length && committed >= q[deferredHead[io]].ticket) return true;
  }
  return false;
}
// Host messages (config, feed updates) wait at most this long while the worker is parked or napping.
const IDLE_PARK_MS = 10;
const YIELD_EVERY_MS = 2;
const naps = new NapPolicy(data.napMs, data.idleAfterMs);

/**
 * Waits for requests: naps unannounced while they keep coming or while opens/shares await their commit (the IO
 * threads skip their notify), else parks.
 */
function waitForRequests(): void {
  const ready = deferredCount > 0 ? unreadOrJournalFailed : anyUnread;
  const napMs = naps.shouldNap() ? naps.napMs : deferredCount > 0 ? data.awaitingCommitNapMs : 0;
  if (napMs > 0) {
    const t0 = performance.now();
    if (!ready()) doorbell.napSync(napMs);
    parkedMs += performance.now() - t0;
  } else {
    // Parked in a futex wait rather than Atomics.waitAsync: the IO layer's wake-up is on the path of every reply.
    // Commits do not wake this worker (the journal thread answers); a journal failure does.
    park(IDLE_PARK_MS, ready);
  }
  if (deferredCount > 0) releaseDeferred();
}

async function run(): Promise<void> {
  let lastYieldMs = performance.now();
  while (running && Atomics.load(ctl, Ctl.stop) === 0) {
    if (drainBatch() > 0) {
      naps.worked();
      // Now and then between batches, let host messages in (an event-loop turn costs a syscall).
      if (performance.now() - lastYieldMs >= YIELD_EVERY_MS) {
        await yieldToEventLoop();
        lastYieldMs = performance.now();
      }
      continue;
    }
    waitForRequests();
    if (!anyUnread() && performance.now() - lastYieldMs >= IDLE_PARK_MS) {
      await yieldToEventLoop();
      lastYieldMs = performance.now();
    }
  }
  // Hand over with nothing half-answered: wait for the journal to commit what this generation queued.
  const deadline = Date.now() + 2000;
  while (deferredCount > 0 && Date.now() < deadline) {
    park(2, someDeferredDurable);
    releaseDeferred();
  }
  running = false;
  await stopProfile();
  app.close();
  post({ type: 'stopped' });
  port.close();
}

port.on('message', (m: HostToWorker) => {
  if (m.type === 'start' && !running) {
    requests = data.lanes.requests.map((sab) => new RingConsumer(sab));
    replies = data.lanes.replies.map((sab, io) => new RingProducer(sab, data.lanes.ioDoorbells[io]));
    app.start();
    running = true;
    void run();
  } else if (m.type === 'update') {
    app.update(m.update);
  }
});

warmUpCodecs();
const stopProfile = startLogicProfile(process.env.SHAKE_LOGIC_PROFILE_DIR, data.generation);
post({ type: 'ready' });
