/**
 * Runs one logic worker slot from the main thread's side: one active worker
 * consuming the slot's request rings, one warm standby ready to take over. SIGHUP-style reload
 * starts a fresh worker from the code on disk and hands the rings over only
 * after the old one stopped at a frame boundary; a crash promotes the standby
 * at once. The rings never change hands while two workers could touch them.
 */
import { EventEmitter } from 'node:events';
import { Worker } from 'node:worker_threads';
import { bundleWorker, removeBundle } from '../../common/bundle-worker.ts';
import { ShakeError } from '../../common/errors.ts';
import { wakeRingConsumer } from '../ring/spsc-ring.ts';
import type { Logger } from '../../common/logger.ts';
import type { LogicLanes } from '../lanes.ts';
import type { HostToWorker, LogicState, LogicUpdate, LogicWorkerData, MoneyMessage, ResourcesMessage, WorkerToHost } from './worker-protocol.ts';
import type { WonEvent } from './show/show-state.ts';
import { WORKER_CONTROL as Ctl, WORKER_CONTROL_WORDS } from '../shared-layout.ts';

const workerEntry = new URL('./worker.ts', import.meta.url);
const STANDBY_DELAY_MS = 2000;
const READY_TIMEOUT_MS = 15_000;

interface Handle {
  worker: Worker;
  bundle: URL;
  isReady: boolean;
  control: Int32Array;
  ready: Promise<void>;
  stopped: Promise<void>;
  exited: boolean;
  retiring: boolean;
  generation: number;
}

export interface LogicHostOptions {
  gatewayId: string;
  /** The rings of this logic worker slot, from and to every IO thread (see gateway/lanes.ts). */
  lanes: LogicLanes;
  drainTimeoutMs: number;
  /** Nap between looks while requests keep coming; park after idleAfterMs without (see NapPolicy). */
  napMs: number;
  /** Nap between looks while opens/shares this worker queued await their commit (GatewayConfig.rings.napMs.logicAwaitingCommit). */
  awaitingCommitNapMs: number;
  idleAfterMs: number;
  /** Where worker bundles are written (the gateway's own state, never the source tree). */
  bundleDir: string;
  logger: Logger;
  /** Called when the host has to answer a poisoned request (IO thread, its request id) itself (then it is consumed). */
  skipPoisonedRequest: (io: number, reqId: number) => boolean;
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
  opened: number;
  shared: number;
  /** Won packets handed again on a new connection. */
  redelivered: number;
  /** A loaded standby is waiting to take over at once. */
  standbyReady: boolean;
}

/** What a LogicHost emits, with each listener's arguments. */
export interface LogicHostEvents {
  /** A new generation took over. */
  generation: [generation: number];
  /** Packets the active worker issued (for the caps feed). */
  events: [wins: readonly WonEvent[]];
  money: [request: MoneyMessage];
  resources: [request: ResourcesMessage];
}

export class LogicHost extends EventEmitter<LogicHostEvents> {
  private active: Handle | null = null;
  private standby: Handle | null = null;
  private generation = 0;
  /** What workers started from now on begin with (set by start, replaced by update). */
  private logicState: LogicState | null = null;
  private restarts = 0;
  private reloads = 0;
  private poisonedSkipped = 0;
  /** Counters of retired generations, by Ctl index. */
  private readonly before = new Map<number, number>();
  private lastCrashKey = '';
  private closing = false;
  private switching: Promise<void> = Promise.resolve();
  private standbyTimer: NodeJS.Timeout | null = null;
  /** The bundled worker code new workers start from (rebuilt from disk on reload). */
  private bundle: URL | null = null;

  constructor(private readonly opts: LogicHostOptions) {
    super();
  }

  async start(logicState: LogicState): Promise<void> {
    this.logicState = logicState;
    this.bundle = await bundleWorker(workerEntry, this.opts.bundleDir);
    const first = this.spawn();
    await readyWithin(first, READY_TIMEOUT_MS);
    this.activate(first);
    this.standby = this.spawn();
  }

