/**
 * Logic worker thread: consumes the request ring, answers into the reply ring.
 * It advances the request ring's head only after the reply is in the reply
 * ring, so a crash loses nothing: the next generation re-reads the frame and
 * the IO layer drops the duplicate reply by reqId.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { RingConsumer, RingProducer, type RingFrame } from '../ring/spsc-ring.ts';
import { Ctl, REPLY_PREFIX_BYTES, type HostToWorker, type LogicWorkerData, type WorkerToHost } from './worker-protocol.ts';
import { RequestHandler, type LogicApp } from './request-handler.ts';
import { createLogicApp } from './app-factory.ts';

const data = (workerData as { data: LogicWorkerData }).data;
const port = parentPort!;
const post = (m: WorkerToHost) => port.postMessage(m);

// Created at 'start', not at load: a standby loads long before it takes over,
// and ring ends cache their positions, which must be those at hand-over.
let requests: RingConsumer;
let replies: RingProducer;
const ctl = new Int32Array(data.control);
let app: LogicApp = createLogicApp(data.logicState, data.gatewayId);
let handler = new RequestHandler(app);
const prefix = new Uint8Array(REPLY_PREFIX_BYTES);
const frame: RingFrame = { connId: 0, reqId: 0, payload: new Uint8Array(0) };
const pause = new Int32Array(new SharedArrayBuffer(4));
let running = false;

function writeReply(connId: number, reqId: number, bytes: Uint8Array, flags: number): void {
  prefix[0] = flags;
  while (!replies.write(connId, reqId, bytes, prefix)) {
    // The IO thread drains replies continuously; wait for it rather than drop.
    replies.wake();
    Atomics.wait(pause, 0, 0, 1);
  }
}

/** Handles everything queued now. Returns false when asked to stop. */
function drain(): boolean {
  let n = 0;
  while (requests.peek(frame)) {
    if (Atomics.load(ctl, Ctl.stop) === 1) return false;
    Atomics.store(ctl, Ctl.inProgressReqId, frame.reqId | 0);
    Atomics.store(ctl, Ctl.busy, 1);
    const reply = handler.handleFrame(frame.payload);
    writeReply(frame.connId, frame.reqId, reply.bytes, reply.flags);
    if (reply.isError) Atomics.add(ctl, Ctl.errors, 1);
    const crashAfter = Atomics.load(ctl, Ctl.crashAfter);
    if (crashAfter > 0 && Atomics.sub(ctl, Ctl.crashAfter, 1) === 1) {
      replies.wake();
      throw new Error('injected logic crash (fault drill)');
    }
    requests.release(frame);
    Atomics.store(ctl, Ctl.busy, 0);
    Atomics.add(ctl, Ctl.handled, 1);
    if ((++n & 31) === 0) replies.wake();
  }
  replies.wake();
  return true;
}

let lastElu = performance.eventLoopUtilization();
setInterval(() => {
  const now = performance.eventLoopUtilization();
  Atomics.store(ctl, Ctl.elu, Math.round(performance.eventLoopUtilization(now, lastElu).utilization * 1000));
  lastElu = now;
}, 500).unref();

async function run(): Promise<void> {
  while (running && Atomics.load(ctl, Ctl.stop) === 0) {
    if (!drain()) break;
    await requests.waitForData(250);
  }
  running = false;
  post({ type: 'stopped' });
  port.close();
}

port.on('message', (m: HostToWorker) => {
  if (m.type === 'start' && !running) {
    requests = new RingConsumer(data.requestRing);
    replies = new RingProducer(data.replyRing);
    running = true;
    void run();
  } else if (m.type === 'state') {
    app = createLogicApp(m.logicState, data.gatewayId);
    handler = new RequestHandler(app);
  }
});

post({ type: 'ready' });
