/**
 * One load-client WebSocket connection over a raw node:net socket. It sends masked binary
 * request frames (batched into one write), counts server messages as replies in FIFO order
 * and hands each reply's send timestamps to the run that owns it. No decoding on the hot path.
 */
import net from 'node:net';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { buildUpgradeRequest, parseUpgradeResponse } from './ws-handshake.ts';
import {
  FrameReader, maskedFrame, maskedFrameSize, writeMaskedFrame,
  OP_BINARY, OP_CLOSE, OP_PING, OP_PONG, type FrameSink,
} from './ws-frames.ts';

/** A request payload: fixed bytes (pre-masked once), or built per request from its seq. */
export type Payload = Uint8Array | ((seq: number, conn: number) => Uint8Array);

export interface ConnSpec {
  host: string;
  port: number;
  path: string;
  localAddress?: string;
  index: number;
  payload: Payload;
  /** For a function payload: pre-build the frames for seq 1..payloadCycle once and cycle (0 = build per request). */
  payloadCycle?: number;
  validateReply?: (bytes: Uint8Array) => boolean;
  isPush?: (bytes: Uint8Array) => boolean;
}

/** What a connection reports to the client that owns it. */
export interface ConnOwner {
  /** A reply arrived; sched/sent are the request's timestamps (ms, performance.now()). */
  onReply(sched: number, sent: number, now: number, valid: boolean): void;
  onPush(): void;
  /** Called once per socket chunk after its replies were counted (closed loop refills here). */
  afterChunk(conn: LoadConnection, now: number): void;
  onClosed(conn: LoadConnection, reason: string): void;
}

export class LoadConnection implements FrameSink {
  readonly mask = randomBytes(4);
  socket: net.Socket | null = null;
  state: 'connecting' | 'open' | 'closed' = 'connecting';
  /** Requests sent whose replies have not come yet. */
  outstanding = 0;
  /** Outstanding requests of an earlier run: their replies are popped but not recorded. */
  stale = 0;
  /** Next scheduled send time (open loop). */
  nextAt = 0;
  private seq = 0;
  private schedQ = new Float64Array(8);
  private sentQ = new Float64Array(8);
  private qHead = 0;
  private fixedFrame: Buffer | null = null;
  private fixedBatch: Buffer | null = null;
  private cycle: Buffer | null = null; // pre-built frames for seq 1..payloadCycle, back to back
  private cycleOffsets: Uint32Array | null = null; // start of each frame in cycle (+ end)
  private cyclePos = 0;
  private reader: FrameReader;
  private now = 0;

  constructor(private readonly spec: ConnSpec, private readonly owner: ConnOwner) {
    this.reader = new FrameReader(this, spec.validateReply !== undefined || spec.isPush !== undefined);
    if (spec.payload instanceof Uint8Array) this.fixedFrame = maskedFrame(OP_BINARY, spec.payload, this.mask);
  }

  get index(): number { return this.spec.index; }

  /** Resolves when the upgrade completed; rejects with the reason otherwise. */
  open(timeoutMs: number): Promise<void> {
    const { host, port, path, localAddress } = this.spec;
    const req = buildUpgradeRequest(host, port, path);
    return new Promise((resolve, reject) => {
      const socket = net.connect({ host, port, localAddress, noDelay: true });
      this.socket = socket;
      let head: Buffer | null = null;
      const timer = setTimeout(() => fail(`handshake timeout after ${timeoutMs} ms`), timeoutMs);
      const fail = (reason: string): void => {
        clearTimeout(timer);
        this.state = 'closed';
        socket.destroy();
        reject(new Error(reason));
      };
      socket.on('connect', () => socket.write(req.bytes));
      socket.on('error', (err) => {
        if (this.state === 'connecting') fail(`${err.message}${localAddress ? ` (from ${localAddress})` : ''}`);
      });
      const onHandshake = (chunk: Buffer): void => {
        head = head ? Buffer.concat([head, chunk]) : chunk;
        const r = parseUpgradeResponse(head, req.expectedAccept);
        if (r.kind === 'incomplete') return;
        if (r.kind === 'rejected') return fail(`upgrade rejected: ${r.reason}`);
        clearTimeout(timer);
        socket.off('data', onHandshake);
        this.state = 'open';
        // Pre-built now, not at the first send: building is the client's work, not part of the measured run.
        if (this.spec.payloadCycle && typeof this.spec.payload === 'function') this.buildCycle(this.spec.payloadCycle);
        socket.on('data', (c: Buffer) => this.onData(c));
        socket.on('close', () => this.closed('socket closed'));
        resolve();
        if (r.rest.length > 0) this.onData(r.rest);
      };
      socket.on('data', onHandshake);
      socket.on('close', () => { if (this.state === 'connecting') fail('closed during handshake'); });
    });
  }

  /** Sends n requests; request i is scheduled at sched0 + i*interval (closed loop: interval 0). */
  send(n: number, sched0: number, interval: number, now: number): void {
    if (n <= 0 || this.state !== 'open' || !this.socket) return;
    for (let i = 0; i < n; i++) {
      this.enqueue(sched0 + i * interval, now);
      this.outstanding++;
    }
    if (this.spec.payloadCycle && typeof this.spec.payload === 'function') this.writeCycled(n);
    else this.socket.write(this.frames(n));
  }