  /**
   * Sends an update (new show config, feed events) to the running and standby
   * workers. `nextState` is what workers started from now on must begin with.
   */
  update(update: LogicUpdate, nextState: LogicState): void {
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
    let bundle: URL;
    try {
      bundle = await bundleWorker(workerEntry, this.opts.bundleDir);
    } catch (e) {
      throw new ShakeError('LOGIC_RELOAD_FAILED', `new logic code does not build; the running generation keeps serving: ${(e as Error).message}`);
    }
    const fresh = this.spawn(bundle);
    try {
      await readyWithin(fresh, READY_TIMEOUT_MS);
    } catch (e) {
      fresh.retiring = true;
      void fresh.worker.terminate();
      removeBundle(bundle);
      throw new ShakeError('LOGIC_RELOAD_FAILED', `new logic code did not start; the running generation keeps serving: ${(e as Error).message}`);
    }
    const previousBundle = this.bundle;
    this.bundle = bundle;
    const old = this.active;
    if (old && !old.exited) await this.retire(old);
    this.activate(fresh);
    this.reloads++;
    const oldStandby = this.standby;
    this.standby = null;
    if (oldStandby) { oldStandby.retiring = true; void oldStandby.worker.terminate(); }
    if (previousBundle) removeBundle(previousBundle);
    this.scheduleStandby();
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
      opened: total(Ctl.opened),
      shared: total(Ctl.shared),
      redelivered: total(Ctl.redelivered),
      standbyReady: !!this.standby && this.standby.isReady && !this.standby.exited,
    };
  }

  /** Fault drill: make the active worker crash after `frames` more frames. */
  injectCrash(frames: number): void {
    if (this.active) Atomics.store(this.active.control, Ctl.crashAfter, Math.max(1, frames));
  }

  async close(): Promise<void> {
    this.closing = true;
    if (this.standbyTimer) clearTimeout(this.standbyTimer);
    await this.switching;
    for (const h of [this.active, this.standby]) {
      if (h) { h.retiring = true; await h.worker.terminate(); }
    }
    if (this.bundle) removeBundle(this.bundle);
  }

  private spawn(bundle: URL = this.bundle!): Handle {
    if (!this.logicState) throw new Error('a logic worker was spawned before LogicHost.start');
    const control = new Int32Array(new SharedArrayBuffer(WORKER_CONTROL_WORDS * 4));
    const data: LogicWorkerData = {
      generation: this.generation + 1,
      gatewayId: this.opts.gatewayId,
      lanes: this.opts.lanes,
      control: control.buffer as SharedArrayBuffer,
      napMs: this.opts.napMs,
      awaitingCommitNapMs: this.opts.awaitingCommitNapMs,
      idleAfterMs: this.opts.idleAfterMs,
      logicState: this.logicState,
    };
    // Plain JS, and none of the parent's loader flags (--import tsx would add a loader thread and ~0.3 s).
    const worker = new Worker(bundle, { execArgv: [], workerData: { data } });
    let onReady!: () => void;
    let onNotReady!: (e: Error) => void;
    let onStopped!: () => void;
    const handle: Handle = {
      worker, bundle, control, exited: false, retiring: false, generation: 0, isReady: false,
      ready: new Promise((resolve, reject) => { onReady = resolve; onNotReady = reject; }),
      stopped: new Promise((r) => (onStopped = r)),
    };
    handle.ready.catch(() => {}); // observed by whoever awaits it
    worker.on('message', (m: WorkerToHost) => {
      if (m.type === 'ready') { handle.isReady = true; onReady(); }
      else if (m.type === 'stopped') onStopped();
      else if (m.type === 'events') this.emit('events', m.events);
      else if (m.type === 'money') this.emit('money', m);
      else if (m.type === 'resources') this.emit('resources', m);
      else if (m.type === 'log') this.opts.logger[m.level]({ ...m.fields, generation: handle.generation }, m.msg);
    });
    worker.on('error', (err) => this.opts.logger.error({ err, generation: handle.generation }, 'logic worker failed'));
    worker.on('exit', (code) => {
      handle.exited = true;
      onNotReady(new Error(`logic worker exited with code ${code} before it was ready`));
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
    wakeRingConsumer(this.opts.lanes.doorbell);
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
    for (const i of [Ctl.handled, Ctl.errors, Ctl.forgedCookies, Ctl.packetsIssued, Ctl.capRefusals, Ctl.poolEmpty, Ctl.opened, Ctl.shared, Ctl.redelivered]) {
      this.before.set(i, (this.before.get(i) ?? 0) + Atomics.load(h.control, i));
    }
  }

  private onUnexpectedExit(h: Handle, code: number): void {
    if (h === this.standby) {
      this.opts.logger.error({ code, ready: h.isReady }, 'standby logic worker died; loading another shortly');
      this.standby = null;
      this.scheduleStandby();
      return;
    }
    if (h !== this.active) return;
    this.restarts++;
    this.accumulate(h);
    const wasBusy = Atomics.load(h.control, Ctl.busy) === 1;
    const reqId = Atomics.load(h.control, Ctl.inProgressReqId) >>> 0;
    const io = Atomics.load(h.control, Ctl.inProgressIo);
    const key = `${io}:${reqId}`;
    this.opts.logger.error({ code, generation: h.generation, logicWorker: this.opts.lanes.index, inProgressReqId: wasBusy ? reqId : null }, 'logic worker crashed; promoting standby');
    // The same request in flight during two crashes in a row is poison: answer it with an error and skip it.
    if (wasBusy && key === this.lastCrashKey) {
      if (this.opts.skipPoisonedRequest(io, reqId)) this.poisonedSkipped++;
      this.lastCrashKey = '';
    } else {
      this.lastCrashKey = wasBusy ? key : '';
    }
    this.active = null;
    this.switching = this.switching.then(async () => {
      // Requests wait in the ring meanwhile (or get Busy once it is full); keep trying until a worker runs.
      for (let attempt = 0; !this.closing; attempt++) {
        const next = this.standby ?? this.spawn();
        this.standby = null;
        try {
          await readyWithin(next, READY_TIMEOUT_MS);
        } catch (err) {
          this.opts.logger.error({ err, attempt }, 'replacement logic worker failed to start; retrying');
          next.retiring = true;
          void next.worker.terminate();
          await new Promise((r) => setTimeout(r, Math.min(5000, 200 * 2 ** attempt)));
          continue;
        }
        if (this.closing) return;
        this.activate(next);
        this.scheduleStandby();
        return;
      }
    });
  }

  /**
   * Loads the next standby a little later: loading a worker takes CPU that the
   * generation which just took over needs while its code warms up.
   */
  private scheduleStandby(): void {
    if (this.standbyTimer) return;
    this.standbyTimer = setTimeout(() => {
      this.standbyTimer = null;
      if (!this.closing && !this.standby) this.standby = this.spawn();
    }, STANDBY_DELAY_MS);
    this.standbyTimer.unref();
  }

  private send(h: Handle, m: HostToWorker): void {
    h.worker.postMessage(m);
  }
}

function readyWithin(h: Handle, ms: number): Promise<void> {
  return Promise.race([
    h.ready,
    new Promise<void>((_, reject) => setTimeout(() => reject(new Error(`logic worker not ready after ${ms} ms`)), ms).unref()),
  ]);
}
