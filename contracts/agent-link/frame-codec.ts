/**
 * Framing of the agent <-> gateway IPC: a u32 little-endian byte length, then
 * that many bytes of one encoded message. The decoder bounds the frame size so
 * a broken or hostile peer cannot make the other side buffer without limit.
 */
import { ShakeError } from '../../common/errors.ts';

export const FRAME_HEADER_BYTES = 4;
/** Default bound on one frame (a feed batch of ~16k packets). */
export const DEFAULT_MAX_FRAME_BYTES = 1 << 20;

export function encodeFrame(payload: Uint8Array): Buffer {
  const out = Buffer.allocUnsafe(FRAME_HEADER_BYTES + payload.length);
  out.writeUInt32LE(payload.length, 0);
  out.set(payload, FRAME_HEADER_BYTES);
  return out;
}

/** Accumulates stream chunks and returns the complete frames in them. */
export class FrameDecoder {
  private buf: Buffer = Buffer.alloc(0);

  constructor(private readonly maxFrameBytes = DEFAULT_MAX_FRAME_BYTES) {}

  /** Throws ShakeError(FRAME_TOO_LARGE) when a frame announces more than the bound. */
  push(chunk: Buffer): Buffer[] {
    this.buf = this.buf.length === 0 ? chunk : Buffer.concat([this.buf, chunk]);
    const frames: Buffer[] = [];
    let off = 0;
    while (this.buf.length - off >= FRAME_HEADER_BYTES) {
      const len = this.buf.readUInt32LE(off);
      if (len > this.maxFrameBytes) {
        throw new ShakeError('FRAME_TOO_LARGE', `frame of ${len} bytes exceeds the ${this.maxFrameBytes}-byte limit`, { len });
      }
      if (this.buf.length - off - FRAME_HEADER_BYTES < len) break;
      frames.push(this.buf.subarray(off + FRAME_HEADER_BYTES, off + FRAME_HEADER_BYTES + len));
      off += FRAME_HEADER_BYTES + len;
    }
    this.buf = off === this.buf.length ? Buffer.alloc(0) : this.buf.subarray(off);
    return frames;
  }

  /** Bytes held for an incomplete frame. */
  get pendingBytes(): number {
    return this.buf.length;
  }
}
