/**
 * Minimal RFC 6455 framing for a load client: build masked client frames, and an
 * incremental reader for (unmasked) server frames that never copies payloads unless asked.
 */
export const OP_CONT = 0x0;
export const OP_TEXT = 0x1;
export const OP_BINARY = 0x2;
export const OP_CLOSE = 0x8;
export const OP_PING = 0x9;
export const OP_PONG = 0xa;

/** Size of a masked client frame carrying len payload bytes. */
export function maskedFrameSize(len: number): number {
  return len + 6 + (len < 126 ? 0 : len < 65536 ? 2 : 8);
}

/** Writes one final masked frame into out at offset; returns the offset after it. */
export function writeMaskedFrame(
  out: Uint8Array, offset: number, opcode: number, payload: Uint8Array, mask: Uint8Array,
): number {
  const len = payload.length;
  let o = offset;
  out[o++] = 0x80 | opcode;
  if (len < 126) {
    out[o++] = 0x80 | len;
  } else if (len < 65536) {
    out[o++] = 0x80 | 126;
    out[o++] = len >>> 8;
    out[o++] = len & 0xff;
  } else {
    out[o++] = 0x80 | 127;
    const hi = Math.floor(len / 2 ** 32);
    out[o++] = 0; out[o++] = 0; out[o++] = (hi >>> 8) & 0xff; out[o++] = hi & 0xff;
    out[o++] = (len >>> 24) & 0xff; out[o++] = (len >>> 16) & 0xff;
    out[o++] = (len >>> 8) & 0xff; out[o++] = len & 0xff;
  }
  out[o++] = mask[0]; out[o++] = mask[1]; out[o++] = mask[2]; out[o++] = mask[3];
  for (let i = 0; i < len; i++) out[o + i] = payload[i] ^ mask[i & 3];
  return o + len;
}

export function maskedFrame(opcode: number, payload: Uint8Array, mask: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(maskedFrameSize(payload.length));
  writeMaskedFrame(out, 0, opcode, payload, mask);
  return out;
}

export interface FrameSink {
  /** A complete data message (binary/text, after reassembling fragments). data is null unless collecting. */
  onMessage(opcode: number, data: Uint8Array | null): void;
  /** A control frame (ping/pong/close) with its payload (always collected; <= 125 bytes). */
  onControl(opcode: number, data: Uint8Array): void;
  onProtocolError(reason: string): void;
}

/**
 * Incremental server-frame reader. push() every chunk from the socket. When collect is
 * false, data payloads are skipped without copying (the bench only counts messages).
 */
export class FrameReader {
  private head = Buffer.alloc(14); // partial header bytes carried between chunks
  private headLen = 0;
  private skip = 0; // payload bytes of the current frame still to come
  private curOpcode = 0; // opcode of the frame whose payload is arriving
  private curFin = false;
  private msgOpcode = 0; // opcode of the data message being reassembled
  private parts: Uint8Array[] = [];
  private ctrl: Uint8Array[] = [];

  constructor(private readonly sink: FrameSink, private readonly collect: boolean) {}

  push(chunk: Uint8Array): void {
    let pos = 0;
    const n = chunk.length;
    while (pos < n) {
      if (this.skip > 0) {
        const take = Math.min(this.skip, n - pos);
        if (this.curOpcode >= 0x8) this.ctrl.push(chunk.slice(pos, pos + take));
        else if (this.collect) this.parts.push(chunk.slice(pos, pos + take));
        this.skip -= take;
        pos += take;
        if (this.skip === 0) this.endFrame();
        continue;
      }
      // Parse a header, possibly completing one split across chunks.
      let buf: Uint8Array = chunk;
      let p = pos;
      let avail = n - pos;
      if (this.headLen > 0) {
        const need = Math.min(14 - this.headLen, avail);
        this.head.set(chunk.subarray(pos, pos + need), this.headLen);
        buf = this.head; p = 0; avail = this.headLen + need;
      }
      if (avail < 2) { this.stash(buf, p, avail, chunk, pos); return; }
      const b0 = buf[p], b1 = buf[p + 1];
      if (b1 & 0x80) { this.sink.onProtocolError('masked server frame'); return; }
      let len = b1 & 0x7f;
      let hlen = 2;
      if (len === 126) {
        hlen = 4;
        if (avail < hlen) { this.stash(buf, p, avail, chunk, pos); return; }
        len = (buf[p + 2] << 8) | buf[p + 3];
      } else if (len === 127) {
        hlen = 10;
        if (avail < hlen) { this.stash(buf, p, avail, chunk, pos); return; }
        const hi = ((buf[p + 2] << 24) | (buf[p + 3] << 16) | (buf[p + 4] << 8) | buf[p + 5]) >>> 0;
        const lo = ((buf[p + 6] << 24) | (buf[p + 7] << 16) | (buf[p + 8] << 8) | buf[p + 9]) >>> 0;
        len = hi * 2 ** 32 + lo;
      }
      // Consume the header bytes from chunk (some may already have been in this.head).
      pos += hlen - this.headLen;
      this.headLen = 0;
      this.curFin = (b0 & 0x80) !== 0;
      this.curOpcode = b0 & 0x0f;
      if (this.curOpcode >= 0x8 && (len > 125 || !this.curFin)) { this.sink.onProtocolError('bad control frame'); return; }
      if (this.curOpcode !== OP_CONT && this.curOpcode < 0x8) this.msgOpcode = this.curOpcode;
      this.skip = len;
      if (len === 0) this.endFrame();
    }
  }

  private stash(buf: Uint8Array, p: number, avail: number, chunk: Uint8Array, pos: number): void {
    if (buf !== this.head) this.head.set(chunk.subarray(pos, pos + avail), 0);
    else if (p !== 0) this.head.copyWithin(0, p, p + avail);
    this.headLen = avail;
  }

  private endFrame(): void {
    if (this.curOpcode >= 0x8) {
      const data = this.ctrl.length === 1 ? this.ctrl[0] : Buffer.concat(this.ctrl);
      this.ctrl = [];
      this.sink.onControl(this.curOpcode, data);
      return;
    }
    if (!this.curFin) return;
    let data: Uint8Array | null = null;
    if (this.collect) {
      data = this.parts.length === 1 ? this.parts[0] : Buffer.concat(this.parts);
      this.parts = [];
    }
    this.sink.onMessage(this.msgOpcode, data);
  }
}
