/**
 * Journal thread: the only writer of the gateway's local durable journal.
 * Takes the entries queued by the logic worker, commits them in one
 * transaction with fsync (synchronous=FULL), then passes their "ok" replies
 * to the IO thread and publishes the highest committed ticket. An entry whose
 * operation was accepted before is not written again, but its reply goes out
 * (the same answer: it comes from the signed token).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { Doorbell, NapPolicy, RingConsumer, RingProducer, type RingFrame } from '../ring/spsc-ring.ts';
import { JournalWriter } from './journal-writer.ts';
import { JournalProgress, readJournalFrame, type JournalBuffers, type JournalItem } from './journal-link.ts';
import { ioThreadOf } from '../lanes.ts';

export interface JournalThreadData {
  journalPath: string;
  gatewayId: string;
  buffers: JournalBuffers;
  /** Where each logic worker parks: woken if the journal fails. */
  logicDoorbells: SharedArrayBuffer[];
  /** Where each IO thread parks: woken after each commit that has replies for it. */
  ioDoorbells: SharedArrayBuffer[];
  /** While entries keep coming, nap this long between commits (one fsync per nap at most); park after idleAfterMs without. */
  napMs: number;
  idleAfterMs: number;
}

const data = (workerData as { data: JournalThreadData }).data;
const writer = new JournalWriter(data.journalPath, data.gatewayId);
const lanes = data.buffers.rings.map((sab) => new RingConsumer(sab));
const doorbell = new Doorbell(data.buffers.rings[0]);
const replies = data.buffers.replies.map((sab, io) => new RingProducer(sab, data.ioDoorbells[io]));
const progress = new JournalProgress(data.buffers, data.logicDoorbells);
const frame: RingFrame = { connId: 0, reqId: 0, payload: new Uint8Array(0) };
const MAX_GROUP = 4096;
const IDLE_WAIT_MS = 20;
const group: JournalItem[] = [];
/** Highest ticket read per logic worker in the current group (0 = none). */
const lastTicket = new Array<number>(lanes.length).fill(0);
const pause = new Int32Array(new SharedArrayBuffer(4));
const yieldToEventLoop = () => new Promise<void>((r) => setImmediate(r));
const anyUnread = () => lanes.some((l) => l.hasUnread());
const naps = new NapPolicy(data.napMs, data.idleAfterMs);

/** Hands the group's replies to the IO threads; waits for room rather than drop one. */
function sendReplies(): void {
  for (const item of group) {
    const out = replies[ioThreadOf(item.connId)];
    while (!out.write(item.connId, item.ioReqId, item.reply, item.replyPrefix)) {
      out.wake();
      Atomics.wait(pause, 0, 0, 1);
    }
  }
  for (const r of replies) r.wake();
}

/** Stages up to MAX_GROUP entries from the logic workers' rings, in turn; returns how many. */
function readGroup(): number {
  for (let lane = 0; lane < lanes.length; lane++) {
    const ring = lanes[lane];
    while (group.length < MAX_GROUP && ring.next(frame)) {
      const item = readJournalFrame(frame);
      writer.stage(item.entry);
      group.push(item);
      lastTicket[lane] = frame.reqId;
    }
  }
  return group.length;
}

async function run(): Promise<void> {
  for (;;) {
    let n = 0;
    const startedMs = performance.now();
    // Bounded groups: under a steady stream, reading "until empty" would postpone the commit indefinitely.
    try {
      n = readGroup();
      if (n > 0) writer.commit();
    } catch (err) {
      progress.fail(); // nothing more is acknowledged: opens/shares get JOURNAL_UNAVAILABLE
      throw err;
    }
    if (n > 0) {
      sendReplies();
      group.length = 0;
      for (let lane = 0; lane < lanes.length; lane++) {
        if (lastTicket[lane] === 0) continue;
        lanes[lane].commit();
        progress.committed(lane, lastTicket[lane]);
        lastTicket[lane] = 0;
      }
      naps.worked();
      // At most one commit (fsync) per napMs while entries keep coming; a commit that took longer is followed
      // by the next at once (under load the groups are large: a nap would only add to the queue).
      const restMs = naps.napMs - (performance.now() - startedMs);
      if (n < MAX_GROUP && restMs > 0.05) doorbell.napSync(restMs);
      continue;
    }
    if (naps.shouldNap()) {
      // Entries came recently: look again shortly instead of being woken (and fsyncing) per entry.
      doorbell.napSync(naps.napMs);
      continue;
    }
    // A futex wait: waking a parked event loop costs far more, on the path of every "ok".
    doorbell.waitSync(IDLE_WAIT_MS, anyUnread);
    if (!anyUnread()) await yieldToEventLoop(); // idle: let termination and messages in
  }
}

// Keeps the thread alive while it yields to its event loop between idle waits.
parentPort!.on('message', () => {});
parentPort!.postMessage({ type: 'ready' });
void run();
