/**
 * Runs the logic layer from the IO thread's side: one active worker consuming
 * the request ring, one warm standby ready to take over. SIGHUP-style reload
 * starts a fresh worker from the code on disk and hands the rings over only
 * after the old one stopped at a frame boundary; a crash promotes the standby
 * at once. The rings never change hands while two workers could touch them.
 */
import { EventEmitter } from 'node:events';
import type { Worker } from 'node:worker_threads';
import { spawnTsWorker } from '../../common/spawn-worker.ts';
import { wakeRingConsumer } from '../ring/spsc-ring.ts';
import type { Logger } from '../../common/logger.ts';
import { Ctl, type HostToWorker, type LogicWorkerData, type WorkerToHost } from './worker-protocol.ts';

const workerEntry = new URL('./worker.ts', import.meta.url);

interface Handle {
  worker: Worker;
  control: Int32Array;
  ready: Promise<void>;
  stopped: Promise<void>;
  exited: boolean;
  retiring: boolean;
  generation: number;
}

export interface LogicHostOptions {
  gatewayId: string;
  requestRing: SharedArrayBuffer;
  replyRing: SharedArrayBuffer;
  drainTimeoutMs: number;
  logger: Logger;
  /** Called when the host has to answer a poisoned request itself (then it is consumed). */
  skipPoisonedRequest: (reqId: number) => boolean;
}

export interface LogicHostStats {
  generation: number;
  restarts: number;
  reloads: number;
  handled: number;
  errors: number;
  workerElu: number;
  poisonedSkipped: number;
  forgedCookies: number;
  packetsIssued: number;
  capRefusals: number;
  poolEmpty: number;
}

export class LogicHost extends EventEmitter {
  private active: Handle | null = null;
  private standby: Handle | null = null;
  private generation = 0;
  private logicState: unknown = null;
  private restarts = 0;
  private reloads = 0;
  private poisonedSkipped = 0;
  /** Counters of retired generations, by Ctl index. */
  private readonly before = new Map<number, number>();
  private lastCrashReqId = -1;
  private closing = false;
  private switching: Promise<void> = Promise.resolve();

  constructor(private readonly opts: LogicHostOptions) {
    super();
  }

  async start(logicState: unknown): Promise<void> {
    this.logicState = logicState;
    const first = this.spawn();
    await first.ready;
    this.activate(first);
    this.standby = this.spawn();
  }

  /**
   * Sends an update (new show config, feed events) to the running and standby
   * workers. `nextState` is what workers started from now on must begin with.
   */
  update(update: unknown, nextState: unknown): void {
    this.logicState = nextState;
    for (const h of [this.active, this.standby]) if (h && !h.exited) this.send(h, { type: 'update', update });
  }

  /** Loads the logic code again from disk and swaps it in without losing a request. */
  reload(): Promise<void> {
    this.switching = this.switching.then(() => this.doReload());
    return this.switching;
  }

  private async doReload(): Promise<void> {
    if (this.closing) return;
    const fresh = this.spawn();
    await fresh.ready;
    const old = this.active;
    if (old && !old.exited) await this.retire(old);
    this.activate(fresh);
    this.reloads++;
    const oldStandby = this.standby;
    this.standby = this.spawn();
    if (oldStandby) { oldStandby.retiring = true; void oldStandby.worker.terminate(); }
    this.opts.logger.info({ generation: this.generation }, 'logic layer reloaded from disk');
  }

  stats(): LogicHostStats {
    const c = this.active?.control;
    const total = (i: number) => (this.before.get(i) ?? 0) + (c ? Atomics.load(c, i) : 0);
    return {
      generation: this.generation,
      restarts: this.restarts,
      reloads: this.reloads,
      handled: total(Ctl.handled),
      errors: total(Ctl.errors),
      workerElu: c ? Atomics.load(c, Ctl.elu) / 1000 : 0,
      poisonedSkipped: this.poisonedSkipped,
      forgedCookies: total(Ctl.forgedCookies),
      packetsIssued: total(Ctl.packetsIssued),
      capRefusals: total(Ctl.capRefusals),
      poolEmpty: total(Ctl.poolEmpty),
    };
  }

