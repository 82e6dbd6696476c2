/**
 * The same framed protocol as gateway/ring/spsc-ring.ts (u32 len, u32 connId,
 * u32 reqId, payload) laid over ringbuf.js, for a like-for-like comparison.
 * ringbuf.js moves elements, so a frame is one push of header+payload and two
 * pops (header, then payload).
 */
import { RingBuffer } from 'ringbuf.js';

export function createRingbufStorage(capacity: number): SharedArrayBuffer {
  return RingBuffer.getStorageForCapacity(capacity, Uint8Array);
}

export class RingbufFramedProducer {
  private readonly rb: RingBuffer;
  private scratch = new Uint8Array(4096);
  private readonly view = new DataView(this.scratch.buffer);
  constructor(sab: SharedArrayBuffer) {
    this.rb = new RingBuffer(sab, Uint8Array);
  }
  write(connId: number, reqId: number, body: Uint8Array): boolean {
    const n = 12 + body.length;
    if (this.rb.available_write() < n) return false;
    this.view.setUint32(0, body.length, true);
    this.view.setUint32(4, connId, true);
    this.view.setUint32(8, reqId, true);
    this.scratch.set(body, 12);
    this.rb.push(this.scratch, n);
    return true;
  }
}

export class RingbufFramedConsumer {
  private readonly rb: RingBuffer;
  private readonly header = new Uint8Array(12);
  private readonly hview = new DataView(this.header.buffer);
  readonly payload = new Uint8Array(4096);
  connId = 0;
  reqId = 0;
  length = 0;
  constructor(sab: SharedArrayBuffer) {
    this.rb = new RingBuffer(sab, Uint8Array);
  }
  /** Reads one frame into this.payload; false when empty. */
  read(): boolean {
    if (this.rb.available_read() < 12) return false;
    this.rb.pop(this.header, 12);
    this.length = this.hview.getUint32(0, true);
    this.connId = this.hview.getUint32(4, true);
    this.reqId = this.hview.getUint32(8, true);
    // The producer pushes header and payload in one push, so the payload is there.
    this.rb.pop(this.payload, this.length);
    return true;
  }
}