  private writeCycled(n: number): void {
    const offs = this.cycleOffsets as Uint32Array;
    const cycle = this.cycle as Buffer;
    const count = offs.length - 1;
    const socket = this.socket as net.Socket;
    const multi = this.cyclePos + n > count;
    if (multi) socket.cork();
    while (n > 0) {
      const take = Math.min(n, count - this.cyclePos);
      socket.write(cycle.subarray(offs[this.cyclePos], offs[this.cyclePos + take]));
      this.cyclePos = (this.cyclePos + take) % count;
      n -= take;
    }
    if (multi) socket.uncork();
  }

  private buildCycle(count: number): void {
    const make = this.spec.payload as (seq: number, conn: number) => Uint8Array;
    const payloads = Array.from({ length: count }, (_, i) => make(i + 1, this.spec.index));
    const offs = new Uint32Array(count + 1);
    for (let i = 0; i < count; i++) offs[i + 1] = offs[i] + maskedFrameSize(payloads[i].length);
    const buf = Buffer.allocUnsafe(offs[count]);
    for (let i = 0; i < count; i++) writeMaskedFrame(buf, offs[i], OP_BINARY, payloads[i], this.mask);
    this.cycle = buf;
    this.cycleOffsets = offs;
  }

  private frames(n: number): Buffer {
    const fixed = this.fixedFrame;
    if (fixed) {
      const len = fixed.length;
      if (!this.fixedBatch || this.fixedBatch.length < n * len) {
        // Immutable once built, so one buffer can back any number of pending writes.
        const copies = Math.max(n, 16);
        const b = Buffer.allocUnsafe(copies * len);
        for (let i = 0; i < copies; i++) fixed.copy(b, i * len);
        this.fixedBatch = b;
      }
      return n * len === this.fixedBatch.length ? this.fixedBatch : this.fixedBatch.subarray(0, n * len);
    }
    const make = this.spec.payload as (seq: number, conn: number) => Uint8Array;
    const payloads: Uint8Array[] = new Array(n);
    let size = 0;
    for (let i = 0; i < n; i++) {
      this.seq = this.seq >= 0xffffffff ? 1 : this.seq + 1;
      const p = make(this.seq, this.spec.index);
      payloads[i] = p;
      size += maskedFrameSize(p.length);
    }
    const out = Buffer.allocUnsafe(size);
    let o = 0;
    for (let i = 0; i < n; i++) o = writeMaskedFrame(out, o, OP_BINARY, payloads[i], this.mask);
    return out;
  }

  private enqueue(sched: number, sent: number): void {
    const cap = this.schedQ.length;
    if (this.outstanding + this.stale >= cap) this.grow();
    const i = (this.qHead + this.outstanding + this.stale) & (this.schedQ.length - 1);
    this.schedQ[i] = sched;
    this.sentQ[i] = sent;
  }

  private grow(): void {
    const n = this.outstanding + this.stale;
    const cap = this.schedQ.length;
    const s = new Float64Array(cap * 2), t = new Float64Array(cap * 2);
    for (let k = 0; k < n; k++) {
      s[k] = this.schedQ[(this.qHead + k) & (cap - 1)];
      t[k] = this.sentQ[(this.qHead + k) & (cap - 1)];
    }
    this.schedQ = s; this.sentQ = t; this.qHead = 0;
  }

  private onData(chunk: Buffer): void {
    this.now = performance.now();
    this.reader.push(chunk);
    this.owner.afterChunk(this, this.now);
  }

  onMessage(_opcode: number, data: Uint8Array | null): void {
    if (data && this.spec.isPush?.(data)) { this.owner.onPush(); return; }
    const i = this.qHead;
    if (this.stale > 0) {
      this.stale--;
    } else if (this.outstanding > 0) {
      this.outstanding--;
      const valid = data && this.spec.validateReply ? this.spec.validateReply(data) : true;
      this.owner.onReply(this.schedQ[i], this.sentQ[i], this.now, valid);
    } else {
      this.owner.onPush(); // nothing outstanding: unsolicited
      return;
    }
    this.qHead = (i + 1) & (this.schedQ.length - 1);
  }

  onControl(opcode: number, data: Uint8Array): void {
    if (opcode === OP_PING) this.socket?.write(maskedFrame(OP_PONG, data, this.mask));
    else if (opcode === OP_CLOSE) {
      const code = data.length >= 2 ? (data[0] << 8) | data[1] : 1005;
      this.closed(`server close frame ${code}`);
    }
  }

  onProtocolError(reason: string): void { this.closed(`protocol error: ${reason}`); }

  /** Marks what is still outstanding as stale (belongs to a finished run). */
  retireOutstanding(): number {
    const n = this.outstanding;
    this.stale += n;
    this.outstanding = 0;
    return n;
  }

  private closed(reason: string): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.socket?.destroy();
    this.owner.onClosed(this, reason);
  }

  /** Ends the connection with RST (no TIME_WAIT on the client's source port). */
  destroy(): void {
    if (this.state === 'closed') return;
    this.state = 'closed';
    this.socket?.resetAndDestroy();
  }
}