  /** Fault drill: make the active worker crash after `frames` more frames. */
  injectCrash(frames: number): void {
    if (this.active) Atomics.store(this.active.control, Ctl.crashAfter, Math.max(1, frames));
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.switching;
    for (const h of [this.active, this.standby]) {
      if (h) { h.retiring = true; await h.worker.terminate(); }
    }
  }

  private spawn(): Handle {
    const control = new Int32Array(new SharedArrayBuffer(Ctl.size * 4));
    const data: LogicWorkerData = {
      generation: this.generation + 1,
      gatewayId: this.opts.gatewayId,
      requestRing: this.opts.requestRing,
      replyRing: this.opts.replyRing,
      control: control.buffer as SharedArrayBuffer,
      logicState: this.logicState,
    };
    const worker = spawnTsWorker(workerEntry, data);
    let onReady!: () => void;
    let onStopped!: () => void;
    const handle: Handle = {
      worker, control, exited: false, retiring: false, generation: 0,
      ready: new Promise((r) => (onReady = r)),
      stopped: new Promise((r) => (onStopped = r)),
    };
    worker.on('message', (m: WorkerToHost) => {
      if (m.type === 'ready') onReady();
      else if (m.type === 'stopped') onStopped();
      else if (m.type === 'events') this.emit('events', m.events);
      else if (m.type === 'log') this.opts.logger[m.level]({ ...m.fields, generation: handle.generation }, m.msg);
    });
    worker.on('error', (err) => this.opts.logger.error({ err, generation: handle.generation }, 'logic worker failed'));
    worker.on('exit', (code) => {
      handle.exited = true;
      onStopped();
      if (!handle.retiring && !this.closing) this.onUnexpectedExit(handle, code);
    });
    return handle;
  }

  private activate(h: Handle): void {
    this.generation++;
    h.generation = this.generation;
    this.active = h;
    this.send(h, { type: 'start' });
    this.emit('generation', this.generation);
  }

  private async retire(h: Handle): Promise<void> {
    h.retiring = true;
    Atomics.store(h.control, Ctl.stop, 1);
    wakeRingConsumer(this.opts.requestRing);
    const timedOut = await Promise.race([
      h.stopped.then(() => false),
      new Promise<boolean>((r) => setTimeout(() => r(true), this.opts.drainTimeoutMs).unref()),
    ]);
    if (timedOut) {
      this.opts.logger.warn({ generation: h.generation }, 'logic worker did not stop in time; terminating it');
      await h.worker.terminate();
    }
    this.accumulate(h);
    if (!h.exited) await h.worker.terminate();
  }

  private accumulate(h: Handle): void {
    for (const i of [Ctl.handled, Ctl.errors, Ctl.forgedCookies, Ctl.packetsIssued, Ctl.capRefusals, Ctl.poolEmpty]) {
      this.before.set(i, (this.before.get(i) ?? 0) + Atomics.load(h.control, i));
    }
  }

  private onUnexpectedExit(h: Handle, code: number): void {
    if (h === this.standby) {
      this.opts.logger.error({ code }, 'standby logic worker died; spawning another');
      this.standby = this.spawn();
      return;
    }
    if (h !== this.active) return;
    this.restarts++;
    this.accumulate(h);
    const wasBusy = Atomics.load(h.control, Ctl.busy) === 1;
    const reqId = Atomics.load(h.control, Ctl.inProgressReqId) >>> 0;
    this.opts.logger.error({ code, generation: h.generation, inProgressReqId: wasBusy ? reqId : null }, 'logic worker crashed; promoting standby');
    // The same request in flight during two crashes in a row is poison: answer it with an error and skip it.
    if (wasBusy && reqId === this.lastCrashReqId) {
      if (this.opts.skipPoisonedRequest(reqId)) this.poisonedSkipped++;
      this.lastCrashReqId = -1;
    } else {
      this.lastCrashReqId = wasBusy ? reqId : -1;
    }
    this.active = null;
    this.switching = this.switching.then(async () => {
      const next = this.standby ?? this.spawn();
      this.standby = null;
      await next.ready;
      if (this.closing) return;
      this.activate(next);
      this.standby = this.spawn();
    });
  }

  private send(h: Handle, m: HostToWorker): void {
    h.worker.postMessage(m);
  }
}
